/**
 * Keeps each report's stored audit up to date after edits, off the request path: an edit is saved at once, and the
 * audit of the new version is made in a worker thread and stored if the report is still at that version (a later
 * edit schedules its own). Several edits in quick succession cost one audit of the latest. If the worker cannot
 * run, the audit is made on the main thread instead — slower, never missing.
 * @module
 */
import type { ReportsRepository } from "../../storage/reports-repository.ts";
import { AuditThreadPool } from "./audit-thread-pool.ts";

/** See the AuditRefresher constructor. */
export const AUDIT_DELAY_MS = 250;

export interface WrittenVersion {
  version: number;
  profile_id: string;
  dataset: string;
}

export class AuditRefresher {
  /** One thread: edits' audits take their turn behind each other, and the server keeps its other core for requests. */
  readonly #threads = new AuditThreadPool(1);
  /** Reports with a refresh scheduled or running, and whether another was asked for meanwhile. */
  #pending = new Map<string, { again: boolean }>();
  #idle: (() => void)[] = [];
  #stopped = false;
  /** The dataset of a version this process has just written: audited without reading it back from the database. */
  #written = new Map<string, WrittenVersion>();

  /**
   * `delayMs`: how long after an edit the audit starts. Edits come in bursts (a user typing through a table, many
   * users at once); one audit after the burst serves them all, and each stored audit also makes the next read of
   * the report rebuild its response. Reads meanwhile say the audit lags (auditStale).
   */
  constructor(
    private readonly reports: ReportsRepository,
    private readonly delayMs = AUDIT_DELAY_MS,
  ) {}

  /** Makes (soon) the audit of the report's current version; `written` is that version's dataset, when known. */
  schedule(reportId: string, written?: WrittenVersion): void {
    if (this.#stopped) return;
    if (written) this.#written.set(reportId, written);
    const pending = this.#pending.get(reportId);
    if (pending) {
      pending.again = true;
      return;
    }
    this.#pending.set(reportId, { again: false });
    setTimeout(() => void this.refresh(reportId), this.delayMs);
  }

  /** Resolves when no refresh is scheduled or running (tests wait for it). */
  idle(): Promise<void> {
    if (this.#pending.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    await this.idle();
    await this.#threads.close();
  }

  private async refresh(reportId: string): Promise<void> {
    try {
      for (;;) {
        const state = this.#pending.get(reportId);
        if (!state || this.#stopped) break;
        state.again = false;
        // Storing is conditional on the version, so an audit of a version that is no longer current stores nothing.
        const written = this.#written.get(reportId);
        this.#written.delete(reportId);
        const report = written
          ? { id: reportId, ...written, audit_version: null }
          : await this.reports.findForAudit(reportId);
        if (!report || report.audit_version === report.version) {
          if (!state.again) break;
          continue;
        }
        const derived = await this.#threads.audit(report.dataset, report.profile_id);
        await this.reports.storeAudit(report.id, report.version, derived);
        if (!state.again) {
          const latest = await this.reports.findHead(reportId);
          if (!latest || latest.audit_version === latest.version) break;
        }
      }
    } catch (error) {
      console.error(`[jixiao] 报表 ${reportId} 的校验结果未能更新：${(error as Error).message}`);
    } finally {
      this.#pending.delete(reportId);
      if (this.#pending.size === 0) for (const resolve of this.#idle.splice(0)) resolve();
    }
  }
}
