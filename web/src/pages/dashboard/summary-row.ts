/**
 * One row of GET /api/summary (all years unless asked for one): a report of the region with its status, on time or
 * late, score, grade, execution rate and audit counts, as the reviewer queue and the 财政局 dashboard show them.
 * Scores and rates come twice: exact ("99.825", "98.2534…", to sort, to compare with a threshold and to place points
 * on a chart) and as the documents print them ("99.83", "98.25%", to show); nothing shown is read back as a number.
 */
import { api } from "../../api/client.ts";
import type { RegionSummary, SummaryRow } from "../../api/types.ts";

/** One row as the server's DTO declares it (totalScore/executionRate exact, …Shown as printed). */
export type { SummaryRow };

export async function loadSummary(): Promise<SummaryRow[]> {
  return (await api.get<RegionSummary>("/api/summary")).units;
}

/** An exact decimal text of the API ("98.2534") as a number to sort by or to plot; null for no value. */
export function exactNumber(exact: string | null): number | null {
  return exact === null ? null : Number(exact);
}

export function onTimeText(row: Pick<SummaryRow, "onTime">): string {
  return row.onTime === null ? "未提交" : row.onTime ? "按时" : "逾期";
}
