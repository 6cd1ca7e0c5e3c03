/** Replaces a report's whole dataset (a JSON import or a whole save) in exactly the version the actor names. */
import type { ReportHead } from "../../storage/reports-repository.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { editReportDataset } from "./edit-report-dataset.ts";
import type { WrittenDataset } from "./report-writes.ts";
import { requireValidDataset } from "./require-valid-dataset.ts";
import { withReportUnit } from "./with-report-unit.ts";

export interface ReplaceReportDatasetOptions {
  actor: Actor;
  reportId: string;
  version: number;
  dataset: unknown;
  reason: "edit" | "import";
  prefetched?: ReportHead | undefined;
}

export async function replaceReportDataset(
  services: Services,
  options: ReplaceReportDatasetOptions,
): Promise<WrittenDataset> {
  return editReportDataset(services, {
    ...options,
    change: (_before, head) => withReportUnit(requireValidDataset(options.dataset, head.year), head.unit_name),
  });
}
