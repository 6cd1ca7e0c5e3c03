/**
 * The small phrases every generated sentence is made of (rules.md §5.2–5.3): an amount in 万元, a share, a change
 * with the verb its sign calls for, a completion rate naming its budget base. Generated from integer 分 and exact
 * decimals, rounded half-up once here, so prose and tables print the same figures.
 * @module
 */
import { showAmountWithUnit, showPercent, showScore } from "../display/show-number.ts";
import type { Fen } from "../money/fen.ts";
import { DASH, Dec, percentOf } from "../numbers/decimal.ts";

/** "占53.66%", or "占—" when the total is zero. */
export function shareText(part: Fen, total: Fen): string {
  const share = percentOf(part, total);
  return `占${showPercent(share)}`;
}

export interface Change {
  direction: "increase" | "decrease" | "flat" | "noPrior";
  /** |current − prior| in 分. */
  amount: Fen;
  /** |change| ÷ prior × 100, null without a prior. */
  rate: Dec | null;
}

export function computeChange(current: Fen, prior: Fen | null | undefined): Change {
  if (prior === null || prior === undefined || prior === 0) {
    return { direction: "noPrior", amount: current, rate: null };
  }
  const difference = current - prior;
  if (difference === 0) return { direction: "flat", amount: 0, rate: new Dec(0) };
  return {
    direction: difference > 0 ? "increase" : "decrease",
    amount: Math.abs(difference),
    rate: new Dec(Math.abs(difference)).div(prior).times(100),
  };
}

/**
 * "减少3.42万元，下降0.39%", "增加1.84万元，增长3.73%", "持平", or "上年无此项" when there is no prior-year figure —
 * a rate on a zero base is never printed.
 */
export function changeText(current: Fen, prior: Fen | null | undefined): string {
  const change = computeChange(current, prior);
  switch (change.direction) {
    case "noPrior":
      return "上年无此项";
    case "flat":
      return "持平";
    case "increase":
      return `增加${showAmountWithUnit(change.amount)}，增长${showPercent(change.rate)}`;
    case "decrease":
      return `减少${showAmountWithUnit(change.amount)}，下降${showPercent(change.rate)}`;
  }
}

export type BudgetBase = "initial" | "adjusted";
const BASE_NAME: Record<BudgetBase, string> = { initial: "年初预算", adjusted: "调整后预算" };

/** "完成年初预算的142.24%" / "完成调整后预算的100.00%", or "预算数为0，完成率为—" for a zero budget. */
export function completionText(actual: Fen, budget: Fen, base: BudgetBase): string {
  const rate = percentOf(actual, budget);
  if (rate === null) return `${BASE_NAME[base]}数为0，完成率为${DASH}`;
  return `完成${BASE_NAME[base]}的${showPercent(rate)}`;
}

/** "大于" / "小于" / "等于" for the comparison of an actual with its budget. */
export function comparisonWord(actual: Fen, budget: Fen): "大于" | "小于" | "等于" {
  if (actual === budget) return "等于";
  return actual > budget ? "大于" : "小于";
}

/**
 * A score in 分 as self-evaluation tables print it: half-up to the profile's decimals, trailing zeros dropped
 * (9.825 → "9.8分" at 1 decimal, 10 → "10分"), so prose and table cells show the same figure.
 */
export function scoreText(score: Dec, places: number): string {
  return `${showScore(score, places, true)}分`;
}

/**
 * "占本年支出合计的100.00%": a share that names what it is a share of, or "占本年支出合计的—" when that total is zero.
 */
export function shareOfText(part: Fen, total: Fen, totalName: string): string {
  const share = percentOf(part, total);
  return `占${totalName}的${showPercent(share)}`;
}

/**
 * "完成全年预算的100.00%" for a budget whose base is named by the caller (三公 tables print one 预算数, the 全年
 * 预算), or "全年预算数为0.00万元，完成率为—" for a zero budget — the counterpart of `completionText` for bases other
 * than 年初 and 调整后, and with the zero budget's unit written out, as every amount in a 决算说明 must be.
 */
export function completionAgainstText(actual: Fen, budget: Fen, budgetName: string): string {
  const rate = percentOf(actual, budget);
  if (rate === null) return `${budgetName}数为${showAmountWithUnit(0)}，完成率为${DASH}`;
  return `完成${budgetName}的${showPercent(rate)}`;
}

/** "决算数等于预算数", "决算数大于预算数3.00万元", "决算数小于预算数0.55万元". */
export function budgetComparisonText(actual: Fen, budget: Fen): string {
  const word = comparisonWord(actual, budget);
  return word === "等于" ? "决算数等于预算数" : `决算数${word}预算数${showAmountWithUnit(Math.abs(actual - budget))}`;
}
