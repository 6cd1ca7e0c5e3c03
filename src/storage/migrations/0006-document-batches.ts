/**
 * Document batches: one request for the documents of many reports (a 财政局's region, a 主管部门's units), kept as
 * a batch row and one document job per report, so that the job runners of every worker process share the batch
 * report by report, while the per-user limit counts the batch once (JobsRepository).
 * @module
 */
import type { Kysely, Migration } from "kysely";

export function documentBatchesMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("job_batches")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("requested_by", "text", (c) => c.notNull().references("users.id"))
        // The unit whose subtree the batch was asked for: who may read that unit's reports may follow the batch.
        .addColumn("unit_id", "text", (c) => c.notNull().references("units.id"))
        .addColumn("description", "text", (c) => c.notNull())
        .addColumn("total", "integer", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .alterTable("jobs")
        .addColumn("batch_id", "text", (c) => c.references("job_batches.id"))
        .execute();
      await db.schema.createIndex("jobs_batch").on("jobs").column("batch_id").execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex("jobs_batch").execute();
      await db.schema.alterTable("jobs").dropColumn("batch_id").execute();
      await db.schema.dropTable("job_batches").execute();
    },
  };
}
