/**
 * 八、政府性基金预算支出决算情况说明 and 九、国有资本经营预算支出决算情况说明: one sentence each, "无…支出" when the
 * amount is zero rather than "0万元".
 * @module
 */

import { type FinalAccountsBlock, note, paragraph } from "./final-accounts-blocks.ts";
import { type FinalAccountsContext, fenOf } from "./final-accounts-context.ts";
import { showAmountWithUnit } from "../../display/show-number.ts";

/** Section 八. */
export function describeGovernmentFund(context: FinalAccountsContext): FinalAccountsBlock[] {
  return fundSentence(context, context.accounts.governmentFundSpending, "政府性基金预算财政拨款支出");
}

/** Section 九. */
export function describeStateCapital(context: FinalAccountsContext): FinalAccountsBlock[] {
  return fundSentence(context, context.accounts.stateCapitalSpending, "国有资本经营预算财政拨款支出");
}

function fundSentence(context: FinalAccountsContext, wan: string | undefined, name: string): FinalAccountsBlock[] {
  const amount = fenOf(wan);
  if (amount === undefined) return [note(`（数据中未提供${name}。）`)];
  if (amount === 0) return [paragraph(`${context.unitName}${context.year}年度无${name}。`)];
  return [paragraph(`${context.year}年度${name}${showAmountWithUnit(amount)}。`)];
}
