/**
 * Field-by-field differences between two versions of a report; by default between its last two submissions (or
 * since its creation). The report is read once — its head, to authorize and to know the current version — and each
 * version is rebuilt from the history, never from the full report row.
 * @module
 */
import { diffDatasets } from "../../core/dataset/dataset-diff.ts";
import type { DiffDto } from "../dto/history-dto.ts";
import type { Services } from "../services/services.ts";
import { datasetAtVersion } from "./dataset-at-version.ts";
import { findReadableHead, type ReportOptions } from "./find-readable-report.ts";

export async function diffReportVersions(
  services: Services,
  options: ReportOptions & { from?: number; to?: number },
): Promise<DiffDto> {
  const head = await findReadableHead(services, options);
  let fromVersion = options.from ?? 1;
  let toVersion = options.to ?? head.version;
  if (options.from === undefined && options.to === undefined) {
    const submitted = await services.reports.submittedVersions(head.id);
    if (submitted.length >= 2) {
      fromVersion = submitted[submitted.length - 2] as number;
      toVersion = submitted[submitted.length - 1] as number;
    }
  }
  const [before, after] = await Promise.all([
    datasetAtVersion(services, head, fromVersion),
    datasetAtVersion(services, head, toVersion),
  ]);
  return { from: fromVersion, to: toVersion, changes: diffDatasets(before, after) };
}
