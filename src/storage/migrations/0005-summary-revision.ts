/**
 * A revision counter on each report, bumped by every write of its row (ReportsRepository), so that a server
 * process may keep the summary of a subtree it has built and know, with one narrow query, whether it is still
 * current: reports are never deleted and units never move, so any change in a subtree raises either its number of
 * reports or the sum of their revisions (see ReportsRepository.summaryStamp). On SQLite the summary's covering
 * index is made again with the counter in it, so that this query too reads the index only; PostgreSQL gets no index
 * (one holding the counter would make every update of a report a non-HOT one).
 * @module
 */
import type { Kysely, Migration } from "kysely";
import { SUMMARY_INDEX_COLUMNS } from "./0004-summary-columns.ts";

export function summaryRevisionMigration(dialect: "sqlite" | "postgres"): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable("reports")
        .addColumn("revision", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
      if (dialect === "sqlite") {
        await db.schema.dropIndex("reports_summary").execute();
        await db.schema
          .createIndex("reports_summary")
          .on("reports")
          .columns([...SUMMARY_INDEX_COLUMNS, "revision"])
          .execute();
      }
    },
    async down(db: Kysely<unknown>) {
      if (dialect === "sqlite") {
        await db.schema.dropIndex("reports_summary").execute();
        await db.schema.createIndex("reports_summary").on("reports").columns(SUMMARY_INDEX_COLUMNS).execute();
      }
      await db.schema.alterTable("reports").dropColumn("revision").execute();
    },
  };
}
