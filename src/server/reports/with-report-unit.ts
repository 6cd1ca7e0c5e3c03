/**
 * The dataset with its unit name set to the report's unit's: the name printed in the documents and the published
 * PDF is the unit the report belongs to, never what an uploaded file says (凉山's data cannot be shown as another's).
 * @module
 */
import type { Dataset } from "../../core/dataset/schema.ts";

export function withReportUnit(dataset: Dataset, unitName: string): Dataset {
  return dataset.unit?.name === unitName ? dataset : { ...dataset, unit: { ...dataset.unit, name: unitName } };
}
