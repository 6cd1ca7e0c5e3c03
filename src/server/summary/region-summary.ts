/**
 * The regional summary over one year or all years: per report of the actor's subtree, its status, whether it was
 * submitted on time, total score and grade, execution rate, the audit's error and warning counts, with its year and
 * the department table's 全年预算 and 执行数 in 分, in the order of the unit tree. Read from the reports' summary
 * columns (written with each audit, see audit-figures.ts) in one indexed query: no dataset or audit text is read,
 * so a region of 10,000 units costs one narrow query, whatever the size of its datasets. The dashboard shows every
 * year at once; the .xlsx export writes the same rows; the review queue is the rows waiting for the actor.
 * @module
 */
import { SUMMARY_ROLES } from "../../core/workflow/roles.ts";
import { queueStatuses, type ReportStatus, STATUS_NAMES } from "../../core/workflow/workflow.ts";
import type { ReportsRepository, SummaryReportRow } from "../../storage/reports-repository.ts";
import { assertRole } from "../services/access.ts";
import type { Actor } from "../services/auth-service.ts";
import { isAuditStale } from "../reports/audit-key.ts";

export interface RegionSummaryRow {
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
  /** The department table's total score, exact ("99.825"); null without a department table. */
  totalScore: string | null;
  /** The same as the documents print it ("99.8" under 湖南, "99.83" under 四川). */
  totalScoreShown: string | null;
  grade: string | null;
  /** The execution rate in percent, exact ("98.2534…"); null for a zero budget or without execution rows. */
  executionRate: string | null;
  /** The same as printed: "98.25%", or "—" for a zero budget; null without the department table's execution rows. */
  executionRateShown: string | null;
  errors: number;
  warnings: number;
  /** 全年（调整后）预算 of the department table, in 分; null without one. */
  budgetFen: number | null;
  executedFen: number | null;
  /** The figures are those of an earlier version or profile: a fresh audit is on its way (a worker makes it). */
  auditStale: boolean;
}

export async function regionSummary(
  reports: ReportsRepository,
  actor: Actor,
  year?: number,
): Promise<RegionSummaryRow[]> {
  // Checked before listing, so that a role without the right learns nothing, not even that there are no reports.
  assertRole(actor, SUMMARY_ROLES, "查看地区汇总");
  const rows = await reports.listSummaryRows(actor.unit.path, year === undefined ? {} : { year });
  return rows.map(summaryRowOf);
}

/** The reviewer's queue: the summary rows of the subtree waiting for this role, by status, then oldest submission. */
export async function reviewQueue(reports: ReportsRepository, actor: Actor): Promise<RegionSummaryRow[]> {
  assertRole(actor, SUMMARY_ROLES, "查看审核队列");
  const statuses = queueStatuses(actor.user.role);
  if (statuses.length === 0) return [];
  const rows = await reports.listSummaryRows(actor.unit.path, { statuses });
  return rows
    .map(summaryRowOf)
    .sort(
      (a, b) =>
        statuses.indexOf(a.status) - statuses.indexOf(b.status) ||
        (a.submittedAt ?? "").localeCompare(b.submittedAt ?? ""),
    );
}

function summaryRowOf(row: SummaryReportRow): RegionSummaryRow {
  return {
    reportId: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    year: row.year,
    status: row.status,
    statusName: STATUS_NAMES[row.status],
    dueAt: row.due_at,
    submittedAt: row.submitted_at,
    onTime: row.submitted_at === null ? null : row.due_at === null || row.submitted_at <= row.due_at,
    totalScore: row.total_score,
    totalScoreShown: row.total_shown,
    grade: row.grade,
    executionRate: row.execution_rate,
    executionRateShown: row.execution_rate_shown,
    errors: row.error_count,
    warnings: row.warning_count,
    budgetFen: row.budget_fen,
    executedFen: row.executed_fen,
    auditStale: isAuditStale(row),
  };
}
