/**
 * What this reviewer may do with the report now: 退回 (with the reason, which the server requires) or 审核通过,
 * and for the 财政审核人 公开 once finance has approved. The request carries the version the reviewer looked at, so a
 * report changed meanwhile is refused (409) instead of approved unseen; every refusal is shown as the server words it.
 */
import { useState } from "react";
import { api } from "../../api/client.ts";
import type { ReviewAction } from "./review-data.ts";

interface Props {
  reportId: string;
  version: number;
  actions: ReviewAction[];
  onDone: (message: string) => void;
}

export function ReviewActions({ reportId, version, actions, onDone }: Props) {
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const take = async (action: ReviewAction) => {
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/reports/${reportId}/transitions`, { action: action.id, version, comment });
      setComment("");
      onDone(action.isReturn ? "已退回，单位修改后可重新提交。" : action.id === "publish" ? "已公开。" : "已审核通过。");
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card review-actions" aria-labelledby="actions-title">
      <h2 id="actions-title">审核</h2>
      <label htmlFor="review-comment">审核意见（退回时必填）</label>
      <textarea id="review-comment" value={comment} onChange={(event) => setComment(event.target.value)} maxLength={4000} rows={3} />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        {actions.map((action) => (
          <button key={action.id} type="button" className={action.isReturn ? "danger" : "primary"} disabled={busy} onClick={() => void take(action)}>
            {action.label}
          </button>
        ))}
      </div>
    </section>
  );
}
