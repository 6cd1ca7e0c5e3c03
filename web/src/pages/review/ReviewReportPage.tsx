/**
 * One report as a reviewer sees it: its key figures and audit findings, what changed since the previous
 * submission, the workflow log, comments, and the actions this reviewer may take now.
 */
import { useCallback, useEffect, useState } from "react";
import { api } from "../../api/client.ts";
import { Link } from "../../app/router.tsx";
import { useUser } from "../../app/session.tsx";
import { CommentsSection } from "./CommentsSection.tsx";
import { CompareDocumentSection } from "./CompareDocumentSection.tsx";
import { DiffSection } from "./DiffSection.tsx";
import { HistorySection } from "./HistorySection.tsx";
import { KeyFigures } from "./KeyFigures.tsx";
import { ReviewActions } from "./ReviewActions.tsx";
import { publishChecklist } from "./publish-checklist.ts";
import "./review.css";
import {
  type DiffAnswer,
  type FullReport,
  type HistoryAnswer,
  type ReviewComment,
  reviewActions,
} from "./review-data.ts";

export default function ReviewReportPage({ reportId }: { reportId: string }) {
  const user = useUser();
  const [full, setFull] = useState<FullReport | null>(null);
  const [diff, setDiff] = useState<DiffAnswer | null>(null);
  const [history, setHistory] = useState<HistoryAnswer | null>(null);
  const [comments, setComments] = useState<ReviewComment[] | null>(null);
  const [commentTarget, setCommentTarget] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const loadComments = useCallback(() => {
    api
      .get<{ comments: ReviewComment[] }>(`/api/reports/${reportId}/comments`)
      .then((answer) => setComments(answer.comments))
      .catch((caught: Error) => setError(caught.message));
  }, [reportId]);

  const load = useCallback(() => {
    const fail = (caught: Error) => setError(caught.message);
    api.get<FullReport>(`/api/reports/${reportId}/full`).then(setFull, fail);
    api.get<DiffAnswer>(`/api/reports/${reportId}/diff`).then(setDiff, fail);
    api.get<HistoryAnswer>(`/api/reports/${reportId}/history`).then(setHistory, fail);
    loadComments();
  }, [reportId, loadComments]);

  useEffect(load, [load]);

  if (error && !full)
    return (
      <p className="error" role="alert">
        {error}
      </p>
    );
  if (!full) return <p className="muted">正在加载…</p>;
  const actions = reviewActions(user.role, full.report.status);

  return (
    <section className="review-page">
      <p className="small">
        <Link to="/review">{user.role === "unitLeader" ? "← 待签字" : "← 审核队列"}</Link>
      </p>
      <h1>
        {full.report.unitName} · {full.report.year} 年度
      </h1>
      <p className="review-links">
        <Link to={`/reports/${reportId}`}>查看完整报表（各部分、校验）</Link>
        <Link to={`/reports/${reportId}/documents`}>文档（Word、Excel、PDF）</Link>
        <Link to={`/print/${reportId}`}>打印视图</Link>
      </p>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <div className="review-columns">
        <div className="review-main">
          <KeyFigures full={full} />
          <DiffSection
            diff={diff}
            dataset={full.dataset}
            comment={(path) => {
              setCommentTarget(path);
              document.getElementById("new-comment")?.focus();
            }}
          />
          <CompareDocumentSection reportId={reportId} dataset={full.dataset} />
          <HistorySection history={history} />
        </div>
        <aside className="review-side">
          {actions.length > 0 ? (
            <ReviewActions
              reportId={reportId}
              version={full.report.version}
              actions={actions}
              publishChecks={publishChecklist(full)}
              onDone={(message) => {
                setNotice(message);
                load();
              }}
            />
          ) : (
            <div className="card muted">当前状态下您没有需要处理的审核操作。</div>
          )}
          <CommentsSection
            reportId={reportId}
            comments={comments}
            onAdded={loadComments}
            target={commentTarget}
            clearTarget={() => setCommentTarget("")}
            dataset={full.dataset}
          />
        </aside>
      </div>
    </section>
  );
}
