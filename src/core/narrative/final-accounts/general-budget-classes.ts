/**
 * The 类 of 一般公共预算财政拨款支出 with their amounts: the dataset's class lines (财决01-1), or, when it gives none,
 * its function lines added up by class. Codes missing from a class line are found by name in the code table, so a
 * class and its 项 lines meet on the same code.
 * @module
 */
import { classCodeOfName, lookupFunctionCode } from "../../classification/function-classification.ts";
import { type Fen, sumFen } from "../../money/fen.ts";
import { type FinalAccountsContext, fenOf } from "./final-accounts-context.ts";

export interface BudgetClass {
  /** "206"; undefined for a class name the table does not know. */
  code: string | undefined;
  name: string;
  amount: Fen;
}

/** Every class of the general budget, in code order (unknown codes last), zero amounts included. */
export function generalBudgetClasses(context: FinalAccountsContext): BudgetClass[] {
  const lines = context.accounts.generalBudget?.byClass ?? [];
  const classes: BudgetClass[] =
    lines.length > 0
      ? lines.map((line) => {
          const code = line.code ?? classCodeOfName(line.name);
          return { code, name: (code && lookupFunctionCode(code)?.name) || line.name, amount: fenOf(line.amount) ?? 0 };
        })
      : classesFromFunctionLines(context);
  return classes.sort((a, b) => (a.code ?? "999").localeCompare(b.code ?? "999"));
}

function classesFromFunctionLines(context: FinalAccountsContext): BudgetClass[] {
  const byCode = new Map<string, { name: string; amounts: Fen[] }>();
  for (const line of context.accounts.functionLines) {
    const code = line.code.slice(0, 3);
    const entry = byCode.get(code) ?? {
      name: lookupFunctionCode(code)?.name ?? line.className ?? `${code}类`,
      amounts: [],
    };
    entry.amounts.push(fenOf(line.amount) ?? 0);
    byCode.set(code, entry);
  }
  return [...byCode].map(([code, entry]) => ({ code, name: entry.name, amount: sumFen(entry.amounts) }));
}
