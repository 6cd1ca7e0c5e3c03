/**
 * The budget-adjustment sentence: when the 全年（调整后）预算数 differs from the 年初预算数 the report must say by
 * how much and why (四川 form note 2: "年中发生预算调整的（追加或调减），应单独说明理由"). The reason comes from the
 * 年度资金总额 row. A missing reason is not flagged in the text: real clean tables often leave it empty, so the audit
 * only warns (REPORT-GAP) and a 【请补充】 printed for a warning would reach the filing. A statement elsewhere in the
 * dataset that claims there was no adjustment when the figures show one is flagged, because BUDGET-ADJUSTMENT-UNSTATED
 * is an error that blocks submission (seed 001: "本年单位预算未进行预算相关事项的调整" beside 153.53 → 127.10).
 * @module
 */
import type { ExecutionRow } from "../../dataset/schema.ts";
import { wanToFen } from "../../money/fen.ts";
import { changeText } from "../phrases.ts";
import { DEPARTMENT_EXECUTION_LABELS, type ExecutionLabels } from "./describe-execution.ts";
import { flagText } from "./flag-text.ts";
import { inlineText } from "./inline-text.ts";
import { statedReason } from "./stated-reason.ts";
import { showAmountWithUnit } from "../../display/show-number.ts";

const CLAIMS_NO_ADJUSTMENT = /未(?:进行|作|做|发生)?[^，。；]{0,12}调整|无[^，。；]{0,6}调整|没有[^，。；]{0,8}调整/;

export interface BudgetAdjustmentOptions {
  labels?: ExecutionLabels;
  /** What the unit wrote about adjustments elsewhere (dataset `budget.adjustmentStatement`). */
  statement?: string;
}

/** Whether `row` shows a budget adjusted during the year (both figures given and different) with no stated reason. */
export function adjustmentLacksReason(row: ExecutionRow | undefined): boolean {
  if (row?.initial === undefined || row.adjusted === undefined) return false;
  return wanToFen(row.initial) !== wanToFen(row.adjusted) && statedReason(row.reason) === null;
}

/**
 * "全年预算数127.10万元较年初预算数153.53万元减少26.43万元，下降17.21%，调整原因：……。", "年度内未调整预算。" when
 * the two are equal, "" when either figure is missing.
 */
export function describeBudgetAdjustment(row: ExecutionRow | undefined, options: BudgetAdjustmentOptions = {}): string {
  const labels = options.labels ?? DEPARTMENT_EXECUTION_LABELS;
  if (row?.initial === undefined || row.adjusted === undefined) return "";
  const initial = wanToFen(row.initial);
  const adjusted = wanToFen(row.adjusted);
  if (initial === adjusted) return `${labels.adjusted}与${labels.initial}一致，年度内未调整预算。`;

  const change =
    initial === 0
      ? `年初未安排预算，年度中追加预算${showAmountWithUnit(adjusted)}`
      : `${labels.adjusted}${showAmountWithUnit(adjusted)}较${labels.initial}${showAmountWithUnit(initial)}${changeText(adjusted, initial)}`;
  const reason = statedReason(row.reason);
  const because = reason === null ? "" : `，调整原因：${inlineText(reason)}`;
  const statement = options.statement?.trim() ?? "";
  const contradiction =
    statement !== "" && CLAIMS_NO_ADJUSTMENT.test(statement)
      ? flagText("请核实", `预算调整说明“${inlineText(statement)}”与上述预算数不符`)
      : "";
  return `${change}${because}${contradiction}。`;
}
