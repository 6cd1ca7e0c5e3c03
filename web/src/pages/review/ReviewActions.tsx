/**
 * What this reviewer may do with the report now: 退回 (with the reason, which the server requires) or 审核通过,
 * and for the 财政审核人 公开 once finance has approved. The request carries the version the reviewer looked at, so a
 * report changed meanwhile is refused (409) instead of approved unseen; every refusal is shown as the server words it.
 * Each action is confirmed first (what it does, to which status); one that needs a reason (退回, 撤回公开) asks for it;
 * 公开 shows its check list (publish-checklist.ts), and an item not met blocks it.
 * For a 单位负责人 the same box is the sign-off: 签字同意 (recorded with their name and the time, on to the 主管部门)
 * or 退回填报人 with a comment.
 */
import { useState } from "react";
import { STATUS_NAMES, WORKFLOW_ACTIONS } from "../../../../src/core/workflow/workflow.ts";
import { api } from "../../api/client.ts";
import { useUser } from "../../app/session.tsx";
import { formatDateTime } from "../../components/format.ts";
import { ConfirmDialog } from "../../components/ConfirmDialog.tsx";
import type { ReviewAction } from "./review-data.ts";
import { blocksStep, CheckList } from "../../components/CheckList.tsx";
import type { CheckItem } from "../../workspace/submit-checklist.ts";

interface Props {
  reportId: string;
  version: number;
  actions: ReviewAction[];
  /** What is checked before 公开, shown in its confirmation. */
  publishChecks: readonly CheckItem[];
  onDone: (message: string) => void;
}

export function ReviewActions({ reportId, version, actions, publishChecks, onDone }: Props) {
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState<ReviewAction | null>(null);
  const user = useUser();
  const signingOff = actions.some((action) => action.id === "signOff");

  const take = async (action: ReviewAction) => {
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/reports/${reportId}/transitions`, { action: action.id, version, comment });
      setComment("");
      setAsking(null);
      onDone(
        action.isReturn
          ? "已退回，单位修改后可重新提交。"
          : action.id === "signOff"
            ? "已签字，报表已送主管部门审核。"
            : action.id === "publish"
              ? "已公开。"
              : action.id === "unpublish"
                ? "已撤回公开，公开页面显示为已撤回。"
                : "已审核通过。",
      );
    } catch (caught) {
      setError((caught as Error).message);
      setAsking(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card review-actions" aria-labelledby="actions-title">
      <h2 id="actions-title">{signingOff ? "单位负责人签字" : "审核"}</h2>
      {signingOff && (
        <p className="muted small">本地区要求单位负责人签字后，报表才送主管部门审核。签字人与时间记入流转记录。</p>
      )}
      <label htmlFor="review-comment">{signingOff ? "意见（退回填报人时必填）" : "审核意见（退回时必填）"}</label>
      <textarea
        id="review-comment"
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        maxLength={4000}
        rows={3}
      />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        {actions.map((action) => (
          <button
            key={action.id}
            type="button"
            className={action.isReturn ? "danger" : "primary"}
            disabled={busy}
            onClick={() => setAsking(action)}
          >
            {action.label}
          </button>
        ))}
      </div>
      {asking && (
        <ConfirmDialog
          title={asking.id === "publish" ? "公开前的检查" : `确认${asking.label}？`}
          confirmLabel={`确认${asking.label}`}
          danger={asking.isReturn || asking.id === "unpublish"}
          busy={busy}
          blocked={
            WORKFLOW_ACTIONS[asking.id].commentRequired && comment.trim() === ""
              ? `${asking.label}须填写原因（审核意见）`
              : asking.id === "publish" && blocksStep(publishChecks)
                ? "以上标 ✗ 的项目须先处理，才能公开"
                : null
          }
          onCancel={() => setAsking(null)}
          onConfirm={() => void take(asking)}
        >
          <p>
            报表将变为“{STATUS_NAMES[WORKFLOW_ACTIONS[asking.id].to]}”。
            {asking.id === "publish" && "公开后任何人都能在公开页面看到本报表及其文档。"}
            {asking.id === "unpublish" && "公开页面将显示本报表已撤回，及撤回原因。"}
          </p>
          {asking.id === "publish" && <CheckList items={publishChecks} testId="publish-checklist" />}
          {asking.id === "signOff" && (
            <p data-testid="sign-off-signer">
              签字人：{user.displayName}（{user.unit.name}单位负责人），时间：{formatDateTime(new Date().toISOString())}
            </p>
          )}
          {comment.trim() !== "" && <p className="muted small">审核意见：{comment}</p>}
        </ConfirmDialog>
      )}
    </section>
  );
}
