/**
 * 第三部分 名词解释, generated from the project's code tables: 财政拨款收入, then every 功能分类 科目 the unit spent
 * on (each 项 of the 具体情况 list, and each class listed without detail) with its "反映…" description, then the
 * general terms — "三公"经费 with 因公出国（境）费 included, which seed 004 left out.
 * @module
 */

import { type TermId, termById } from "../../classification/definitions.ts";
import { lookupFunctionCode } from "../../classification/function-classification.ts";
import { type FinalAccountsBlock, paragraph } from "./final-accounts-blocks.ts";
import type { FinalAccountsContext } from "./final-accounts-context.ts";
import { functionSubject } from "./function-subject.ts";
import { generalBudgetClasses } from "./general-budget-classes.ts";

const LEADING_TERMS: readonly TermId[] = ["fiscalAppropriationIncome"];
const TRAILING_TERMS: readonly TermId[] = [
  "basicSpending",
  "projectSpending",
  "personnelCosts",
  "publicCosts",
  "sangong",
  "operatingCosts",
];

/** The numbered entries of 第三部分. */
export function describeGlossary(context: FinalAccountsContext): FinalAccountsBlock[] {
  const entries: string[] = [
    ...LEADING_TERMS.map(termEntry),
    ...usedCodes(context).map((code) => codeEntry(context, code)),
    ...TRAILING_TERMS.map(termEntry),
  ];
  return entries.map((entry, i) => paragraph(`${i + 1}.${entry}`));
}

function termEntry(id: TermId): string {
  const term = termById(id);
  return `${term.term}：${term.definition}`;
}

/** "科学技术支出（206类）科学技术普及（07款）机构运行（01项）：反映科普事业单位的基本支出。" */
function codeEntry(context: FinalAccountsContext, code: string): string {
  const line = context.accounts.functionLines.find((l) => l.code === code);
  const description = lookupFunctionCode(code)?.description ?? "本系统科目表未收录该科目的说明。";
  return `${functionSubject(code, line ?? {})}：${description}`;
}

/** The function codes of the lines, and the class codes of non-zero classes that have no line, in code order. */
function usedCodes(context: FinalAccountsContext): string[] {
  const codes = new Set(context.accounts.functionLines.map((line) => line.code));
  const classesWithLines = new Set([...codes].map((code) => code.slice(0, 3)));
  for (const budgetClass of generalBudgetClasses(context)) {
    if (budgetClass.code && budgetClass.amount !== 0 && !classesWithLines.has(budgetClass.code))
      codes.add(budgetClass.code);
  }
  return [...codes].sort();
}
