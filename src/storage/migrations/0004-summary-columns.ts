/**
 * The summary columns: each report keeps the figures of its stored audit (total score as computed and as printed,
 * grade, execution rate as computed and as printed, findings by severity) beside it, written with the audit and so
 * of the same version (audit_version). The regional summary, the dashboard and the review queue read these and the
 * report's head columns only — never a dataset or an audit text, which are 25–290 KB each.
 *
 * Indexes for a region of 10,000 units: on PostgreSQL the unit path under the "C" collation (byte order, whatever the
 * database's locale), so that "this unit and below" is an index range; on SQLite (where a row's later columns sit
 * behind its dataset's overflow pages) a covering index of everything a summary row needs, so that a summary never
 * reads the report rows themselves. Existing reports get their figures from their stored audit. Two more columns let
 * worker processes share a region-wide re-audit (which one holds a report, until when).
 * @module
 */
import { type Kysely, type Migration, sql } from "kysely";
import { auditFiguresOf, type AuditJsonFigures } from "../../server/summary/audit-figures.ts";

const FIGURE_COLUMNS = [
  ["total_score", "text"],
  ["total_shown", "text"],
  ["grade", "text"],
  ["execution_rate", "text"],
  ["execution_rate_shown", "text"],
] as const;
const COUNT_COLUMNS = ["error_count", "warning_count", "info_count"] as const;
/** What a summary row reads of a report (SQLite's covering index holds all of it). */
export const SUMMARY_INDEX_COLUMNS = [
  "unit_id",
  "year",
  "status",
  "version",
  "audit_version",
  "audit_key",
  "profile_id",
  "due_at",
  "submitted_at",
  "published_at",
  "budget_fen",
  "executed_fen",
  ...FIGURE_COLUMNS.map(([name]) => name),
  ...COUNT_COLUMNS,
  "id",
];
const BACKFILL_BATCH = 200;

export function summaryColumnsMigration(dialect: "sqlite" | "postgres"): Migration {
  return {
    async up(db: Kysely<unknown>) {
      for (const [name, type] of FIGURE_COLUMNS) await db.schema.alterTable("reports").addColumn(name, type).execute();
      for (const name of COUNT_COLUMNS) {
        await db.schema
          .alterTable("reports")
          .addColumn(name, "integer", (c) => c.notNull().defaultTo(0))
          .execute();
      }
      // Which worker process is re-auditing the report, and until when (see ReportsRepository.claimStaleAudits).
      await db.schema.alterTable("reports").addColumn("audit_claimed_by", "text").execute();
      await db.schema.alterTable("reports").addColumn("audit_claimed_until", "text").execute();
      await backfillFigures(db);
      if (dialect === "postgres") {
        await sql`create index units_path_bytes on units (path collate "C")`.execute(db);
        await sql`create index reports_status on reports (status, submitted_at)`.execute(db);
      } else {
        await db.schema.createIndex("reports_summary").on("reports").columns(SUMMARY_INDEX_COLUMNS).execute();
      }
    },
    async down(db: Kysely<unknown>) {
      if (dialect === "postgres") {
        await sql`drop index units_path_bytes`.execute(db);
        await sql`drop index reports_status`.execute(db);
      } else {
        await db.schema.dropIndex("reports_summary").execute();
      }
      for (const name of [
        ...FIGURE_COLUMNS.map(([column]) => column),
        ...COUNT_COLUMNS,
        "audit_claimed_by",
        "audit_claimed_until",
      ])
        await db.schema.alterTable("reports").dropColumn(name).execute();
    },
  };
}

/** The figures of every existing report, from its stored audit, a batch at a time (by id, so memory stays flat). */
async function backfillFigures(db: Kysely<unknown>): Promise<void> {
  const reports = db as unknown as Kysely<{ reports: Record<string, unknown> & { id: string; audit: string } }>;
  let after = "";
  for (;;) {
    const batch = await reports
      .selectFrom("reports")
      .select(["id", "audit"])
      .where("id", ">", after)
      .orderBy("id")
      .limit(BACKFILL_BATCH)
      .execute();
    if (batch.length === 0) return;
    for (const row of batch) {
      const figures = auditFiguresOf(JSON.parse(row.audit) as AuditJsonFigures);
      await reports
        .updateTable("reports")
        .set({
          total_score: figures.totalScore,
          total_shown: figures.totalShown,
          grade: figures.grade,
          execution_rate: figures.executionRate,
          execution_rate_shown: figures.executionRateShown,
          error_count: figures.errorCount,
          warning_count: figures.warningCount,
          info_count: figures.infoCount,
        })
        .where("id", "=", row.id)
        .execute();
    }
    after = (batch[batch.length - 1] as { id: string }).id;
  }
}
