/**
 * The row a cut runs through. A table marked `incomplete` stops somewhere; where it stops inside an indicator row
 * (a page that ends after "★种植作物成活率 10 9"), that row's later cells — 指标值, 完成值, the reason — may be in the
 * part not printed. Its blanks are then not the unit's: no check faults that row for a blank value or reason.
 * @module
 */
import type { EvaluationTable } from "../dataset/schema.ts";

const blank = (text: string | undefined) => (text ?? "").trim() === "";

/**
 * Whether indicator `i` is the last row of a table printed incompletely and stops short of its end: some of its
 * 指标值, 完成值 or reason is blank, as the cells after a cut are.
 */
export function isCutIndicatorRow(table: EvaluationTable, i: number): boolean {
  if (!table.incomplete || i !== table.indicators.length - 1) return false;
  const row = table.indicators[i];
  return row !== undefined && (blank(row.target) || blank(row.actual) || blank(row.reason));
}
