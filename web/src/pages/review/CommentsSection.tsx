/**
 * Review comments on the report (GET/POST /api/reports/:id/comments): read them and add one — on the whole report,
 * or on one field (chosen from the changes beside it), which the 填报人 then sees beside that field.
 */
import { type FormEvent, useState } from "react";
import { api } from "../../api/client.ts";
import { describePath } from "../../components/field-labels.ts";
import { formatDateTime } from "../../components/format.ts";
import type { ReviewComment } from "./review-data.ts";

export function CommentsSection({
  reportId,
  comments,
  onAdded,
  target,
  clearTarget,
  dataset,
}: {
  reportId: string;
  comments: ReviewComment[] | null;
  onAdded: () => void;
  target: string;
  clearTarget(): void;
  dataset: unknown;
}) {
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await api.post(`/api/reports/${reportId}/comments`, { body, path: target });
      setBody("");
      clearTarget();
      onAdded();
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="card" aria-labelledby="comments-title">
      <h2 id="comments-title">批注与意见</h2>
      {comments && comments.length === 0 && <p className="muted">还没有批注。</p>}
      {comments && comments.length > 0 && (
        <ul className="comments">
          {comments.map((comment) => (
            <li key={comment.id}>
              <span className="muted small">
                {comment.authorName} · {formatDateTime(comment.createdAt)}
              </span>
              {comment.path && <div className="muted small">字段：{describePath(comment.path, dataset)}</div>}
              <div>{comment.body}</div>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void submit(event)} className="comment-form">
        <label htmlFor="new-comment">
          {target
            ? `批注字段：${describePath(target, dataset)}`
            : "添加批注（针对整份报表；针对某一字段请点修改内容旁的“批注”）"}
        </label>
        {target && (
          <button type="button" className="link-button small" onClick={clearTarget}>
            改为针对整份报表
          </button>
        )}
        <textarea
          id="new-comment"
          value={body}
          onChange={(event) => setBody(event.target.value)}
          maxLength={4000}
          rows={2}
        />
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={saving || body.trim() === ""}>
          添加批注
        </button>
      </form>
    </section>
  );
}
