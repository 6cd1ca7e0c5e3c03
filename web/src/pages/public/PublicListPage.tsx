/** Published reports for anybody, by unit and year (GET /api/public/reports). */
import { useEffect, useMemo, useState } from "react";
import { api } from "../../api/client.ts";
import type { PublishedReportSummary as PublishedReport } from "../../api/types.ts";
import { Link } from "../../app/router.tsx";
import { formatDateTime } from "../../components/format.ts";

export default function PublicListPage() {
  const [reports, setReports] = useState<PublishedReport[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api
      .get<{ reports: PublishedReport[] }>("/api/public/reports")
      .then((answer) => setReports(answer.reports))
      .catch((caught: Error) => setError(caught.message));
  }, []);

  // One group per unit, newest year first.
  const byUnit = useMemo(() => {
    const groups = new Map<string, PublishedReport[]>();
    for (const report of reports ?? []) groups.set(report.unitName, [...(groups.get(report.unitName) ?? []), report]);
    return [...groups.entries()].map(([unitName, list]) => ({ unitName, list: list.sort((a, b) => b.year - a.year) }));
  }, [reports]);

  return (
    <section>
      <h1>公开的绩效自评报告</h1>
      <p className="muted">以下报表已经主管部门和财政部门审核并公开。</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!reports && !error && <p className="muted">正在加载…</p>}
      {reports && reports.length === 0 && <p className="muted">目前还没有公开的报表。</p>}
      {byUnit.length > 0 && (
        <table className="data-table public-list">
          <thead>
            <tr>
              <th>单位</th>
              <th className="num">年度</th>
              <th>公开时间</th>
              <th>报告</th>
            </tr>
          </thead>
          <tbody>
            {byUnit.flatMap(({ unitName, list }) =>
              list.map((report, index) => (
                <tr key={report.id}>
                  {index === 0 && <td rowSpan={list.length}>{unitName}</td>}
                  <td className="num">{report.year}</td>
                  <td>{formatDateTime(report.publishedAt)}</td>
                  <td>
                    {report.withdrawn ? (
                      <span className="warn-text" data-testid="withdrawn">
                        已于 {formatDateTime(report.withdrawn.at)} 撤回公开
                        {report.withdrawn.reason ? `：${report.withdrawn.reason}` : ""}
                      </span>
                    ) : (
                      <Link to={`/public/reports/${report.id}`}>查看报告</Link>
                    )}
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}
