/**
 * The access rule every use case about one report starts with: the report's unit must be in the actor's subtree,
 * and a report outside it is "not found", like one that does not exist (ids of other regions cannot be probed).
 * Either on the small head row (a progress poll, a download, the check before an upload's body is read) or with the
 * whole report and its unit.
 * @module
 */
import type { Dataset } from "../../core/dataset/schema.ts";
import type { ReportRow, UnitRow } from "../../storage/database-schema.ts";
import type { ReportHead } from "../../storage/reports-repository.ts";
import { notFound } from "../app-error.ts";
import { assertCanRead } from "../services/access.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

/** A report as read for an actor: the dataset is parsed on first use (many reads only pass the stored text on). */
export class ReadableReport {
  #dataset: Dataset | undefined;
  constructor(
    readonly report: ReportRow,
    readonly unit: UnitRow,
  ) {}

  get dataset(): Dataset {
    this.#dataset ??= JSON.parse(this.report.dataset) as Dataset;
    return this.#dataset;
  }
}

export interface FindReportOptions {
  actor: Actor;
  reportId: string;
  /** What is "not found" when the actor may not see it: “报表”, “材料”, “任务”. */
  what?: string;
  /** The head read with the session (create-app), used when it is this report's. */
  prefetched?: ReportHead | undefined;
}

/** What a use case about one report is given: who asks, which report, and the head read with the session if any. */
export type ReportOptions = Omit<FindReportOptions, "what">;

/** The report's head (no dataset, no audit) if the actor may read the report. */
export async function findReadableHead(services: Services, options: FindReportOptions): Promise<ReportHead> {
  const { actor, reportId, prefetched } = options;
  const head = prefetched?.id === reportId ? prefetched : await services.reports.findHead(reportId);
  if (!head) throw notFound(options.what ?? "报表");
  assertCanRead(actor, { path: head.unit_path }, options.what);
  return head;
}

/** The whole report and its unit if the actor may read it. */
export async function findReadableReport(services: Services, options: FindReportOptions): Promise<ReadableReport> {
  const report = await services.reports.find(options.reportId);
  if (!report) throw notFound(options.what ?? "报表");
  const unit = await services.units.find(report.unit_id);
  assertCanRead(options.actor, unit, options.what);
  return new ReadableReport(report, unit);
}
