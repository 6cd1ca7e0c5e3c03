/**
 * What reviewers said: the comments of the transitions (a return always has one) and the free comments, newest
 * first. Shown prominently while the report is 已退回.
 */
import { useEffect, useState } from "react";
import { api } from "../api/client.ts";
import type { Comments, History } from "../api/types.ts";
import { formatDateTime } from "../components/format.ts";
import type { FieldComment } from "./field-comments.ts";
import { describePath } from "../components/field-labels.ts";

interface Said {
  at: string;
  who: string;
  what: string;
  text: string;
  /** The field a comment is on, or "". */
  path: string;
}

const ACTION_NAMES: Record<string, string> = {
  submit: "提交",
  submitForSignOff: "提交单位负责人签字",
  signOff: "单位负责人签字",
  signOffReturn: "单位负责人退回",
  departmentReturn: "主管部门退回",
  departmentApprove: "主管部门审核通过",
  financeReturn: "财政退回",
  financeApprove: "财政审核通过",
  publish: "公开",
  withdraw: "撤回提交",
  unpublish: "撤回公开",
};

export function CommentsPanel({
  reportId,
  version,
  returned,
  onComments,
  openField,
  dataset,
}: {
  reportId: string;
  version: number;
  returned: boolean;
  /** The report's dataset, to name a commented field in words ("指标 2「受众人数」› 完成值"), not by its path. */
  dataset: unknown;
  onComments?(comments: FieldComment[]): void;
  openField?(path: string): void;
}) {
  const [said, setSaid] = useState<Said[] | null>(null);
  useEffect(() => {
    Promise.all([
      api.get<Pick<History, "transitions">>(`/api/reports/${reportId}/history`),
      api.get<Comments>(`/api/reports/${reportId}/comments`),
    ])
      .then(([history, comments]) => {
        const fromTransitions = history.transitions
          .filter((t) => t.comment.trim() !== "")
          .map((t) => ({
            at: t.at,
            who: t.actorName,
            what: ACTION_NAMES[t.action] ?? t.action,
            text: t.comment,
            path: "",
          }));
        const free = comments.comments.map((c) => ({
          at: c.createdAt,
          who: c.authorName,
          what: c.path ? "字段批注" : "意见",
          text: c.body,
          path: c.path ?? "",
        }));
        setSaid([...fromTransitions, ...free].sort((a, b) => b.at.localeCompare(a.at)));
        onComments?.(
          free.filter((c) => c.path !== "").map((c) => ({ path: c.path, body: c.text, author: c.who, at: c.at })),
        );
      })
      .catch(() => setSaid([]));
  }, [reportId, version]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!said || said.length === 0) return null;
  return (
    <aside className={`comments-panel${returned ? " comments-returned" : ""}`} aria-label="审核意见">
      <h3>{returned ? "报表已退回，审核意见：" : "审核意见"}</h3>
      <ul>
        {said.map((item, index) => (
          <li key={index}>
            <span className="muted small">
              {formatDateTime(item.at)} · {item.who} · {item.what}
            </span>
            <p className="comment-text">{item.text}</p>
            {item.path && openField && (
              <button type="button" className="link-button small" onClick={() => openField(item.path)}>
                打开所批注的字段（{describePath(item.path, dataset)}）
              </button>
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}
