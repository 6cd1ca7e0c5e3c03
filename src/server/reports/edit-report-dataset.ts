/**
 * The edit path of every change to a report's dataset (a whole save or import, one indicator, one section, one
 * table's indicators): in turn with the report's other writes in this process, the access rule on the head row first
 * (so a refused write never loads the dataset), the base dataset of the version named, then `change` — which
 * validates its part and returns the new dataset sharing every unchanged part with `before`, or throws (invalid, not
 * found) so that nothing is written — and the write.
 * @module
 */
import type { Dataset } from "../../core/dataset/schema.ts";
import type { ReportHead } from "../../storage/reports-repository.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { findEditableHead } from "./find-editable-head.ts";
import type { WrittenDataset } from "./report-writes.ts";

export interface EditReportDatasetOptions {
  actor: Actor;
  reportId: string;
  /** The version the change is based on. */
  version: number;
  /** "import" keeps the whole dataset as the version's snapshot; "edit" (default) only what changed. */
  reason?: "edit" | "import";
  prefetched?: ReportHead | undefined;
  change(before: Dataset, head: ReportHead): Dataset;
}

export async function editReportDataset(
  services: Services,
  options: EditReportDatasetOptions,
): Promise<WrittenDataset> {
  const { actor, reportId, version } = options;
  return services.reportWrites.oneAtATime(reportId, async () => {
    const head = await findEditableHead(services, {
      actor,
      reportId,
      version,
      action: "修改",
      prefetched: options.prefetched,
    });
    const before = await services.reportWrites.baseOf(head, version);
    return services.reportWrites.write({
      actor,
      head,
      before,
      dataset: options.change(before, head),
      expectedVersion: version,
      reason: options.reason ?? "edit",
    });
  });
}
