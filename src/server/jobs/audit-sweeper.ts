/**
 * Audit jobs: finds the reports whose stored audit is not that of their current version under the current profile
 * and check catalogue — all of a region's after a release changes a profile, or one whose server stopped before its
 * edit's audit was stored — and re-scores and re-audits them on all cores, storing each with its version (and its
 * summary columns). Any number of processes may sweep one database: each claims a batch of reports for a while
 * (ReportsRepository.claimStaleAudits), so no two audit the same report, and a claim of a process that died expires.
 * Run by `jixiao worker` and by `jixiao serve` unless started with --no-jobs.
 * @module
 */
import { availableParallelism } from "node:os";
import { randomUUID } from "node:crypto";
import { builtinProfileIds, DEFAULT_PROFILE_ID } from "../../core/profiles/builtin-profiles.ts";
import type { AuditKeys, ReportsRepository } from "../../storage/reports-repository.ts";
import { auditKeyOf } from "../reports/audit-key.ts";
import { profileOf } from "../reports/profile-of.ts";
import { AuditThreadPool } from "./audit-thread-pool.ts";

export interface AuditSweeperOptions {
  /** Audit threads (default: one per core). */
  threads?: number;
  /** How often the database is looked at when there was nothing to do (default 2 s). */
  pollMs?: number;
  /** How long a claim lasts (default 2 min: far longer than a batch takes). */
  lockMs?: number;
  /** An edit younger than this is left to the process that saved it (default 30 s). */
  editGraceMs?: number;
  /** The name claims are made under (default sweeper-<pid>-<random>). */
  worker?: string;
}

/** The audit key every report of each built-in profile must have now. */
export function currentAuditKeys(): AuditKeys {
  return {
    byProfile: Object.fromEntries(builtinProfileIds().map((id) => [id, auditKeyOf(profileOf(id))])),
    otherwise: auditKeyOf(profileOf(DEFAULT_PROFILE_ID)),
  };
}

export class AuditSweeper {
  readonly worker: string;
  readonly #threads: AuditThreadPool;
  readonly #pollMs: number;
  readonly #lockMs: number;
  readonly #editGraceMs: number;
  readonly #keys = currentAuditKeys();
  #timer: NodeJS.Timeout | undefined;
  #loop: Promise<void> | null = null;
  #stopped = false;
  /** Reports re-audited and stored by this sweeper since it started. */
  stored = 0;

  constructor(
    private readonly reports: ReportsRepository,
    options: AuditSweeperOptions = {},
  ) {
    this.#threads = new AuditThreadPool(options.threads ?? availableParallelism());
    this.#pollMs = options.pollMs ?? 2000;
    this.#lockMs = options.lockMs ?? 120_000;
    this.#editGraceMs = options.editGraceMs ?? 30_000;
    this.worker = options.worker ?? `sweeper-${process.pid}-${randomUUID().slice(0, 8)}`;
  }

  start(): void {
    this.#stopped = false;
    if (this.#timer) return;
    this.#timer = setInterval(() => this.wake(), this.#pollMs);
    this.#timer.unref();
    this.wake();
  }

  wake(): void {
    if (this.#stopped || this.#loop) return;
    this.#loop = this.sweep()
      .then(() => undefined)
      .catch((error: unknown) => console.error("[jixiao] 校验任务出错（稍后重试）：", error))
      .finally(() => {
        this.#loop = null;
      });
  }

  /** Re-audits stale reports until none is left unclaimed; resolves with how many this call stored. */
  async sweep(): Promise<number> {
    let stored = 0;
    // Eight reports per thread a claim: few claims (each one a scan of the reports' narrow columns) for a region,
    // and a thread seldom idles at the end of a batch. A batch of 凉山-sized datasets is a few MB in memory.
    const batch = Math.max(16, this.#threads.size * 8);
    while (!this.#stopped) {
      const claimed = await this.reports.claimStaleAudits({
        worker: this.worker,
        keys: this.#keys,
        limit: batch,
        lockMs: this.#lockMs,
        editGraceMs: this.#editGraceMs,
      });
      if (claimed.length === 0) break;
      const results = await Promise.allSettled(
        claimed.map(async (report) => {
          const derived = await this.#threads.audit(report.dataset, report.profile_id);
          return this.reports.storeAudit(report.id, report.version, derived);
        }),
      );
      const done: string[] = [];
      for (const [index, result] of results.entries()) {
        const id = claimed[index]?.id as string;
        if (result.status === "fulfilled") {
          done.push(id);
          if (result.value) stored++;
        } else {
          // Kept claimed: tried again when the claim expires, not in a loop now.
          console.error(`[jixiao] 报表 ${id} 未能重新校验：${(result.reason as Error).message}`);
        }
      }
      await this.reports.releaseAuditClaims(this.worker, done);
    }
    this.stored += stored;
    return stored;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#loop;
    await this.#threads.close();
  }
}
