/**
 * Changes the named fields of one indicator (null removes a field) and saves the dataset if the indicator is still
 * valid. Only the indicator is validated (the rest of the dataset was valid and has not changed), and the new
 * dataset shares every unchanged part with the old one — so the cost of an edit does not grow with the dataset, and
 * the diff skips the shared parts at once.
 * @module
 */
import type { ReportHead } from "../../storage/reports-repository.ts";
import { notFound } from "../app-error.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { editReportDataset } from "./edit-report-dataset.ts";
import { describeTable, indicatorsOf, type TableRef, tablePath, withIndicator } from "./indicator-table.ts";
import type { WrittenDataset } from "./report-writes.ts";
import { requireValidIndicator } from "./require-valid-dataset.ts";

export interface UpdateIndicatorOptions {
  actor: Actor;
  reportId: string;
  table: TableRef;
  /** The indicator's row in its table, from 0. */
  index: number;
  /** The version the page edited. */
  version: number;
  /** The fields to set; null removes one. */
  fields: Record<string, unknown>;
  prefetched?: ReportHead | undefined;
}

export async function updateIndicator(services: Services, options: UpdateIndicatorOptions): Promise<WrittenDataset> {
  const { table, index } = options;
  return editReportDataset(services, {
    ...options,
    change: (before) => {
      const indicator = indicatorsOf(before, table)?.[index];
      if (!indicator) throw notFound(`指标 ${describeTable(table)}第 ${index + 1} 行`);
      const changed: Record<string, unknown> = { ...indicator };
      for (const [key, value] of Object.entries(options.fields)) {
        if (value === null) delete changed[key];
        else changed[key] = value;
      }
      const valid = requireValidIndicator(changed, [...tablePath(table), "evaluation", "indicators", index]);
      return withIndicator(before, table, index, valid);
    },
  });
}
