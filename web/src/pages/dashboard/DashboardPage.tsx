/**
 * The 财政局 dashboard: every report of the region in one table (status, on time, score, grade, execution rate,
 * audit counts) with filters and sorting, three charts, and the table as an .xlsx download.
 */
import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { api, saveBlob } from "../../api/client.ts";
import type { ReportStatus } from "../../api/types.ts";
import { useUser } from "../../app/session.tsx";
import { GRADE_BANDS } from "./chart-options.ts";
import "./dashboard.css";
import { SummaryTable } from "./SummaryTable.tsx";
import { loadSummary, type SummaryRow } from "./summary-row.ts";
import {
  type ColumnKey,
  type Filters,
  filterRows,
  NO_FILTERS,
  type Sort,
  STATUS_OPTIONS,
  sortRows,
} from "./summary-table-model.ts";

const DashboardCharts = lazy(() => import("./DashboardCharts.tsx"));
const DASHBOARD_ROLES = ["financeReviewer", "admin"];

export default function DashboardPage() {
  const user = useUser();
  const [rows, setRows] = useState<SummaryRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort | null>(null);
  const [exporting, setExporting] = useState(false);
  const allowed = DASHBOARD_ROLES.includes(user.role);

  useEffect(() => {
    if (!allowed) return;
    loadSummary()
      .then(setRows)
      .catch((caught: Error) => setError(caught.message));
  }, [allowed]);

  const years = useMemo(() => [...new Set((rows ?? []).map((row) => row.year))].sort((a, b) => b - a), [rows]);
  const filtered = useMemo(() => filterRows(rows ?? [], filters), [rows, filters]);
  const shown = useMemo(() => sortRows(filtered, sort), [filtered, sort]);

  if (!allowed) return <p className="muted">地区总览供财政审核人和管理员使用。</p>;

  const toggleSort = (key: ColumnKey) =>
    setSort((current) =>
      current?.key === key
        ? { key, direction: current.direction === "ascending" ? "descending" : "ascending" }
        : { key, direction: "ascending" },
    );
  const exportXlsx = async () => {
    setExporting(true);
    setError(null);
    try {
      const { blob, fileName } = await api.download(
        filters.year === "all" ? "/api/summary.xlsx" : `/api/summary.xlsx?year=${filters.year}`,
      );
      saveBlob(blob, fileName);
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setExporting(false);
    }
  };

  return (
    <section className="dashboard">
      <div className="page-title-row">
        <h1>地区总览 · {user.unit.name}</h1>
        <button type="button" onClick={() => void exportXlsx()} disabled={exporting || !rows}>
          {exporting ? "正在导出…" : "导出 Excel"}
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!rows && !error && <p className="muted">正在加载…</p>}
      {rows && (
        <>
          <div className="filters" role="group" aria-label="筛选">
            <label>
              年度
              <select
                value={filters.year}
                onChange={(event) =>
                  setFilters({ ...filters, year: event.target.value === "all" ? "all" : Number(event.target.value) })
                }
              >
                <option value="all">全部年度</option>
                {years.map((year) => (
                  <option key={year} value={year}>
                    {year}
                  </option>
                ))}
              </select>
            </label>
            <label>
              状态
              <select
                value={filters.status}
                onChange={(event) => setFilters({ ...filters, status: event.target.value as ReportStatus | "all" })}
              >
                <option value="all">全部状态</option>
                {STATUS_OPTIONS.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              等级
              <select value={filters.grade} onChange={(event) => setFilters({ ...filters, grade: event.target.value })}>
                <option value="all">全部等级</option>
                {GRADE_BANDS.map((band) => (
                  <option key={band.grade} value={band.grade}>
                    {band.grade}
                  </option>
                ))}
                <option value="none">无等级</option>
              </select>
            </label>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={filters.withErrorsOnly}
                onChange={(event) => setFilters({ ...filters, withErrorsOnly: event.target.checked })}
              />
              只看有校验错误的
            </label>
            <span className="muted small" aria-live="polite">
              显示 {shown.length} / {rows.length} 份报表
            </span>
          </div>
          <SummaryTable rows={shown} sort={sort} onSort={toggleSort} />
          <Suspense fallback={<p className="muted">正在加载图表…</p>}>
            <DashboardCharts rows={filtered} />
          </Suspense>
        </>
      )}
    </section>
  );
}
