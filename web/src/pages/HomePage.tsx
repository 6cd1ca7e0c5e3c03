/**
 * Home: the reports this user may see, newest year first, with their status. A 填报人 opens the workspace of a
 * report; a reviewer opens the review view.
 */
import { useEffect, useState } from "react";
import { api } from "../api/client.ts";
import type { ReportSummary } from "../api/types.ts";
import { Link, navigate } from "../app/router.tsx";
import { useUser } from "../app/session.tsx";
import { StatusBadge } from "../components/StatusBadge.tsx";
import { formatDateTime } from "../components/format.ts";
import { isDueSoon, isOverdue } from "../../../src/core/workflow/deadline.ts";

export function HomePage() {
  const user = useUser();
  const [reports, setReports] = useState<ReportSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api
      .get<{ reports: ReportSummary[] }>("/api/reports")
      .then((answer) => setReports(answer.reports))
      .catch((caught: Error) => setError(caught.message));
  }, []);

  // One instant for the whole list, so that every row is judged against the same time.
  const [now] = useState(() => new Date());
  const opensWorkspace = user.role === "filler" || user.role === "unitReviewer";
  // The next year's report of the user's own unit, with the rule profile of its latest report.
  const own = (reports ?? []).filter((report) => report.unitId === user.unit.id);
  const latest = own[0];
  const nextYear = latest ? Math.max(...own.map((report) => report.year)) + 1 : new Date().getFullYear() - 1;
  // The three starts (empty, from last year, from a document) are offered on the new-report page.
  const createNext = () => navigate(`/new-report?year=${nextYear}${latest ? `&profile=${latest.profileId}` : ""}`);
  return (
    <section>
      <h1>{opensWorkspace ? `${user.unit.name} · 各年度报表` : "报表"}</h1>
      {opensWorkspace && reports && (
        <p>
          <button type="button" onClick={createNext}>
            新建 {nextYear} 年度报表…
          </button>
        </p>
      )}
      {error && <p className="error">{error}</p>}
      {!reports && !error && <p className="muted">正在加载…</p>}
      {reports && reports.length === 0 && <p className="muted">还没有报表。</p>}
      {reports && reports.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th>单位</th>
              <th className="num">年度</th>
              <th>状态</th>
              <th>截止时间</th>
              <th>最近修改</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {reports.map((report) => (
              <tr key={report.id}>
                <td>{report.unitName}</td>
                <td className="num">{report.year}</td>
                <td>
                  <StatusBadge status={report.status} />
                </td>
                <td>
                  {report.dueAt ? formatDateTime(report.dueAt) : "—"}
                  <DeadlineMark report={report} now={now} />
                </td>
                <td>{formatDateTime(report.updatedAt)}</td>
                <td>
                  <Link to={opensWorkspace ? `/reports/${report.id}` : `/review/${report.id}`}>
                    {opensWorkspace ? "打开" : "查看"}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** 逾期 or 即将到期 beside a report's deadline, by core's rule (a report the unit has sent is neither). */
function DeadlineMark({ report, now }: { report: ReportSummary; now: Date }) {
  if (isOverdue(report, now)) return <span className="overdue-mark">逾期</span>;
  if (isDueSoon(report, now)) return <span className="due-soon-mark">即将到期</span>;
  return null;
}
