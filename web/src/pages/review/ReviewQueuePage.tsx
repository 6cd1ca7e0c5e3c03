/**
 * The reviewer's queue: the reports waiting for this reviewer — for a 主管部门审核人 those submitted, for a 财政审核人
 * those the department approved and those approved by finance and waiting to be published — oldest submission
 * first, with on-time or late, score and grade and the audit's counts.
 */
import { useEffect, useState } from "react";
import { api } from "../../api/client.ts";
import { type ReviewQueue, STATUS_NAMES } from "../../api/types.ts";
import { Link } from "../../app/router.tsx";
import { useUser } from "../../app/session.tsx";
import { StatusBadge } from "../../components/StatusBadge.tsx";
import { formatDateTime } from "../../components/format.ts";
import { onTimeText, type SummaryRow } from "../dashboard/summary-row.ts";
import { queueStatuses } from "./review-data.ts";

export default function ReviewQueuePage() {
  const user = useUser();
  const [rows, setRows] = useState<SummaryRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const statuses = queueStatuses(user.role);

  useEffect(() => {
    if (statuses.length === 0) return;
    // The server lists only the reports waiting for this role, in queue order (not the region's whole summary).
    api
      .get<ReviewQueue>("/api/review-queue")
      .then((body) => setRows(body.units))
      .catch((caught: Error) => setError(caught.message));
  }, [statuses.length]);

  const queue = rows ?? [];

  if (statuses.length === 0) return <p className="muted">审核队列供主管部门审核人和财政审核人使用。</p>;
  return (
    <section>
      <h1>{user.role === "unitLeader" ? "待签字" : "审核队列"}</h1>
      <p className="muted">待处理：{statuses.map((status) => STATUS_NAMES[status]).join("、")}</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!rows && !error && <p className="muted">正在加载…</p>}
      {rows && queue.length === 0 && <p className="muted">目前没有待审核的报表。</p>}
      {queue.length > 0 && (
        <table className="data-table review-queue">
          <thead>
            <tr>
              <th>单位</th>
              <th className="num">年度</th>
              <th>状态</th>
              <th>提交时间</th>
              <th>是否按时</th>
              <th className="num">自评总分</th>
              <th>等级</th>
              <th className="num">校验错误</th>
              <th className="num">校验警告</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {queue.map((row) => (
              <tr key={row.reportId}>
                <td>{row.unitName}</td>
                <td className="num">{row.year}</td>
                <td>
                  <StatusBadge status={row.status} />
                </td>
                <td>{formatDateTime(row.submittedAt)}</td>
                <td
                  className={row.onTime === false ? "error" : ""}
                  title={row.dueAt ? `截止时间 ${formatDateTime(row.dueAt)}` : "未设截止时间"}
                >
                  {onTimeText(row)}
                </td>
                <td className="num">{row.totalScoreShown ?? "—"}</td>
                <td>{row.grade ?? "—"}</td>
                <td className={`num${row.errors > 0 ? " error" : ""}`}>{row.errors}</td>
                <td className="num">{row.warnings}</td>
                <td>
                  <Link to={`/review/${row.reportId}`}>审核</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
