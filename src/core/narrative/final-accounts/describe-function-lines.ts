/**
 * 五（三）一般公共预算财政拨款支出决算具体情况: the total against its budgets, then every 类/款/项 line — "1.科学技术支出
 * （206类）科学技术普及（07款）机构运行（01项）：支出决算为296.11万元（基本支出），完成调整后预算的100.00%，决算数等于预算数。"
 *
 * None is left out: a class the general budget has but the function lines lack (seed 004 dropped 221 住房保障支出)
 * is listed with its amount and the statement that its 款/项 detail is not provided. Lines that do not add up to their
 * class get no note here: a rounding note is the audit's (SUM-PARTS), never public text.
 * @module
 */
import type { FunctionLine } from "../../dataset/schema.ts";
import type { Fen } from "../../money/fen.ts";
import { budgetComparisonText, completionAgainstText, completionText } from "../phrases.ts";
import { type FinalAccountsBlock, note, paragraph } from "./final-accounts-blocks.ts";
import { type FinalAccountsContext, fenOf } from "./final-accounts-context.ts";
import { functionSubject } from "./function-subject.ts";
import { type BudgetClass, generalBudgetClasses } from "./general-budget-classes.ts";
import { showAmountWithUnit } from "../../display/show-number.ts";

const NATURE = { basic: "基本支出", project: "项目支出" } as const;

/** The blocks of 五（三）. */
export function describeFunctionLines(context: FinalAccountsContext): FinalAccountsBlock[] {
  const budget = context.accounts.generalBudget;
  const lines = context.accounts.functionLines;
  if (!budget && lines.length === 0) return [note("（数据中未提供一般公共预算财政拨款支出明细。）")];
  const blocks: FinalAccountsBlock[] = [];
  if (budget) blocks.push(paragraph(overallSentence(context)));

  let number = 0;
  for (const group of classGroups(context)) {
    if (group.lines.length === 0) {
      if (group.budgetClass && group.budgetClass.amount !== 0) {
        number++;
        const subject = group.code ? functionSubject(group.code) : group.budgetClass.name;
        blocks.push(
          paragraph(
            `${number}.${subject}：支出决算为${showAmountWithUnit(group.budgetClass.amount)}，数据中未提供该类的款、项明细。`,
          ),
        );
      }
      continue;
    }
    for (const line of group.lines) {
      number++;
      blocks.push(paragraph(`${number}.${lineSentence(line)}`));
    }
    // Lines that do not add up to their class (seed 004's 210: 21.87 beside 21.88) are SUM-PARTS's finding for the
    // preparer; the public text prints no rounding note.
  }
  return blocks;
}

/** "2023年度一般公共预算财政拨款支出决算数为874.05万元，年初预算数为614.51万元，完成年初预算的142.24%。具体情况如下：" */
function overallSentence(context: FinalAccountsContext): string {
  const budget = context.accounts.generalBudget;
  const amount = fenOf(budget?.amount) ?? 0;
  let text = `${context.year}年度一般公共预算财政拨款支出决算数为${showAmountWithUnit(amount)}`;
  const initial = fenOf(budget?.initialBudget);
  const adjusted = fenOf(budget?.adjustedBudget);
  if (initial !== undefined)
    text += `，年初预算数为${showAmountWithUnit(initial)}，${completion(amount, initial, "initial")}`;
  if (adjusted !== undefined)
    text += `，调整后预算数为${showAmountWithUnit(adjusted)}，${completion(amount, adjusted, "adjusted")}`;
  return `${text}。具体情况如下：`;
}

function lineSentence(line: FunctionLine): string {
  const amount = fenOf(line.amount) ?? 0;
  const subject = functionSubject(line.code, line);
  const nature = line.nature ? `（${NATURE[line.nature]}）` : "";
  const adjusted = fenOf(line.adjustedBudget);
  const initial = fenOf(line.initialBudget);
  const budget = adjusted ?? initial;
  let text = `${subject}：支出决算为${showAmountWithUnit(amount)}${nature}`;
  if (budget === undefined) return `${text}，预算数未提供。`;
  text += `，${completion(amount, budget, adjusted !== undefined ? "adjusted" : "initial")}，${budgetComparisonText(amount, budget)}`;
  const reason = line.reason?.trim().replace(/[。.]+$/, "");
  if (amount !== budget && reason) text += `，主要原因是${reason.replace(/^主要原因[是为：:]?/, "")}`;
  return `${text}。`;
}

const BASE_NAME = { initial: "年初预算", adjusted: "调整后预算" } as const;

/** "完成调整后预算的100.00%", or for a zero budget "调整后预算数为0.00万元，完成率为—" with the unit written out. */
function completion(amount: Fen, budget: Fen, base: keyof typeof BASE_NAME): string {
  return budget === 0 ? completionAgainstText(amount, budget, BASE_NAME[base]) : completionText(amount, budget, base);
}

interface ClassGroup {
  code: string | undefined;
  budgetClass: BudgetClass | undefined;
  lines: FunctionLine[];
}

/** The classes of the general budget and of the function lines together, in code order, each with its lines. */
function classGroups(context: FinalAccountsContext): ClassGroup[] {
  const classes = context.accounts.generalBudget ? generalBudgetClasses(context) : [];
  const groups = new Map<string, ClassGroup>();
  const unnamed: ClassGroup[] = [];
  for (const budgetClass of classes) {
    if (budgetClass.code === undefined) unnamed.push({ code: undefined, budgetClass, lines: [] });
    else groups.set(budgetClass.code, { code: budgetClass.code, budgetClass, lines: [] });
  }
  for (const line of context.accounts.functionLines) {
    const code = line.code.slice(0, 3);
    const group = groups.get(code) ?? { code, budgetClass: undefined, lines: [] };
    group.lines.push(line);
    groups.set(code, group);
  }
  const sorted = [...groups.values()].sort((a, b) => (a.code ?? "").localeCompare(b.code ?? ""));
  for (const group of sorted) group.lines.sort((a, b) => a.code.localeCompare(b.code));
  return [...sorted, ...unnamed];
}
