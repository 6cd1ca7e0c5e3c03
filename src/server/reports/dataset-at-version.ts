/**
 * A report's dataset as it was at `version`: the nearest earlier snapshot with the later edits replayed. For a
 * report already read and authorized by the caller (a diff, a restore).
 * @module
 */
import { applyDatasetChanges, type DatasetChange } from "../../core/dataset/dataset-diff.ts";
import { notFound } from "../app-error.ts";
import type { Services } from "../services/services.ts";

export async function datasetAtVersion(
  services: Services,
  report: { id: string; version: number },
  version: number,
): Promise<unknown> {
  if (!Number.isInteger(version) || version < 1 || version > report.version) throw notFound(`第 ${version} 版`);
  const [snapshot, ...edits] = await services.reports.versionsForReplay(report.id, version);
  if (!snapshot?.dataset) throw notFound(`第 ${version} 版`);
  return edits.reduce<unknown>(
    (dataset, edit) => applyDatasetChanges(dataset, JSON.parse(edit.changes) as DatasetChange[]),
    JSON.parse(snapshot.dataset),
  );
}
