/**
 * 十（一）机关运行经费支出情况: "2023年度，凉山州科学技术协会机关运行经费支出51.17万元。与2022年相比，机关运行经费增加
 * 1.84万元，增长3.73%。" (seed 004 printed 37.3%).
 * @module
 */
import { completionAgainstText } from "../phrases.ts";
import { compareWithPrior, hasChange } from "./compare-with-prior.ts";
import { type FinalAccountsBlock, note, paragraph } from "./final-accounts-blocks.ts";
import { type FinalAccountsContext, fenOf } from "./final-accounts-context.ts";
import { narrativeReason } from "./unit-narrative.ts";
import { showAmountWithUnit } from "../../display/show-number.ts";

/** The paragraph of 十（一）. */
export function describeOperatingCosts(context: FinalAccountsContext): FinalAccountsBlock[] {
  const costs = context.accounts.operatingCosts;
  if (!costs) return [note("（数据中未提供机关运行经费。）")];
  const current = fenOf(costs.amount) ?? 0;
  const prior = fenOf(costs.prior);
  const budget = fenOf(costs.budget);
  let text = `${context.year}年度，${context.unitName}机关运行经费支出${showAmountWithUnit(current)}`;
  text += budget === undefined ? "。" : `，${completionAgainstText(current, budget, "全年预算")}。`;
  text += compareWithPrior({
    subject: "机关运行经费",
    current,
    prior,
    year: context.year,
    priorYear: context.priorYear,
  });
  if (hasChange(current, prior)) text += narrativeReason(context.dataset, { section: /机关运行经费/ }) ?? "";
  return [paragraph(text)];
}
