/**
 * The regional summary over one year or all years: the rows of ReportService.summary (status, on time, score,
 * grade, execution rate, audit counts), each with its year and the department table's 全年预算 and 执行数 in 分, in
 * the order of the unit tree. The dashboard and the reviewer queue show every year at once; the .xlsx export
 * writes the same rows.
 * @module
 */
import { SUMMARY_ROLES } from "../../core/workflow/roles.ts";
import { assertRole } from "../services/access.ts";
import type { Actor } from "../services/auth-service.ts";
import type { ReportService } from "../services/report-service.ts";


type ServiceRow = Awaited<ReturnType<ReportService["summary"]>>[number];

export interface RegionSummaryRow extends ServiceRow {
  year: number;
  /** 全年（调整后）预算 of the department table, in 分; null without one. */
  budgetFen: number | null;
  executedFen: number | null;
}

export async function regionSummary(reportService: ReportService, actor: Actor, year?: number): Promise<RegionSummaryRow[]> {
  // Checked before listing, so that a role without the right learns nothing, not even that there are no reports.
  assertRole(actor, SUMMARY_ROLES, "查看地区汇总");
  const listed = await reportService.list(actor, year === undefined ? {} : { year });
  const years = [...new Set(listed.map((report) => report.year))];
  const byId = new Map<string, ServiceRow>();
  for (const each of years) {
    for (const row of await reportService.summary(actor, each)) byId.set(row.reportId, row);
  }
  return listed.flatMap((report) => {
    const row = byId.get(report.id);
    // A report made between the two reads is left for the next request.
    return row ? [{ ...row, year: report.year, budgetFen: report.budget_fen, executedFen: report.executed_fen }] : [];
  });
}

/** "98.25%" → 98.25; "—" or null → null (the summary carries the figures as the documents print them). */
export function shownNumber(shown: string | null | undefined): number | null {
  if (!shown) return null;
  const value = Number(shown.replace(/[%,\s]/g, ""));
  return shown.trim() === "" || Number.isNaN(value) ? null : value;
}
