/**
 * 四、财政拨款收入支出决算总体情况说明 (with 图4): "2023年度财政拨款收、支总计各874.05万元。与2022年相比，财政拨款收、
 * 支总计各减少3.42万元，下降0.39%。" — seed 004 dropped the verb 减少 here.
 * @module
 */

import { compareWithPrior, hasChange } from "./compare-with-prior.ts";
import { type FinalAccountsBlock, note, paragraph } from "./final-accounts-blocks.ts";
import { type FinalAccountsContext, fenOf } from "./final-accounts-context.ts";
import { narrativeReason } from "./unit-narrative.ts";
import { showAmountWithUnit } from "../../display/show-number.ts";

const SECTION = /^\S{1,3}[、.．]\s*财政拨款收入支出决算总体/;

/** The paragraph of section 四. */
export function describeFiscalAppropriation(context: FinalAccountsContext): FinalAccountsBlock[] {
  const fiscal = context.accounts.fiscalAppropriation;
  if (!fiscal) return [note("（数据中未提供财政拨款收、支总计。）")];
  const current = fenOf(fiscal.amount) ?? 0;
  const prior = fenOf(fiscal.prior);
  let text = `${context.year}年度财政拨款收、支总计各${showAmountWithUnit(current)}。`;
  text += compareWithPrior({
    subject: "财政拨款收、支总计各",
    current,
    prior,
    year: context.year,
    priorYear: context.priorYear,
  });
  if (hasChange(current, prior)) text += narrativeReason(context.dataset, { section: SECTION }) ?? "";
  return [paragraph(text)];
}
