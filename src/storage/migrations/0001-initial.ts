/**
 * The first schema: units, users, sessions, login throttling, reports with their versions, transitions and
 * comments, attachments and background jobs. Written once for both dialects; the only difference is the identity
 * column of the two append-only logs and the binary type.
 * @module
 */
import { type Kysely, type Migration, sql } from "kysely";

export function initialMigration(dialect: "sqlite" | "postgres"): Migration {
  const binary = dialect === "postgres" ? "bytea" : "blob";
  const money = dialect === "postgres" ? "bigint" : "integer";
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("units")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("parent_id", "text", (c) => c.references("units.id"))
        .addColumn("path", "text", (c) => c.notNull().unique())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("code", "text")
        .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("users")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("username", "text", (c) => c.notNull().unique())
        .addColumn("display_name", "text", (c) => c.notNull())
        .addColumn("password_hash", "text", (c) => c.notNull())
        .addColumn("role", "text", (c) => c.notNull())
        .addColumn("unit_id", "text", (c) => c.notNull().references("units.id"))
        .addColumn("disabled", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("sessions")
        .addColumn("token_hash", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
        .addColumn("csrf_token", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("expires_at", "text", (c) => c.notNull())
        .addColumn("revoked_at", "text")
        .execute();

      await db.schema
        .createTable("login_attempts")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("failures", "integer", (c) => c.notNull())
        .addColumn("window_started_at", "text", (c) => c.notNull())
        .addColumn("locked_until", "text")
        .execute();

      await db.schema
        .createTable("reports")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("unit_id", "text", (c) => c.notNull().references("units.id"))
        .addColumn("year", "integer", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("profile_id", "text", (c) => c.notNull())
        .addColumn("dataset", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("budget_fen", sql.raw(money))
        .addColumn("executed_fen", sql.raw(money))
        .addColumn("audit", "text", (c) => c.notNull())
        .addColumn("audit_key", "text", (c) => c.notNull())
        .addColumn("audit_version", "integer", (c) => c.notNull())
        .addColumn("due_at", "text")
        .addColumn("submitted_at", "text")
        .addColumn("published_at", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addColumn("updated_by", "text")
        .addUniqueConstraint("reports_unit_year", ["unit_id", "year"])
        .execute();

      const identity = (table: string) =>
        db.schema
          .createTable(table)
          .addColumn("id", dialect === "postgres" ? "bigserial" : "integer", (c) =>
            dialect === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement(),
          );

      await identity("report_versions")
        .addColumn("report_id", "text", (c) => c.notNull().references("reports.id"))
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("reason", "text", (c) => c.notNull())
        .addColumn("dataset", "text")
        .addColumn("changes", "text", (c) => c.notNull())
        .addColumn("changed_by", "text")
        .addColumn("changed_at", "text", (c) => c.notNull())
        .addColumn("summary", "text", (c) => c.notNull())
        .addUniqueConstraint("report_versions_report_version", ["report_id", "version"])
        .execute();

      await identity("transitions")
        .addColumn("report_id", "text", (c) => c.notNull().references("reports.id"))
        .addColumn("from_status", "text", (c) => c.notNull())
        .addColumn("to_status", "text", (c) => c.notNull())
        .addColumn("action", "text", (c) => c.notNull())
        .addColumn("actor_id", "text", (c) => c.notNull().references("users.id"))
        .addColumn("comment", "text", (c) => c.notNull())
        .addColumn("at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("transitions_report").on("transitions").column("report_id").execute();

      await db.schema
        .createTable("comments")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("report_id", "text", (c) => c.notNull().references("reports.id"))
        .addColumn("author_id", "text", (c) => c.notNull().references("users.id"))
        .addColumn("path", "text", (c) => c.notNull())
        .addColumn("body", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("comments_report").on("comments").column("report_id").execute();

      await db.schema
        .createTable("attachments")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("report_id", "text", (c) => c.notNull().references("reports.id"))
        .addColumn("file_name", "text", (c) => c.notNull())
        .addColumn("media_type", "text", (c) => c.notNull())
        .addColumn("bytes", "integer", (c) => c.notNull())
        .addColumn("sha256", "text", (c) => c.notNull())
        .addColumn("content", sql.raw(binary), (c) => c.notNull())
        .addColumn("uploaded_by", "text", (c) => c.notNull().references("users.id"))
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("attachments_report").on("attachments").column("report_id").execute();

      await db.schema
        .createTable("jobs")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("report_id", "text", (c) => c.notNull().references("reports.id"))
        .addColumn("requested_by", "text", (c) => c.notNull().references("users.id"))
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("progress", "integer", (c) => c.notNull())
        .addColumn("message", "text", (c) => c.notNull())
        .addColumn("locked_by", "text")
        .addColumn("locked_until", "text")
        .addColumn("result", sql.raw(binary))
        .addColumn("result_name", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("jobs_status").on("jobs").columns(["status", "created_at"]).execute();

      if (dialect === "postgres") {
        // Datasets and audits are texts of up to a few hundred KB, rewritten on every edit: PostgreSQL's default
        // compression (pglz) made the database server the bottleneck under load; lz4 costs a fraction of it.
        for (const [table, column] of [
          ["reports", "dataset"],
          ["reports", "audit"],
          ["report_versions", "dataset"],
          ["report_versions", "changes"],
        ]) {
          await sql`alter table ${sql.table(table as string)} alter column ${sql.ref(column as string)} set compression lz4`.execute(
            db,
          );
        }
      }
    },
    async down(db: Kysely<unknown>) {
      for (const table of [
        "jobs",
        "attachments",
        "comments",
        "transitions",
        "report_versions",
        "reports",
        "login_attempts",
        "sessions",
        "users",
        "units",
      ]) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
