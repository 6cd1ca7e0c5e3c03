/**
 * The three 决算公开 附表 by 功能分类: 支出决算表 (公开03表, every fund), 一般公共预算财政拨款支出决算表 (06表) and
 * 一般公共预算财政拨款项目支出决算表 (09表, the 项目支出 lines), on the rows of `functionClassRows`.
 *
 * The 支出决算表 covers every fund, but the dataset has classes for 一般公共预算 only: it is built from them when the
 * unit's whole spending is 一般公共预算财政拨款支出 (凉山: 874.05 = 874.05) or from `expenditure.byClass` when stated,
 * and not at all otherwise — never from figures that are not the unit's.
 * @module
 */
import type { Dataset, FinalAccounts } from "../../dataset/schema.ts";
import { wanToFen } from "../../money/fen.ts";
import type { Form } from "../form.ts";
import { functionClassRows } from "./function-class-rows.ts";
import { scheduleForm } from "./schedule-form.ts";

export const EXPENDITURE_FORM_NAMES = {
  expenditure: "支出决算表",
  generalBudget: "一般公共预算财政拨款支出决算表",
  project: "一般公共预算财政拨款项目支出决算表",
} as const;

const WIDTHS = [14, 40, 16, 16, 16] as const;
const PROJECT_WIDTHS = [16, 56, 20] as const;

export function buildExpenditureForm(dataset: Dataset, accounts: FinalAccounts): Form | null {
  const total = accounts.expenditure?.total;
  const general = accounts.generalBudget?.amount;
  const allGeneral = total !== undefined && general !== undefined && wanToFen(total) === wanToFen(general);
  const stated = accounts.expenditure?.byClass ?? [];
  const source: FinalAccounts | null = allGeneral
    ? accounts
    : stated.length > 0
      ? { ...accounts, functionLines: [], generalBudget: { amount: total ?? "0", byClass: stated } }
      : null;
  const built = source ? functionClassRows(source) : null;
  if (!built) return null;
  return scheduleForm(dataset, {
    name: EXPENDITURE_FORM_NAMES.expenditure,
    columnWidths: WIDTHS,
    headerRows: 2,
    rows: built.rows,
    notes: built.notes,
  });
}

export function buildGeneralBudgetForm(dataset: Dataset, accounts: FinalAccounts): Form | null {
  const built = functionClassRows(accounts);
  if (!built) return null;
  return scheduleForm(dataset, {
    name: EXPENDITURE_FORM_NAMES.generalBudget,
    columnWidths: WIDTHS,
    headerRows: 2,
    rows: built.rows,
    notes: built.notes,
  });
}

export function buildProjectSpendingForm(dataset: Dataset, accounts: FinalAccounts): Form | null {
  if (!accounts.functionLines.some((line) => line.nature === "project")) return null;
  const built = functionClassRows(accounts, (line) => line.nature === "project", "projectOnly");
  if (!built) return null;
  return scheduleForm(dataset, {
    name: EXPENDITURE_FORM_NAMES.project,
    columnWidths: PROJECT_WIDTHS,
    headerRows: 1,
    rows: built.rows,
    notes: built.notes,
  });
}
