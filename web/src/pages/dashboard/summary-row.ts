/**
 * One row of GET /api/summary (all years unless asked for one): a report of the region with its status, on time or
 * late, score, grade, execution rate and audit counts, as the reviewer queue and the 财政局 dashboard show them.
 * Scores and rates come twice: exact ("99.825", "98.2534…", to sort, to compare with a threshold and to place points
 * on a chart) and as the documents print them ("99.83", "98.25%", to show); nothing shown is read back as a number.
 */
import { api } from "../../api/client.ts";
import type { ReportStatus } from "../../api/types.ts";

export interface SummaryRow {
  reportId: string;
  unitId: string;
  unitName: string;
  year: number;
  status: ReportStatus;
  statusName: string;
  dueAt: string | null;
  submittedAt: string | null;
  /** null while not submitted. */
  onTime: boolean | null;
  /** Exact decimal text; null without a department table. */
  totalScore: string | null;
  /** As printed ("99.8", "99.83"). */
  totalScoreShown: string | null;
  grade: string | null;
  /** Exact percent as decimal text; null for a zero budget or without a department table. */
  executionRate: string | null;
  /** "98.25%", or "—" for a zero budget; null without a department table. */
  executionRateShown: string | null;
  errors: number;
  warnings: number;
  budgetFen: number | null;
  executedFen: number | null;
}

export async function loadSummary(): Promise<SummaryRow[]> {
  return (await api.get<{ units: SummaryRow[] }>("/api/summary")).units;
}

/** An exact decimal text of the API ("98.2534") as a number to sort by or to plot; null for no value. */
export function exactNumber(exact: string | null): number | null {
  return exact === null ? null : Number(exact);
}

export function onTimeText(row: Pick<SummaryRow, "onTime">): string {
  return row.onTime === null ? "未提交" : row.onTime ? "按时" : "逾期";
}
