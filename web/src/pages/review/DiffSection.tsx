/** What changed since the previous submission (GET /api/reports/:id/diff): field, old value → new value. */
import { describePath, describeValue } from "../../components/field-labels.ts";
import type { DiffAnswer } from "./review-data.ts";

/** A long list is cut here; the reviewer can still read the whole history. */
const CHANGES_SHOWN = 200;

export function DiffSection({ diff, dataset }: { diff: DiffAnswer | null; dataset: unknown }) {
  if (!diff) return <p className="muted">正在加载修改内容…</p>;
  const range = diff.from === diff.to ? `第 ${diff.to} 版` : `第 ${diff.from} 版 → 第 ${diff.to} 版`;
  return (
    <section className="card" aria-labelledby="diff-title">
      <h2 id="diff-title">与上次提交相比的修改</h2>
      <p className="muted small">
        比较 {range}
        {diff.from === 1 ? "（首次提交：与新建时相比）" : "（最近两次提交之间）"}
      </p>
      {diff.changes.length === 0 ? (
        <p className="muted">没有修改。</p>
      ) : (
        <table className="data-table diff-table">
          <thead>
            <tr>
              <th>字段</th>
              <th>原值</th>
              <th aria-hidden="true" />
              <th>新值</th>
            </tr>
          </thead>
          <tbody>
            {diff.changes.slice(0, CHANGES_SHOWN).map((change) => (
              <tr key={change.path}>
                <td title={change.path}>{describePath(change.path, dataset)}</td>
                <td className="diff-old">{describeValue(change.before)}</td>
                <td aria-hidden="true">→</td>
                <td className="diff-new">{describeValue(change.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {diff.changes.length > CHANGES_SHOWN && <p className="muted small">另有 {diff.changes.length - CHANGES_SHOWN} 处修改未列出。</p>}
    </section>
  );
}
