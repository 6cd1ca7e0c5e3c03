/**
 * Background jobs (document generation) live in the database, not in a process: any server process may enqueue a
 * job, any may run it, and any may serve its result. A runner claims a job by an UPDATE that succeeds only while
 * the job is still free, so two processes never run the same job; a claim expires (a process that died lets go).
 * @module
 */
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { isoAfter, nowIso } from "./clock.ts";
import type { DatabaseSchema, JobRow } from "./database-schema.ts";

/** How often claimNext looks again after another worker took the job it saw. */
const CLAIM_ATTEMPTS = 5;

export class JobsRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async enqueue(input: { kind: string; reportId: string; requestedBy: string }): Promise<JobRow> {
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
    await this.db.insertInto("jobs").values(row).execute();
    return row;
  }

  /** The job without its result bytes. */
  async find(id: string): Promise<Omit<JobRow, "result"> | undefined> {
    return this.db
      .selectFrom("jobs")
      .select(["id", "kind", "report_id", "requested_by", "status", "progress", "message", "locked_by", "locked_until", "result_name", "created_at", "updated_at"])
      .where("id", "=", id)
      .executeTakeFirst();
  }

  async result(id: string): Promise<{ name: string; data: Uint8Array } | undefined> {
    const row = await this.db.selectFrom("jobs").select(["result", "result_name"]).where("id", "=", id).where("status", "=", "done").executeTakeFirst();
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
      const candidate = await this.db
        .selectFrom("jobs")
        .select(["id", "status", "locked_until"])
        .where((eb) => eb.or([eb("status", "=", "queued"), eb.and([eb("status", "=", "running"), eb("locked_until", "<", now)])]))
        .orderBy("created_at")
        .orderBy("id")
        .limit(1)
        .executeTakeFirst();
      if (!candidate) return undefined;
      const claimed = await this.db
        .updateTable("jobs")
        .set({ status: "running", locked_by: worker, locked_until: isoAfter(lockMs), message: "生成中", updated_at: now })
        .where("id", "=", candidate.id)
        // Still as we saw it: nobody else has claimed it (or finished it) in between.
        .where("status", "=", candidate.status)
        .where((eb) => (candidate.locked_until === null ? eb("locked_until", "is", null) : eb("locked_until", "=", candidate.locked_until)))
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) === 1) {
        return this.db.selectFrom("jobs").selectAll().where("id", "=", candidate.id).where("locked_by", "=", worker).executeTakeFirst();
      }
    }
    return undefined;
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

  async finish(id: string, worker: string, result: { name: string; data: Uint8Array }): Promise<void> {
    await this.db
      .updateTable("jobs")
      .set({ status: "done", progress: 100, message: "已完成", result: result.data, result_name: result.name, locked_by: null, locked_until: null, updated_at: nowIso() })
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
