/**
 * Worker threads that make audits (audit-worker.ts): given a stored dataset text and its profile, each returns what
 * is stored beside it. The threads start on first use, each audit goes to the thread with the fewest in hand, and
 * an idle pool holds no process open. If a thread cannot run, audits are made on the calling thread instead —
 * slower, never missing.
 * @module
 */
import type { Worker } from "node:worker_threads";
import type { Dataset } from "../../core/dataset/schema.ts";
import type { DerivedColumns } from "../../storage/reports-repository.ts";
import { derivedColumns } from "../reports/derived-columns.ts";
import { profileOf } from "../reports/profile-of.ts";
import type { AuditReply, AuditRequest } from "./audit-worker.ts";
import { startModuleWorker } from "./start-module-worker.ts";

const AUDIT_WORKER = new URL("./audit-worker", import.meta.url);

interface PoolThread {
  worker: Worker;
  replies: Map<number, (reply: AuditReply) => void>;
}

export class AuditThreadPool {
  #threads: PoolThread[] = [];
  #failed = false;
  #nextId = 1;

  constructor(readonly size: number) {}

  audit(dataset: string, profileId: string): Promise<DerivedColumns> {
    const thread = this.thread();
    if (!thread)
      return Promise.resolve().then(() => derivedColumns(JSON.parse(dataset) as Dataset, profileOf(profileId)));
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      thread.replies.set(id, (reply) => (reply.ok ? resolve(reply.derived) : reject(new Error(reply.message))));
      thread.worker.postMessage({ id, dataset, profileId } satisfies AuditRequest);
    });
  }

  async close(): Promise<void> {
    const threads = this.#threads;
    this.#threads = [];
    await Promise.all(threads.map((thread) => thread.worker.terminate()));
  }

  /** The least busy thread, starting one while fewer than `size` run and all are busy. */
  private thread(): PoolThread | null {
    if (this.#failed) return null;
    const idle = this.#threads.reduce<PoolThread | undefined>(
      (best, each) => (!best || each.replies.size < best.replies.size ? each : best),
      undefined,
    );
    if (idle && (idle.replies.size === 0 || this.#threads.length >= this.size)) return idle;
    return this.start();
  }

  private start(): PoolThread {
    const worker = startModuleWorker(AUDIT_WORKER);
    worker.unref();
    const thread: PoolThread = { worker, replies: new Map() };
    worker.on("message", (reply: AuditReply) => {
      thread.replies.get(reply.id)?.(reply);
      thread.replies.delete(reply.id);
    });
    worker.on("error", (error) => {
      console.error(`[jixiao] 校验线程出错，改在主线程校验：${error.message}`);
      this.#failed = true;
      this.#threads = this.#threads.filter((each) => each !== thread);
      for (const [id, reply] of thread.replies) reply({ id, ok: false, message: "校验线程已退出" });
      thread.replies.clear();
    });
    this.#threads.push(thread);
    return thread;
  }
}
