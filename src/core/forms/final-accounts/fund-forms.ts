/**
 * The 附表 of the funds a 科协 rarely has: 政府性基金预算财政拨款收入支出决算表 (公开10表), 国有资本经营预算财政拨款
 * 收入支出决算表 (11表) and 国有资本经营预算财政拨款支出决算表 (12表). Each is built when the 决算说明 states the
 * fund's spending; at 0 it is the empty table the disclosure rules ask for, with the note "本表为空表".
 * @module
 */
import type { Dataset, FinalAccounts } from "../../dataset/schema.ts";
import type { Form } from "../form.ts";
import { headerCell } from "../form.ts";
import { amountCell, fenOf, scheduleForm } from "./schedule-form.ts";

export const FUND_FORM_NAMES = {
  /** The sheet name; the printed title is 政府性基金预算财政拨款收入支出决算表. */
  governmentFund: "政府性基金预算财政拨款收支决算表",
  stateCapitalIncome: "国有资本经营预算财政拨款收入支出决算表",
  stateCapital: "国有资本经营预算财政拨款支出决算表",
} as const;

/** The three forms the accounts state figures for, in the seed's order. */
export function buildFundForms(dataset: Dataset, accounts: FinalAccounts): Form[] {
  const income = (source: string) => fenOf(accounts.income?.items.find((i) => i.source === source)?.amount);
  const forms: (Form | null)[] = [
    incomeSpendingForm(
      dataset,
      FUND_FORM_NAMES.governmentFund,
      "政府性基金预算财政拨款收入支出决算表",
      income("governmentFund"),
      accounts.governmentFundSpending,
      "政府性基金预算财政拨款收入和支出",
    ),
    incomeSpendingForm(
      dataset,
      FUND_FORM_NAMES.stateCapitalIncome,
      FUND_FORM_NAMES.stateCapitalIncome,
      income("stateCapital"),
      accounts.stateCapitalSpending,
      "国有资本经营预算财政拨款收入和支出",
    ),
    spendingForm(dataset, accounts.stateCapitalSpending),
  ];
  return forms.filter((form): form is Form => form !== null);
}

function emptyNote(dataset: Dataset, what: string, empty: boolean): string | undefined {
  return empty ? `注：本单位${dataset.year}年度无${what}，本表为空表。` : undefined;
}

function incomeSpendingForm(
  dataset: Dataset,
  name: string,
  title: string,
  incomeFen: number | null,
  spendingWan: string | undefined,
  what: string,
): Form | null {
  if (spendingWan === undefined) return null;
  const spending = fenOf(spendingWan);
  return scheduleForm(dataset, {
    name,
    title,
    columnWidths: [40, 16, 16],
    headerRows: 1,
    rows: [
      [headerCell("项目"), headerCell("本年收入"), headerCell("本年支出")],
      [headerCell("合计"), amountCell(incomeFen, true), amountCell(spending, true)],
    ],
    notes: [emptyNote(dataset, what, spending === 0 && (incomeFen ?? 0) === 0)],
  });
}

function spendingForm(dataset: Dataset, spendingWan: string | undefined): Form | null {
  if (spendingWan === undefined) return null;
  const spending = fenOf(spendingWan);
  return scheduleForm(dataset, {
    name: FUND_FORM_NAMES.stateCapital,
    columnWidths: [40, 16],
    headerRows: 1,
    rows: [
      [headerCell("项目"), headerCell("本年支出")],
      [headerCell("合计"), amountCell(spending, true)],
    ],
    notes: [emptyNote(dataset, "国有资本经营预算财政拨款支出", spending === 0)],
  });
}
