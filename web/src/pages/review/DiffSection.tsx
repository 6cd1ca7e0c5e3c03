/** What changed since the previous submission (GET /api/reports/:id/diff): field, old value → new value. */
import { describePath, describeValue } from "../../components/field-labels.ts";
import type { DiffAnswer } from "./review-data.ts";

/** A long list is cut here; the reviewer can still read the whole history. */
const CHANGES_SHOWN = 200;
/**
 * A part added or removed whole (the first submission adds 决算 at once) shows this many of its values; the rest
 * are one click away (every value of the part can be read, and commented on).
 */
const LEAVES_SHOWN = 40;
const LEAVES_KEPT = 2000;

/** The values inside a part, by their dataset path: what a reviewer reads instead of its JSON. */
function leavesOf(value: unknown, path: string, out: [string, unknown][] = []): [string, unknown][] {
  if (out.length >= LEAVES_KEPT) return out;
  if (Array.isArray(value)) value.forEach((item, index) => leavesOf(item, `${path}[${index}]`, out));
  else if (value !== null && typeof value === "object")
    for (const [key, child] of Object.entries(value)) leavesOf(child, `${path}.${key}`, out);
  else out.push([path, value]);
  return out;
}

/** A changed value: a plain one as text, a part as the list of its values with their names. */
function ChangedValue({
  value,
  path,
  dataset,
  comment,
}: {
  value: unknown;
  path: string;
  dataset: unknown;
  comment?(path: string): void;
}) {
  if (value === null || typeof value !== "object") return <>{describeValue(value)}</>;
  const leaves = leavesOf(value, path);
  if (leaves.length === 0) return <>（空）</>;
  const prefix = describePath(path, dataset);
  const item = ([leafPath, leaf]: [string, unknown]) => (
    <li key={leafPath}>
      <span className="muted">{describePath(leafPath, dataset).replace(`${prefix} › `, "")}</span>：
      {describeValue(leaf)}
      {comment && (
        <button
          type="button"
          className="link-button small"
          onClick={() => comment(leafPath)}
          aria-label={`批注 ${leafPath}`}
        >
          批注
        </button>
      )}
    </li>
  );
  return (
    <>
      <ul className="diff-leaves">{leaves.slice(0, LEAVES_SHOWN).map(item)}</ul>
      {leaves.length > LEAVES_SHOWN && (
        <details className="diff-more">
          <summary>展开其余 {leaves.length - LEAVES_SHOWN} 项</summary>
          <ul className="diff-leaves">{leaves.slice(LEAVES_SHOWN).map(item)}</ul>
        </details>
      )}
      {leaves.length >= LEAVES_KEPT && <p className="muted small">……等更多内容</p>}
    </>
  );
}

export function DiffSection({
  diff,
  dataset,
  comment,
}: {
  diff: DiffAnswer | null;
  dataset: unknown;
  comment?(path: string): void;
}) {
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
              {comment && <th />}
            </tr>
          </thead>
          <tbody>
            {diff.changes.slice(0, CHANGES_SHOWN).map((change) => (
              <tr key={change.path}>
                <td title={change.path}>{describePath(change.path, dataset)}</td>
                <td className="diff-old">
                  <ChangedValue value={change.before} path={change.path} dataset={dataset} />
                </td>
                <td aria-hidden="true">→</td>
                <td className="diff-new">
                  <ChangedValue value={change.after} path={change.path} dataset={dataset} comment={comment} />
                </td>
                {comment && (
                  <td>
                    <button
                      type="button"
                      className="small"
                      onClick={() => comment(change.path)}
                      aria-label={`批注 ${change.path}`}
                    >
                      批注
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {diff.changes.length > CHANGES_SHOWN && (
        <p className="muted small">另有 {diff.changes.length - CHANGES_SHOWN} 处修改未列出。</p>
      )}
    </section>
  );
}
