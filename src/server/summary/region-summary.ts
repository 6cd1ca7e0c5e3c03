/**
 * The regional summary over one year or all years: per report of the actor's subtree, its status, whether it was
 * submitted on time, total score and grade, execution rate, the audit's error and warning counts, with its year and
 * the department table's 全年预算 and 执行数 in 分, in the order of the unit tree. Read from the reports' summary
 * columns (written with each audit, see audit-figures.ts) in one indexed query: no dataset or audit text is read,
 * so a region of 10,000 units costs one narrow query, whatever the size of its datasets. The dashboard shows every
 * year at once; the .xlsx export writes the same rows; the review queue is the rows waiting for the actor.
 *
 * A summary once built is kept by the process (summary-cache.ts): sent again as the same bytes while nothing under
 * that unit has changed, and after a change only the changed rows are read and serialized again — a 财政厅 opening
 * the dashboard of 10,000 units costs a narrow query or two, not the reading and serializing of 10,000 rows.
 * @module
 */
import { SUMMARY_ROLES } from "../../core/workflow/roles.ts";
import { queueStatuses, STATUS_NAMES } from "../../core/workflow/workflow.ts";
import type { ReportsRepository, SummaryReportRow } from "../../storage/reports-repository.ts";
import { currentAuditKeys } from "../jobs/audit-sweeper.ts";
import { assertRole } from "../services/access.ts";
import type { Actor } from "../services/auth-service.ts";
import { type KeptSummary, SummaryCache } from "./summary-cache.ts";
import type { SummaryWorkbookRow } from "../../documents/xlsx/summary-workbook.ts";

/** A summary row: the workbook's row (the figures as stored with the audit) with the ids and the audit's freshness. */
export interface RegionSummaryRow extends SummaryWorkbookRow {
  reportId: string;
  unitId: string;
  /** The figures are those of an earlier version or profile: a fresh audit is on its way (a worker makes it). */
  auditStale: boolean;
}

/** A page of the review queue: `offset` rows skipped, at most `limit` given. */
export interface QueuePage {
  offset: number;
  limit: number;
}

export class RegionSummaries {
  readonly #cache: SummaryCache;

  constructor(reports: ReportsRepository) {
    // The audit key of each profile is fixed for the life of the process (the profiles and checks are built in).
    this.#cache = new SummaryCache(reports, currentAuditKeys(), summaryRowOf);
  }

  /** The summary of the actor's subtree (one year, or all), as rows and as the JSON body `{ year, units }`. */
  async summary(actor: Actor, year?: number): Promise<KeptSummary> {
    // Checked before listing, so that a role without the right learns nothing, not even that there are no reports.
    assertRole(actor, SUMMARY_ROLES, "查看地区汇总");
    return this.#cache.get({
      key: `summary|${year ?? "all"}`,
      path: actor.unit.path,
      filter: year === undefined ? {} : { year },
      before: `{"year":${year ?? null},"units":`,
      after: () => "}",
    });
  }

  /**
   * The reviewer's queue: the summary rows of the subtree waiting for this role, by status, then oldest submission,
   * as rows and as the JSON body `{ units, total }`; with `page`, the body holds that page only (and the total).
   */
  async queue(actor: Actor, page?: QueuePage): Promise<KeptSummary> {
    assertRole(actor, SUMMARY_ROLES, "查看审核队列");
    const statuses = queueStatuses(actor.user.role);
    const all =
      statuses.length === 0
        ? { rows: [], body: jsonBody({ units: [], total: 0 }) }
        : await this.#cache.get({
            key: `queue|${statuses.join(",")}`,
            path: actor.unit.path,
            filter: { statuses },
            sort: (a, b) =>
              statuses.indexOf(a.status) - statuses.indexOf(b.status) ||
              (a.submittedAt ?? "").localeCompare(b.submittedAt ?? ""),
            before: `{"units":`,
            after: (count) => `,"total":${count}}`,
          });
    if (!page) return all;
    const rows = all.rows.slice(page.offset, page.offset + page.limit);
    return { rows, body: jsonBody({ units: rows, total: all.rows.length }) };
  }
}

function summaryRowOf(row: SummaryReportRow): RegionSummaryRow {
  return {
    reportId: row.reportId,
    unitId: row.unitId,
    unitName: row.unitName,
    year: row.year,
    status: row.status,
    statusName: STATUS_NAMES[row.status],
    dueAt: row.dueAt,
    submittedAt: row.submittedAt,
    onTime: row.submittedAt === null ? null : row.dueAt === null || row.submittedAt <= row.dueAt,
    totalScore: row.totalScore,
    totalScoreShown: row.totalScoreShown,
    grade: row.grade,
    executionRate: row.executionRate,
    executionRateShown: row.executionRateShown,
    errors: row.errors,
    warnings: row.warnings,
    budgetFen: row.budgetFen,
    executedFen: row.executedFen,
    auditStale: Boolean(row.auditStale),
  };
}

/** UTF-8 JSON bytes that own their buffer (sent as they are, again and again). */
function jsonBody(value: unknown): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify(value));
}
