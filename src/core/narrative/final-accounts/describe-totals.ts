/**
 * 一、收入支出决算总体情况说明 (with 图1): "2023年度收、支总计各874.05万元。与2022年相比，收、支总计各减少3.42万元，
 * 下降0.39%。" and the unit's reason for the change.
 * @module
 */

import { compareWithPrior, hasChange } from "./compare-with-prior.ts";
import { type FinalAccountsBlock, note, paragraph } from "./final-accounts-blocks.ts";
import { type FinalAccountsContext, fenOf } from "./final-accounts-context.ts";
import { narrativeReason } from "./unit-narrative.ts";
import { showAmountWithUnit } from "../../display/show-number.ts";

const SECTION = /^\S{1,3}[、.．]\s*收入支出决算总体/;

/** The paragraph of section 一 (the chart is added by the composer). */
export function describeTotals(context: FinalAccountsContext): FinalAccountsBlock[] {
  const totals = context.accounts.totals;
  if (!totals) return [note("（数据中未提供收、支总计。）")];
  const current = fenOf(totals.amount) ?? 0;
  const prior = fenOf(totals.prior);
  let text = `${context.year}年度收、支总计各${showAmountWithUnit(current)}。`;
  text += compareWithPrior({
    subject: "收、支总计各",
    current,
    prior,
    year: context.year,
    priorYear: context.priorYear,
  });
  if (hasChange(current, prior)) text += narrativeReason(context.dataset, { section: SECTION }) ?? "";
  return [paragraph(text)];
}
