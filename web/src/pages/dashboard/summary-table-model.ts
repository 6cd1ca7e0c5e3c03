/** The dashboard table's columns, filters and sorting, as plain functions of the summary rows. */
import { STATUS_NAMES, STATUS_ORDER } from "../../../../src/core/workflow/workflow.ts";
import type { ReportStatus } from "../../api/types.ts";
import { GRADE_BANDS } from "./chart-options.ts";
import { onTimeText, exactNumber, type SummaryRow } from "./summary-row.ts";
import { showAmount } from "../../../../src/core/display/show-number.ts";

export type ColumnKey =
  | "unitName"
  | "year"
  | "status"
  | "onTime"
  | "totalScore"
  | "grade"
  | "executionRate"
  | "budget"
  | "errors"
  | "warnings";

export interface Column {
  key: ColumnKey;
  header: string;
  numeric: boolean;
  text(row: SummaryRow): string;
  /** What the column sorts by; null sorts last in either direction. */
  sortValue(row: SummaryRow): string | number | null;
}

const GRADE_ORDER: string[] = GRADE_BANDS.map((band) => band.grade);

export const COLUMNS: Column[] = [
  { key: "unitName", header: "单位", numeric: false, text: (row) => row.unitName, sortValue: (row) => row.unitName },
  { key: "year", header: "年度", numeric: true, text: (row) => String(row.year), sortValue: (row) => row.year },
  {
    key: "status",
    header: "状态",
    numeric: false,
    text: (row) => row.statusName,
    sortValue: (row) => STATUS_ORDER.indexOf(row.status),
  },
  {
    key: "onTime",
    header: "是否按时",
    numeric: false,
    text: onTimeText,
    sortValue: (row) => (row.onTime === null ? null : row.onTime ? 1 : 0),
  },
  {
    key: "totalScore",
    header: "自评总分",
    numeric: true,
    text: (row) => row.totalScoreShown ?? "—",
    sortValue: (row) => exactNumber(row.totalScore),
  },
  // Better grades sort higher, so "descending" puts 优 first like the scores.
  {
    key: "grade",
    header: "等级",
    numeric: false,
    text: (row) => row.grade ?? "—",
    sortValue: (row) =>
      row.grade && GRADE_ORDER.includes(row.grade) ? GRADE_ORDER.length - GRADE_ORDER.indexOf(row.grade) : null,
  },
  {
    key: "executionRate",
    header: "执行率",
    numeric: true,
    text: (row) => row.executionRateShown ?? "—",
    sortValue: (row) => exactNumber(row.executionRate),
  },
  {
    key: "budget",
    header: "全年预算（万元）",
    numeric: true,
    text: (row) => showAmount(row.budgetFen, { grouped: true }),
    sortValue: (row) => row.budgetFen,
  },
  {
    key: "errors",
    header: "校验错误",
    numeric: true,
    text: (row) => String(row.errors),
    sortValue: (row) => row.errors,
  },
  {
    key: "warnings",
    header: "校验警告",
    numeric: true,
    text: (row) => String(row.warnings),
    sortValue: (row) => row.warnings,
  },
];

export interface Filters {
  year: number | "all";
  status: ReportStatus | "all";
  /** A grade, "none" for reports without one, or "all". */
  grade: string;
  withErrorsOnly: boolean;
}

export const NO_FILTERS: Filters = { year: "all", status: "all", grade: "all", withErrorsOnly: false };

export function filterRows(rows: readonly SummaryRow[], filters: Filters): SummaryRow[] {
  return rows.filter(
    (row) =>
      (filters.year === "all" || row.year === filters.year) &&
      (filters.status === "all" || row.status === filters.status) &&
      (filters.grade === "all" || (filters.grade === "none" ? !row.grade : row.grade === filters.grade)) &&
      (!filters.withErrorsOnly || row.errors > 0),
  );
}

export interface Sort {
  key: ColumnKey;
  direction: "ascending" | "descending";
}

export function sortRows(rows: readonly SummaryRow[], sort: Sort | null): SummaryRow[] {
  if (!sort) return [...rows];
  const column = COLUMNS.find((each) => each.key === sort.key);
  if (!column) return [...rows];
  const sign = sort.direction === "ascending" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = column.sortValue(a);
    const y = column.sortValue(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return (
      sign * (typeof x === "string" && typeof y === "string" ? x.localeCompare(y, "zh-CN") : Number(x) - Number(y))
    );
  });
}

export const STATUS_OPTIONS = STATUS_ORDER.map((status) => ({ value: status, label: STATUS_NAMES[status] }));
