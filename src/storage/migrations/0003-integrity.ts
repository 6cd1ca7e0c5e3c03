/**
 * Integrity (issue 12): the PDF of a published report, made once at publication and kept with the version it was
 * made of (the public download serves it, never converts); an index for the per-user limit of document jobs.
 * @module
 */
import { type Kysely, type Migration, sql } from "kysely";

export function integrityMigration(dialect: "sqlite" | "postgres"): Migration {
  const binary = dialect === "postgres" ? "bytea" : "blob";
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("published_pdfs")
        .addColumn("report_id", "text", (c) => c.notNull().references("reports.id"))
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("data", sql.raw(binary), (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("published_pdfs_pk", ["report_id", "version"])
        .execute();
      await db.schema.createIndex("jobs_requester").on("jobs").columns(["requested_by", "status"]).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex("jobs_requester").execute();
      await db.schema.dropTable("published_pdfs").execute();
    },
  };
}
