/** The dashboard's table: one row per report, every column sortable (click the header; again to reverse). */
import { Link } from "../../app/router.tsx";
import { StatusBadge } from "../../components/StatusBadge.tsx";
import { isDoubtful } from "./chart-options.ts";
import { COLUMNS, type ColumnKey, type Sort } from "./summary-table-model.ts";
import type { SummaryRow } from "./summary-row.ts";

export function SummaryTable({
  rows,
  sort,
  onSort,
}: {
  rows: readonly SummaryRow[];
  sort: Sort | null;
  onSort: (key: ColumnKey) => void;
}) {
  return (
    <table className="data-table summary-table">
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th
              key={column.key}
              className={column.numeric ? "num" : ""}
              aria-sort={sort?.key === column.key ? sort.direction : "none"}
            >
              <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
                {column.header}
                <span className="sort-mark" aria-hidden="true">
                  {sort?.key === column.key ? (sort.direction === "ascending" ? "▲" : "▼") : "↕"}
                </span>
              </button>
            </th>
          ))}
          <th />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.reportId} data-unit={row.unitName}>
            {COLUMNS.map((column) => (
              <td key={column.key} className={cellClass(column.key, column.numeric, row)}>
                {column.key === "status" ? <StatusBadge status={row.status} /> : column.text(row)}
                {column.key === "unitName" && isDoubtful(row) && (
                  <span className="flag" title="自评高分而执行率低，或校验错误多">
                    需关注
                  </span>
                )}
              </td>
            ))}
            <td>
              <Link to={`/review/${row.reportId}`}>查看</Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function cellClass(key: ColumnKey, numeric: boolean, row: SummaryRow): string {
  const classes = [numeric ? "num" : "", `col-${key}`];
  if ((key === "errors" && row.errors > 0) || (key === "onTime" && row.onTime === false)) classes.push("error");
  return classes.filter(Boolean).join(" ");
}
