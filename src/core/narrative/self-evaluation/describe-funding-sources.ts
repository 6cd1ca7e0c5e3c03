/**
 * Where the money of an evaluation table came from, from its 其中 rows (财政资金, 财政专户管理资金, 单位资金,
 * 其他资金 on the 四川 form; 一般公共预算 … on the 湖南 one): only the sources that had money are named.
 * @module
 */
import type { ExecutionRow } from "../../dataset/schema.ts";
import { wanToFen } from "../../money/fen.ts";
import { showAmountWithUnit } from "../../display/show-number.ts";

/** "按资金来源分，财政资金执行148.00万元。" — "" when no 其中 row has an amount other than 0. */
export function describeFundingSources(rows: readonly ExecutionRow[]): string {
  const clauses = rows.flatMap((row) => {
    if (row.role !== "part" || row.source === undefined) return [];
    const label = row.label.replace(/^其中[:：]\s*/, "").trim();
    const executed = row.executed === undefined ? null : wanToFen(row.executed);
    const budget = row.adjusted ?? row.initial;
    if (executed !== null && executed !== 0) return [`${label}执行${showAmountWithUnit(executed)}`];
    if (executed === null && budget !== undefined && wanToFen(budget) !== 0)
      return [`${label}预算${showAmountWithUnit(wanToFen(budget))}`];
    return [];
  });
  return clauses.length === 0 ? "" : `按资金来源分，${clauses.join("，")}。`;
}
