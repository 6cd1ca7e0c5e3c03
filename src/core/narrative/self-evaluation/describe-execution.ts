/**
 * The budget-execution sentence of a self-evaluation report: the three budget figures of the 年度资金总额 row, the
 * execution rate on the profile's base (湖南 and 四川: 执行数 ÷ 全年/调整后预算数, rules §2.1) and its score, and —
 * when the rate is below the profile's threshold — the reason the form asks for, or a flag where none is given.
 * Figures come from the same ExecutionScore as the table, so sentence and table cannot disagree.
 * @module
 */
import type { ExecutionRow } from "../../dataset/schema.ts";
import { wanToFen } from "../../money/fen.ts";
import { Dec, formatFixed } from "../../numbers/decimal.ts";
import type { RuleProfile } from "../../profiles/profile-schema.ts";
import type { ExecutionScore } from "../../scoring/score-types.ts";
import { scoreText } from "../phrases.ts";
import { flagText } from "./flag-text.ts";
import { inlineText } from "./inline-text.ts";
import { statedReason } from "./stated-reason.ts";
import { showAmountWithUnit } from "../../display/show-number.ts";

/** What the three budget columns are called on the form the report accompanies. */
export interface ExecutionLabels {
  initial: string;
  adjusted: string;
  executed: string;
}

/** 部门整体支出绩效自评表 (central and 湖南 forms). */
export const DEPARTMENT_EXECUTION_LABELS: ExecutionLabels = {
  initial: "年初预算数",
  adjusted: "全年预算数",
  executed: "全年执行数",
};
/** 部门预算项目支出绩效自评表 (四川 form, seed 004). */
export const PROJECT_EXECUTION_LABELS: ExecutionLabels = {
  initial: "年初预算数",
  adjusted: "调整后预算数",
  executed: "预算执行数",
};

/**
 * "年初预算数153.53万元，全年预算数127.10万元，全年执行数124.88万元，预算执行率为98.25%（全年执行数÷全年预算数），
 * 得分9.8分（分值10分）。"
 */
export function describeExecution(
  execution: ExecutionScore,
  row: ExecutionRow | undefined,
  profile: RuleProfile,
  labels: ExecutionLabels = DEPARTMENT_EXECUTION_LABELS,
): string {
  const figures: string[] = [];
  if (row?.initial !== undefined) figures.push(`${labels.initial}${showAmountWithUnit(wanToFen(row.initial))}`);
  if (row?.adjusted !== undefined) figures.push(`${labels.adjusted}${showAmountWithUnit(wanToFen(row.adjusted))}`);
  if (row?.executed !== undefined) figures.push(`${labels.executed}${showAmountWithUnit(wanToFen(row.executed))}`);
  const baseLabel = execution.base === "adjusted" ? labels.adjusted : labels.initial;
  const weight = scoreText(execution.weight, profile.rounding.indicatorDecimals);

  if (execution.budgetFen === null || execution.executedFen === null) {
    const missing = execution.budgetFen === null ? baseLabel : labels.executed;
    return `${[...figures, `未填写${missing}，无法计算预算执行率${flagText("请补充", missing)}`].join("，")}。`;
  }
  if (execution.rate === null || execution.score === null) {
    return `${[...figures, `${baseLabel}为0，预算执行率为—，本项不计分（分值${weight}）`].join("，")}。`;
  }
  const rate = formatFixed(execution.rate, profile.rounding.rateDecimals);
  const parts = [...figures, `预算执行率为${rate}%（${labels.executed}÷${baseLabel}）`];
  if (execution.rate.greaterThan(100)) parts.push("超过100%的按100%计分");
  parts.push(`得分${scoreText(execution.score, profile.rounding.indicatorDecimals)}（分值${weight}）`);
  const low = lowRateNote(execution.rate, row, profile);
  if (low !== "") parts.push(low);
  return `${parts.join("，")}。`;
}

function lowRateNote(rate: Dec, row: ExecutionRow | undefined, profile: RuleProfile): string {
  const threshold = profile.execution.reasonBelowRate;
  if (threshold === undefined || !rate.lessThan(new Dec(threshold))) return "";
  const reason = statedReason(row?.reason);
  const limit = `${threshold}%`;
  return reason === null
    ? `预算执行率低于${limit}，未说明原因${flagText("请补充", "执行率偏低的原因")}`
    : `预算执行率低于${limit}的原因：${inlineText(reason)}`;
}
