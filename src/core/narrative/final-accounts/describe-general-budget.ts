/**
 * 五、一般公共预算财政拨款支出决算情况说明 — （一）总体情况 (with 图5): the amount, its share of 本年支出合计 and the change
 * against last year; （二）结构情况 (with 图6): the amount by 功能分类 类 with shares, and a note where the classes do not
 * add up to the total.
 * @module
 */
import { shareOfText } from "../phrases.ts";
import { compareWithPrior, hasChange } from "./compare-with-prior.ts";
import { expenditureTotal } from "./describe-expenditure.ts";
import { type FinalAccountsBlock, note, paragraph } from "./final-accounts-blocks.ts";
import { type FinalAccountsContext, fenOf } from "./final-accounts-context.ts";
import { generalBudgetClasses } from "./general-budget-classes.ts";
import { partsWithShares } from "./part-list.ts";
import { narrativeReason } from "./unit-narrative.ts";
import { showAmountWithUnit } from "../../display/show-number.ts";

const OVERALL = /一般公共预算财政拨款支出决算总体/;
const MISSING = note("（数据中未提供一般公共预算财政拨款支出。）");

/** （一）总体情况. */
export function describeGeneralBudgetOverall(context: FinalAccountsContext): FinalAccountsBlock[] {
  const budget = context.accounts.generalBudget;
  if (!budget) return [MISSING];
  const current = fenOf(budget.amount) ?? 0;
  const prior = fenOf(budget.prior);
  const total = expenditureTotal(context);
  let text = `${context.year}年度一般公共预算财政拨款支出${showAmountWithUnit(current)}`;
  text += total === undefined ? "。" : `，${shareOfText(current, total, "本年支出合计")}。`;
  text += compareWithPrior({
    subject: "一般公共预算财政拨款支出",
    current,
    prior,
    year: context.year,
    priorYear: context.priorYear,
  });
  if (hasChange(current, prior)) text += narrativeReason(context.dataset, { section: OVERALL }) ?? "";
  return [paragraph(text)];
}

/** （二）结构情况: the non-zero classes with their shares of the general budget. */
export function describeGeneralBudgetStructure(context: FinalAccountsContext): FinalAccountsBlock[] {
  const budget = context.accounts.generalBudget;
  if (!budget) return [MISSING];
  const amount = fenOf(budget.amount) ?? 0;
  const classes = generalBudgetClasses(context);
  const listed = partsWithShares(classes, amount);
  const blocks: FinalAccountsBlock[] = [
    paragraph(
      `${context.year}年度一般公共预算财政拨款支出${showAmountWithUnit(amount)}${listed === "" ? "。" : `，主要用于以下方面：${listed}。`}`,
    ),
  ];
  // Classes that do not add up to the total are SUM-PARTS's finding, never a note in the public text.
  blocks.push(note("（注：数据来源于财决01-1表，仅列示本部门涉及的功能分类科目，至类级。）"));
  return blocks;
}
