/**
 * Which parts of a self-evaluation table marked `incomplete` were printed whole. The form runs 预算执行 → 年度目标 →
 * 绩效指标 → 总分; a page that stops in the indicators (`incompleteFrom: "indicators"`) or in the goals (`"goals"`)
 * leaves the budget block above it whole, so its sums and its budget score are checked as on any table. Without
 * `incompleteFrom` the cut may be anywhere: nothing of the table is summed.
 * @module
 */
import type { EvaluationTable } from "../dataset/schema.ts";

/** Whether the table's 预算执行 block is printed whole, so that its rows may be summed and its total checked. */
export function isExecutionBlockWhole(table: EvaluationTable): boolean {
  return !table.incomplete || table.incompleteFrom !== undefined;
}
