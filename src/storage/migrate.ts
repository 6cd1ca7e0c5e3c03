/**
 * Brings a database to the latest schema. One migration set for both dialects, run on every start; a process that
 * finds the schema already current does nothing. Kysely's migrator takes a lock, so two servers starting at once
 * on one PostgreSQL do not migrate twice.
 * @module
 */
import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import type { DatabaseSchema } from "./database-schema.ts";
import { initialMigration } from "./migrations/0001-initial.ts";
import { accountsMigration } from "./migrations/0002-accounts.ts";
import { integrityMigration } from "./migrations/0003-integrity.ts";
import { summaryColumnsMigration } from "./migrations/0004-summary-columns.ts";
import { summaryRevisionMigration } from "./migrations/0005-summary-revision.ts";
import { documentBatchesMigration } from "./migrations/0006-document-batches.ts";
import { deadlinesNotificationsMigration } from "./migrations/0007-deadlines-notifications.ts";
import { signOffSettingMigration } from "./migrations/0008-sign-off-setting.ts";

function migrationsFor(dialect: "sqlite" | "postgres"): Record<string, Migration> {
  return {
    "0001-initial": initialMigration(dialect),
    "0002-accounts": accountsMigration(dialect),
    "0003-integrity": integrityMigration(dialect),
    "0004-summary-columns": summaryColumnsMigration(dialect),
    "0005-summary-revision": summaryRevisionMigration(dialect),
    "0006-document-batches": documentBatchesMigration(),
    "0007-deadlines-notifications": deadlinesNotificationsMigration(),
    "0008-sign-off-setting": signOffSettingMigration(),
  };
}

export async function migrateToLatest(db: Kysely<DatabaseSchema>, dialect: "sqlite" | "postgres"): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrationsFor(dialect) };
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: "jixiao_migrations",
    migrationLockTableName: "jixiao_migrations_lock",
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? "");
    throw new Error(`数据库迁移失败${failed ? `（${failed.migrationName}）` : ""}：${reason}`);
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
