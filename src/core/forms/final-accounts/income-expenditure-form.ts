/**
 * 收入支出决算总表 (公开01表) as a `Form`: income lines on the left, expenditure lines on the right (by nature —
 * 基本支出, 项目支出 … — or, when the dataset has none, by function class), 本年收入合计 / 本年支出合计 summed from
 * the lines, 年初结转和结余 / 年末结转和结余 where stated, and 收入总计 / 支出总计 as their sums.
 * @module
 */
import type { Dataset, FinalAccounts } from "../../dataset/schema.ts";
import { type Fen } from "../../money/fen.ts";
import { type Form, type FormCell, headerCell, textCell } from "../form.ts";
import { amountCell, fenOf, scheduleForm, sumPresent } from "./schedule-form.ts";

export const INCOME_EXPENDITURE_FORM_NAME = "收入支出决算总表";

interface Line {
  name: string;
  amount: Fen | null;
  emphasis?: boolean;
}

/** The form, or null when the accounts have neither income nor expenditure lines. */
export function buildIncomeExpenditureForm(dataset: Dataset, accounts: FinalAccounts): Form | null {
  const income: Line[] = (accounts.income?.items ?? []).map((i) => ({ name: i.name, amount: fenOf(i.amount) }));
  const spendingItems = accounts.expenditure?.items ?? [];
  const spending = spendingItems.length > 0 ? spendingItems : (accounts.expenditure?.byClass ?? []);
  const expenditure: Line[] = spending.map((i) => ({ name: i.name, amount: fenOf(i.amount) }));
  if (income.length === 0 && expenditure.length === 0) return null;

  const incomeTotal = sumPresent(income.map((l) => l.amount));
  const spendingTotal = sumPresent(expenditure.map((l) => l.amount));
  const opening = fenOf(accounts.income?.openingCarryOver?.amount);
  const closing = fenOf(accounts.expenditure?.closingCarryOver?.amount);
  const incomeSide: Line[] = [...income, { name: "本年收入合计", amount: incomeTotal, emphasis: true }];
  const spendingSide: Line[] = [...expenditure, { name: "本年支出合计", amount: spendingTotal, emphasis: true }];
  // Both sides end on the same row, as the printed form has them.
  while (incomeSide.length < spendingSide.length)
    incomeSide.splice(incomeSide.length - 1, 0, { name: "", amount: null });
  while (spendingSide.length < incomeSide.length)
    spendingSide.splice(spendingSide.length - 1, 0, { name: "", amount: null });
  if (opening !== null || closing !== null) {
    incomeSide.push({ name: "年初结转和结余", amount: opening });
    spendingSide.push({ name: "年末结转和结余", amount: closing });
  }
  const grandIncome = incomeTotal === null ? null : incomeTotal + (opening ?? 0);
  const grandSpending = spendingTotal === null ? null : spendingTotal + (closing ?? 0);
  incomeSide.push({ name: "收入总计", amount: grandIncome, emphasis: true });
  spendingSide.push({ name: "支出总计", amount: grandSpending, emphasis: true });

  const rows: FormCell[][] = [
    [headerCell("收入", { colSpan: 2 }), headerCell("支出", { colSpan: 2 })],
    [headerCell("项目"), headerCell("决算数"), headerCell("项目"), headerCell("决算数")],
    ...incomeSide.map((line, i) => [...lineCells(line), ...lineCells(spendingSide[i])]),
  ];
  return scheduleForm(dataset, {
    name: INCOME_EXPENDITURE_FORM_NAME,
    columnWidths: [34, 16, 34, 16],
    headerRows: 2,
    rows,
  });
}

function lineCells(line: Line | undefined): FormCell[] {
  if (!line) return [textCell(""), textCell("")];
  const label = line.emphasis ? headerCell(line.name) : textCell(line.name, { align: "left" });
  return [label, amountCell(line.amount, line.emphasis ?? false)];
}
