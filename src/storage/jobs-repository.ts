/**
 * Background jobs (document generation) live in the database, not in a process: any server process may enqueue a
 * job, any may run it, and any may serve its result. A runner claims a job by an UPDATE that succeeds only while
 * the job is still free, so two processes never run the same job; a claim expires (a process that died lets go).
 * Each user has at most JOB_LIMITS.activePerUser jobs queued or running — a batch (the documents of many reports,
 * one job each) counting as one —, the queue takes users in turn (one user's many jobs, a batch's among them, do
 * not hold up another's first), and finished jobs are deleted after JOB_LIMITS.retentionMs, a batch with its last.
 * @module
 */
import { randomUUID } from "node:crypto";
import { type Kysely, sql, type Transaction } from "kysely";
import { isoAfter, nowIso } from "./clock.ts";
import type { DatabaseSchema, JobBatchRow, JobRow } from "./database-schema.ts";
import type { Dialect } from "./open-database.ts";

/** How often claimNext looks again after another worker took the job it saw. */
const CLAIM_ATTEMPTS = 5;

/** The kinds a user asks for (counted against the limit); "publishedPdf" is the system's. */
const USER_JOB_KINDS = ["documents", "documentsWithPdf"];

export const JOB_LIMITS = {
  /** Jobs one user may have queued or running at once (a batch counts as one). */
  activePerUser: 3,
  /** Reports one batch may hold (a province is some 10,000 units). */
  reportsPerBatch: 20_000,
  /** How long a finished (or failed) job and its ZIP are kept. */
  retentionMs: 3 * 24 * 60 * 60_000,
} as const;

/** The requester has as many jobs queued or running as allowed. */
export class JobLimitError extends Error {
  constructor(readonly limit: number) {
    super(`您已有 ${limit} 个文档任务在排队或生成中，请等其完成后再生成`);
  }
}

/** How a batch's jobs stand. */
export interface BatchCounts {
  queued: number;
  running: number;
  done: number;
  failed: number;
  /** Σ progress of its jobs / its total, 0–100. */
  progress: number;
}

/** Job rows per INSERT (SQLite allows 32,766 bound values; a job row has 14). */
const INSERT_CHUNK = 500;

export class JobsRepository {
  constructor(
    private readonly db: Kysely<DatabaseSchema>,
    private readonly dialect: Dialect = "sqlite",
  ) {}

  /**
   * Queues a job. With `maxActive` (a user's request: JOB_LIMITS.activePerUser), refused (JobLimitError) when its
   * requester already has that many document jobs queued or running; the count and the insert are one transaction,
   * the requester's row locked on PostgreSQL, so parallel requests of one user cannot pass the limit together.
   * Without it (the PDF made at publication), nothing is counted.
   */
  async enqueue(input: { kind: string; reportId: string; requestedBy: string; maxActive?: number }): Promise<JobRow> {
    const row = newJob(input.kind, input.reportId, input.requestedBy, null);
    const maxActive = input.maxActive;
    if (maxActive === undefined) {
      await this.db.insertInto("jobs").values(row).execute();
      return row;
    }
    return this.db.transaction().execute(async (trx) => {
      await this.#checkLimit(trx, input.requestedBy, maxActive);
      await trx.insertInto("jobs").values(row).execute();
      return row;
    });
  }

  /**
   * Queues a batch: one job of `kind` per report, under one batch row, refused (JobLimitError) like one job when the
   * requester already has `maxActive` jobs or batches queued or running. All or nothing: one transaction.
   */
  async enqueueBatch(input: {
    kind: string;
    reportIds: readonly string[];
    requestedBy: string;
    unitId: string;
    description: string;
    maxActive: number;
  }): Promise<JobBatchRow> {
    const batch: JobBatchRow = {
      id: randomUUID(),
      kind: input.kind,
      requested_by: input.requestedBy,
      unit_id: input.unitId,
      description: input.description,
      total: input.reportIds.length,
      created_at: nowIso(),
    };
    const jobs = input.reportIds.map((reportId) => newJob(input.kind, reportId, input.requestedBy, batch.id));
    return this.db.transaction().execute(async (trx) => {
      await this.#checkLimit(trx, input.requestedBy, input.maxActive);
      await trx.insertInto("job_batches").values(batch).execute();
      for (let start = 0; start < jobs.length; start += INSERT_CHUNK)
        await trx
          .insertInto("jobs")
          .values(jobs.slice(start, start + INSERT_CHUNK))
          .execute();
      return batch;
    });
  }

  /**
   * Throws JobLimitError when the requester has `maxActive` document jobs or batches queued or running (a batch
   * counts once, however many of its jobs wait). The requester's row is locked on PostgreSQL, so parallel requests
   * of one user cannot pass the limit together; SQLite has one writer at a time.
   */
  async #checkLimit(trx: Transaction<DatabaseSchema>, requestedBy: string, maxActive: number): Promise<void> {
    if (this.dialect === "postgres")
      await trx.selectFrom("users").select("id").where("id", "=", requestedBy).forUpdate().execute();
    const active = await trx
      .selectFrom("jobs")
      .select(sql<number | string>`count(distinct coalesce(batch_id, id))`.as("n"))
      .where("requested_by", "=", requestedBy)
      .where("status", "in", ["queued", "running"])
      .where("kind", "in", USER_JOB_KINDS)
      .executeTakeFirstOrThrow();
    if (Number(active.n) >= maxActive) throw new JobLimitError(maxActive);
  }

  async findBatch(id: string): Promise<JobBatchRow | undefined> {
    return this.db.selectFrom("job_batches").selectAll().where("id", "=", id).executeTakeFirst();
  }

  /** The batch's jobs (without their results), with each report's unit name and year, in the order queued. */
  async batchJobs(batchId: string) {
    return this.db
      .selectFrom("jobs")
      .innerJoin("reports", "reports.id", "jobs.report_id")
      .innerJoin("units", "units.id", "reports.unit_id")
      .select([
        "jobs.id",
        "jobs.report_id",
        "units.name as unit_name",
        "reports.year",
        "jobs.status",
        "jobs.progress",
        "jobs.message",
        "jobs.result_name",
        "jobs.updated_at",
      ])
      .where("jobs.batch_id", "=", batchId)
      .orderBy("jobs.created_at")
      .orderBy("jobs.id")
      .execute();
  }

  /** How the batch's jobs stand (one query, whatever its size). */
  async batchCounts(batchId: string, total: number): Promise<BatchCounts> {
    const rows = await this.db
      .selectFrom("jobs")
      .select([
        "status",
        (eb) => eb.fn.countAll<number | string>().as("n"),
        (eb) => eb.fn.sum<number | string>("progress").as("p"),
      ])
      .where("batch_id", "=", batchId)
      .groupBy("status")
      .execute();
    const counts: BatchCounts = { queued: 0, running: 0, done: 0, failed: 0, progress: 0 };
    let progress = 0;
    for (const row of rows) {
      counts[row.status] = Number(row.n);
      // A failed job is as finished as a done one.
      progress += row.status === "failed" ? 100 * Number(row.n) : Number(row.p);
    }
    counts.progress = total === 0 ? 100 : Math.floor(progress / total);
    return counts;
  }

  /**
   * Removes the batch's jobs that are not running (queued ones will not be made; finished ones go with their ZIPs),
   * and the batch itself once it has no job left. Returns how many were removed and how many are still running.
   */
  async removeBatch(batchId: string): Promise<{ removed: number; running: number }> {
    return this.db.transaction().execute(async (trx) => {
      const deleted = await trx
        .deleteFrom("jobs")
        .where("batch_id", "=", batchId)
        .where("status", "!=", "running")
        .executeTakeFirst();
      const running = await trx
        .selectFrom("jobs")
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .where("batch_id", "=", batchId)
        .executeTakeFirstOrThrow();
      if (Number(running.n) === 0) await trx.deleteFrom("job_batches").where("id", "=", batchId).execute();
      return { removed: Number(deleted.numDeletedRows), running: Number(running.n) };
    });
  }

  /** Deletes a job that is not running (its ZIP with it). False when there is none, or it is running. */
  async remove(id: string): Promise<boolean> {
    const deleted = await this.db
      .deleteFrom("jobs")
      .where("id", "=", id)
      .where("status", "!=", "running")
      .executeTakeFirst();
    return Number(deleted.numDeletedRows) === 1;
  }

  /**
   * Deletes finished and failed jobs last changed before `before` (ISO time), and the batches left without a job;
   * returns how many jobs.
   */
  async deleteFinishedBefore(before: string): Promise<number> {
    const deleted = await this.db
      .deleteFrom("jobs")
      .where("status", "in", ["done", "failed"])
      .where("updated_at", "<", before)
      .executeTakeFirst();
    await this.db
      .deleteFrom("job_batches")
      .where("created_at", "<", before)
      .where((eb) =>
        eb.not(eb.exists(eb.selectFrom("jobs").select("jobs.id").whereRef("jobs.batch_id", "=", "job_batches.id"))),
      )
      .execute();
    return Number(deleted.numDeletedRows);
  }

  /** Whether the report has a job of `kind` queued or running. */
  async hasActive(reportId: string, kind: string): Promise<boolean> {
    const row = await this.db
      .selectFrom("jobs")
      .select("id")
      .where("report_id", "=", reportId)
      .where("kind", "=", kind)
      .where("status", "in", ["queued", "running"])
      .executeTakeFirst();
    return row !== undefined;
  }

  /** The workers holding running jobs (to hand back those of processes that died). */
  async runningClaims(): Promise<{ id: string; locked_by: string | null }[]> {
    return this.db.selectFrom("jobs").select(["id", "locked_by"]).where("status", "=", "running").execute();
  }

  /** Gives a running job back to the queue whoever holds it (its process is known to have died). */
  async handBack(id: string, worker: string, message: string): Promise<boolean> {
    const updated = await this.db
      .updateTable("jobs")
      .set({ status: "queued", progress: 0, message, locked_by: null, locked_until: null, updated_at: nowIso() })
      .where("id", "=", id)
      .where("status", "=", "running")
      .where("locked_by", "=", worker)
      .executeTakeFirst();
    return Number(updated.numUpdatedRows) === 1;
  }

  /** The job without its result bytes. */
  async find(id: string): Promise<Omit<JobRow, "result"> | undefined> {
    return this.db
      .selectFrom("jobs")
      .select([
        "id",
        "kind",
        "report_id",
        "requested_by",
        "status",
        "progress",
        "message",
        "locked_by",
        "locked_until",
        "result_name",
        "created_at",
        "updated_at",
        "batch_id",
      ])
      .where("id", "=", id)
      .executeTakeFirst();
  }

  async result(id: string): Promise<{ name: string; data: Uint8Array } | undefined> {
    const row = await this.db
      .selectFrom("jobs")
      .select(["result", "result_name"])
      .where("id", "=", id)
      .where("status", "=", "done")
      .executeTakeFirst();
    if (!row?.result || !row.result_name) return undefined;
    return { name: row.result_name, data: new Uint8Array(row.result) };
  }

  /**
   * Takes the oldest job that is queued, or running under a claim that has expired, for `worker` until `lockMs`
   * from now. The UPDATE names the job and the status and claim it was seen with, so of two processes that saw the
   * same job only one changes it; the other looks again (a few times) for the next one. Returns undefined when no
   * job is free.
   */
  async claimNext(worker: string, lockMs: number): Promise<JobRow | undefined> {
    for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
      const now = nowIso();
      // Users in turn: each active job's place in its requester's line (running ones first, as they were taken
      // first), and the free job with the lowest place goes first; among equals, the oldest.
      const candidate = (
        await sql<{ id: string; status: JobRow["status"]; locked_until: string | null }>`
          select id, status, locked_until from (
            select id, status, locked_until, created_at,
              row_number() over (partition by requested_by order by case when status = 'running' then 0 else 1 end, created_at, id) as turn
            from jobs where status in ('queued', 'running')
          ) as active
          where status = 'queued' or locked_until < ${now}
          order by turn, created_at, id
          limit 1`.execute(this.db)
      ).rows[0];
      if (!candidate) return undefined;
      const claimed = await this.db
        .updateTable("jobs")
        .set({
          status: "running",
          locked_by: worker,
          locked_until: isoAfter(lockMs),
          message: "生成中",
          updated_at: now,
        })
        .where("id", "=", candidate.id)
        // Still as we saw it: nobody else has claimed it (or finished it) in between.
        .where("status", "=", candidate.status)
        .where((eb) =>
          candidate.locked_until === null
            ? eb("locked_until", "is", null)
            : eb("locked_until", "=", candidate.locked_until),
        )
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) === 1) {
        return this.db
          .selectFrom("jobs")
          .selectAll()
          .where("id", "=", candidate.id)
          .where("locked_by", "=", worker)
          .executeTakeFirst();
      }
    }
    return undefined;
  }

  /** Extends the claim of a job this worker holds (the heartbeat of a live process). */
  async renew(id: string, worker: string, lockMs: number): Promise<void> {
    await this.db
      .updateTable("jobs")
      .set({ locked_until: isoAfter(lockMs) })
      .where("id", "=", id)
      .where("locked_by", "=", worker)
      .where("status", "=", "running")
      .execute();
  }

  /** Progress of a job this worker holds; extends its claim. False when the worker no longer holds the job. */
  async progress(id: string, worker: string, progress: number, message: string, lockMs: number): Promise<boolean> {
    const updated = await this.db
      .updateTable("jobs")
      .set({ progress, message, locked_until: isoAfter(lockMs), updated_at: nowIso() })
      .where("id", "=", id)
      .where("locked_by", "=", worker)
      .where("status", "=", "running")
      .executeTakeFirst();
    return Number(updated.numUpdatedRows) === 1;
  }

  /** Marks the job done with its result (a ZIP), or only its name when the result is kept elsewhere (a published PDF). */
  async finish(id: string, worker: string, result: { name: string; data: Uint8Array | null }): Promise<void> {
    await this.db
      .updateTable("jobs")
      .set({
        status: "done",
        progress: 100,
        message: "已完成",
        result: result.data,
        result_name: result.name,
        locked_by: null,
        locked_until: null,
        updated_at: nowIso(),
      })
      .where("id", "=", id)
      .where("locked_by", "=", worker)
      .execute();
  }

  async fail(id: string, worker: string, message: string): Promise<void> {
    await this.db
      .updateTable("jobs")
      .set({ status: "failed", message, locked_by: null, locked_until: null, updated_at: nowIso() })
      .where("id", "=", id)
      .where("locked_by", "=", worker)
      .execute();
  }

  /** Gives a job this worker holds back to the queue (its process is stopping), so another process runs it. */
  async release(id: string, worker: string, message: string): Promise<void> {
    await this.db
      .updateTable("jobs")
      .set({ status: "queued", progress: 0, message, locked_by: null, locked_until: null, updated_at: nowIso() })
      .where("id", "=", id)
      .where("locked_by", "=", worker)
      .where("status", "=", "running")
      .execute();
  }
}

function newJob(kind: string, reportId: string, requestedBy: string, batchId: string | null): JobRow {
  const now = nowIso();
  return {
    id: randomUUID(),
    kind,
    report_id: reportId,
    requested_by: requestedBy,
    status: "queued",
    progress: 0,
    message: "排队中",
    locked_by: null,
    locked_until: null,
    result: null,
    result_name: null,
    created_at: now,
    updated_at: now,
    batch_id: batchId,
  };
}
