/**
 * The write path of reports in this process: writes of one report one after the other, the base dataset an edit
 * starts from, and the write itself (diff, history, the audit scheduled off the request path). Every use case that
 * changes a report's dataset goes through here, after checking access (find-editable-head.ts).
 * @module
 */
import { diffDatasets } from "../../core/dataset/dataset-diff.ts";
import type { Dataset } from "../../core/dataset/schema.ts";
import { type ReportHead, type ReportsRepository, StaleVersionError } from "../../storage/reports-repository.ts";
import type { AuditRefresher } from "../jobs/audit-refresher.ts";
import type { Actor } from "../services/auth-service.ts";
import type { FullReportCache } from "../services/full-report-cache.ts";
import { datasetText } from "./dataset-text.ts";

/** How many reports' last-written datasets a process keeps to base the next edit on (see ReportWrites.#editBase). */
const EDIT_BASE_REPORTS = 200;

/** What a write answers: the new version, and how many fields changed. */
export interface WrittenDataset {
  version: number;
  changes: number;
}

export class ReportWrites {
  /**
   * The dataset each report had after the last write made by this process, by version. The next edit of that
   * version starts from it instead of loading and parsing the stored text again: a version's dataset never changes,
   * and the head row (read on every write) says whether the version is still current — a write by another process
   * makes a new version, which is then loaded from the database.
   */
  readonly #editBase = new Map<string, { version: number; dataset: Dataset }>();
  /** The writes of each report in this process, one after the other (see oneAtATime). */
  readonly #writing = new Map<string, Promise<unknown>>();

  constructor(
    private readonly reports: ReportsRepository,
    private readonly audits: AuditRefresher,
    private readonly fullReports: FullReportCache,
  ) {}

  /**
   * Runs the writes of one report made in this process one after the other. Two writes based on the same version
   * cannot both win; run together, the loser would wait on the database's row lock for the winner's whole save, only
   * to change nothing. In turn, it sees the winner's version here and is refused at once. Across processes the
   * database's conditional update still decides.
   */
  async oneAtATime<T>(reportId: string, write: () => Promise<T>): Promise<T> {
    const previous = this.#writing.get(reportId) ?? Promise.resolve();
    const run = previous.then(write);
    const settled = run.catch(() => undefined);
    this.#writing.set(reportId, settled);
    try {
      return await run;
    } finally {
      if (this.#writing.get(reportId) === settled) this.#writing.delete(reportId);
    }
  }

  /**
   * The dataset of the version an edit is based on, for a head already checked (findEditableHead). It is this
   * process's last write of that version when it has it (no query), else the stored text of that version; the
   * conditional update still catches a write that lands in between. The dataset is only read, never changed (edits
   * work on a copy).
   */
  async baseOf(head: ReportHead, expectedVersion: number): Promise<Dataset> {
    const id = head.id;
    const base = this.#editBase.get(id);
    // The head may have been read before this write waited its turn; a newer version written here meanwhile is known.
    if (base && base.version > expectedVersion) throw new StaleVersionError(expectedVersion, base.version);
    if (base?.version === expectedVersion) return base.dataset;
    const text = await this.reports.datasetAt(id, expectedVersion);
    if (text === undefined)
      throw new StaleVersionError(expectedVersion, (await this.reports.findHead(id))?.version ?? expectedVersion);
    return JSON.parse(text) as Dataset;
  }

  /** Saves `dataset` as the version after `expectedVersion`, with what changed since `before` in the history. */
  async write(input: {
    actor: Actor;
    head: ReportHead;
    before: Dataset;
    dataset: Dataset;
    expectedVersion: number;
    reason: "edit" | "import";
  }): Promise<WrittenDataset> {
    const { head, dataset, reason } = input;
    const reportId = head.id;
    const changes = diffDatasets(input.before, dataset);
    const text = datasetText(dataset);
    // Saved at once; the audit of the new version is made off the request path (AuditRefresher).
    const version = await this.reports.writeDataset(reportId, input.expectedVersion, {
      dataset: text,
      changes: reason === "edit" ? changes : undefined,
      reason,
      summary:
        changes.length === 0
          ? "无变化"
          : `修改 ${changes
              .slice(0, 5)
              .map((c) => c.path)
              .join("、")}${changes.length > 5 ? ` 等 ${changes.length} 处` : ""}`,
      userId: input.actor.user.id,
    });
    this.#editBase.delete(reportId);
    if (this.#editBase.size >= EDIT_BASE_REPORTS) this.#editBase.delete(this.#editBase.keys().next().value as string);
    this.#editBase.set(reportId, { version, dataset });
    // The next read of the new version takes its text from here instead of loading the row back.
    this.fullReports.rememberDataset(reportId, version, text);
    this.audits.schedule(reportId, { version, profile_id: head.profile_id, dataset: text });
    return { version, changes: changes.length };
  }

  /** A write made elsewhere (a restore) replaced the dataset: the next edit loads it. */
  forget(reportId: string): void {
    this.#editBase.delete(reportId);
  }
}
