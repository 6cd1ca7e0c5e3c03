/** The report's workflow log and its versions (GET /api/reports/:id/history): who, when, what, and why. */
import { STATUS_NAMES } from "../../api/types.ts";
import { formatDateTime } from "../../components/format.ts";
import { type HistoryAnswer, VERSION_REASONS } from "./review-data.ts";

/** The newest versions shown; the rest is in the unit's workspace. */
const VERSIONS_SHOWN = 15;

export function HistorySection({ history }: { history: HistoryAnswer | null }) {
  if (!history) return null;
  const versions = history.versions.slice(-VERSIONS_SHOWN).reverse();
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">流转记录</h2>
      {history.transitions.length === 0 ? (
        <p className="muted">还没有流转记录。</p>
      ) : (
        <ol className="timeline">
          {history.transitions.map((step) => (
            <li key={step.id}>
              <span className="muted small">{formatDateTime(step.at)}</span> {step.actorName}：
              {STATUS_NAMES[step.fromStatus]} → <strong>{STATUS_NAMES[step.toStatus]}</strong>
              {step.comment && <div className="transition-comment">意见：{step.comment}</div>}
            </li>
          ))}
        </ol>
      )}
      <details>
        <summary>
          版本（共 {history.versions.length} 个
          {history.versions.length > VERSIONS_SHOWN ? `，显示最近 ${VERSIONS_SHOWN} 个` : ""}）
        </summary>
        <table className="data-table compact">
          <thead>
            <tr>
              <th className="num">版本</th>
              <th>时间</th>
              <th>类别</th>
              <th>说明</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.version}>
                <td className="num">{version.version}</td>
                <td>{formatDateTime(version.changedAt)}</td>
                <td>{VERSION_REASONS[version.reason] ?? version.reason}</td>
                <td>{version.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
