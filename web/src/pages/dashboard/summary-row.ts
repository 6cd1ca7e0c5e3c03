/**
 * One row of GET /api/summary (all years unless asked for one): a report of the region with its status, on time or
 * late, score, grade, execution rate and audit counts, as the reviewer queue and the 财政局 dashboard show them.
 * Scores and rates come as the documents print them ("99.8", "98.25%"); numbers are read from those only to sort
 * and to place points on a chart.
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
  totalScore: string | null;
  grade: string | null;
  /** "98.25%", or "—" for a zero budget; null without a department table. */
  executionRate: string | null;
  errors: number;
  warnings: number;
  budgetFen: number | null;
  executedFen: number | null;
}

export async function loadSummary(): Promise<SummaryRow[]> {
  return (await api.get<{ units: SummaryRow[] }>("/api/summary")).units;
}

/** "98.25%" → 98.25, "99.8" → 99.8; null for "—" or nothing. */
export function shownNumber(shown: string | null): number | null {
  if (!shown) return null;
  const value = Number.parseFloat(shown.replace(/[%,]/g, ""));
  return Number.isFinite(value) ? value : null;
}

export function onTimeText(row: Pick<SummaryRow, "onTime">): string {
  return row.onTime === null ? "未提交" : row.onTime ? "按时" : "逾期";
}
