/**
 * 二、收入决算情况说明 (with 图2): "2023年度本年收入合计874.05万元，其中：一般公共预算财政拨款收入874.05万元，占100.00%。"
 * and the income kinds that are zero, then the source note of the official form.
 * @module
 */
import { sumFen } from "../../money/fen.ts";
import { compareWithPrior } from "./compare-with-prior.ts";
import { type FinalAccountsBlock, note, paragraph } from "./final-accounts-blocks.ts";
import { type FinalAccountsContext, fenOf } from "./final-accounts-context.ts";
import { type NamedAmount, partsWithShares, zeroPartsSentence } from "./part-list.ts";
import { showAmountWithUnit } from "../../display/show-number.ts";

/** The income items as named amounts in 分 (a blank amount counts as 0: the form lists every kind). */
export function incomeParts(context: FinalAccountsContext): NamedAmount[] {
  return (context.accounts.income?.items ?? []).map((item) => ({ name: item.name, amount: fenOf(item.amount) ?? 0 }));
}

/** The paragraph and note of section 二. */
export function describeIncome(context: FinalAccountsContext): FinalAccountsBlock[] {
  const income = context.accounts.income;
  if (!income) return [note("（数据中未提供收入决算。）")];
  const parts = incomeParts(context);
  const total = fenOf(income.total) ?? sumFen(parts.map((p) => p.amount));
  const listed = partsWithShares(parts, total);
  let text = `${context.year}年度本年收入合计${showAmountWithUnit(total)}${listed === "" ? "。" : `，其中：${listed}。`}${zeroPartsSentence(parts)}`;
  const prior = fenOf(income.prior);
  if (prior !== undefined) {
    text += compareWithPrior({
      subject: "本年收入合计",
      current: total,
      prior,
      year: context.year,
      priorYear: context.priorYear,
    });
  }
  return [paragraph(text), note("（注：数据来源于财决01表，仅列示本部门涉及的收入。）")];
}
