/**
 * Background jobs (document generation) live in the database, not in a process: any server process may enqueue a
 * job, any may run it, and any may serve its result. A runner claims a job by an UPDATE that succeeds only while
 * the job is still free, so two processes never run the same job; a claim expires (a process that died lets go).
 * Each user has at most JOB_LIMITS.activePerUser jobs queued or running, the queue takes users in turn (one
 * user's many jobs do not hold up another's first), and finished jobs are deleted after JOB_LIMITS.retentionMs.
 * @module
 */
import { randomUUID } from "node:crypto";
import { type Kysely, sql } from "kysely";
import { isoAfter, nowIso } from "./clock.ts";
import type { DatabaseSchema, JobRow } from "./database-schema.ts";
import type { Dialect } from "./open-database.ts";

/** How often claimNext looks again after another worker took the job it saw. */
const CLAIM_ATTEMPTS = 5;

/** The kinds a user asks for (counted against the limit); "publishedPdf" is the system's. */
const USER_JOB_KINDS = ["documents", "documentsWithPdf"];

export const JOB_LIMITS = {
  /** Jobs one user may have queued or running at once. */
  activePerUser: 3,
  /** How long a finished (or failed) job and its ZIP are kept. */
  retentionMs: 3 * 24 * 60 * 60_000,
} as const;

/** The requester has as many jobs queued or running as allowed. */
export class JobLimitError extends Error {
  constructor(readonly limit: number) {
    super(`您已有 ${limit} 个文档任务在排队或生成中，请等其完成后再生成`);
  }
}

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
    const now = nowIso();
    const row: JobRow = {
      id: randomUUID(),
      kind: input.kind,
      report_id: input.reportId,
      requested_by: input.requestedBy,
      status: "queued",
      progress: 0,
      message: "排队中",
      locked_by: null,
      locked_until: null,
      result: null,
      result_name: null,
      created_at: now,
      updated_at: now,
    };
    const maxActive = input.maxActive;
    if (maxActive === undefined) {
      await this.db.insertInto("jobs").values(row).execute();
      return row;
    }
    return this.db.transaction().execute(async (trx) => {
      if (this.dialect === "postgres")
        await trx.selectFrom("users").select("id").where("id", "=", input.requestedBy).forUpdate().execute();
      const active = await trx
        .selectFrom("jobs")
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .where("requested_by", "=", input.requestedBy)
        .where("status", "in", ["queued", "running"])
        .where("kind", "in", USER_JOB_KINDS)
        .executeTakeFirstOrThrow();
      if (Number(active.n) >= maxActive) throw new JobLimitError(maxActive);
      await trx.insertInto("jobs").values(row).execute();
      return row;
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

  /** Deletes finished and failed jobs last changed before `before` (ISO time); returns how many. */
  async deleteFinishedBefore(before: string): Promise<number> {
    const deleted = await this.db
      .deleteFrom("jobs")
      .where("status", "in", ["done", "failed"])
      .where("updated_at", "<", before)
      .executeTakeFirst();
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
