/**
 * 财政拨款收入支出决算总表 (公开04表) as a `Form`: the three kinds of 财政拨款 income (一般公共预算, 政府性基金预算,
 * 国有资本经营预算) beside their spending, 收入总计 / 支出总计 summed from the lines.
 * @module
 */
import type { Dataset, FinalAccounts } from "../../dataset/schema.ts";
import type { Fen } from "../../money/fen.ts";
import { type Form, type FormCell, headerCell, textCell } from "../form.ts";
import { amountCell, fenOf, scheduleForm, sumPresent } from "./schedule-form.ts";

export const FISCAL_FORM_NAME = "财政拨款收入支出决算总表";

/** The form, or null when the accounts state no 财政拨款收、支总计. */
export function buildFiscalForm(dataset: Dataset, accounts: FinalAccounts): Form | null {
  const fiscal = accounts.fiscalAppropriation;
  if (!fiscal) return null;
  const bySource = (source: string) => fenOf(accounts.income?.items.find((i) => i.source === source)?.amount);
  const lines: [string, Fen | null, string, Fen | null][] = [
    [
      "一般公共预算财政拨款",
      bySource("generalBudget"),
      "一般公共预算财政拨款支出",
      fenOf(accounts.generalBudget?.amount),
    ],
    [
      "政府性基金预算财政拨款",
      bySource("governmentFund"),
      "政府性基金预算财政拨款支出",
      fenOf(accounts.governmentFundSpending),
    ],
    [
      "国有资本经营预算财政拨款",
      bySource("stateCapital"),
      "国有资本经营预算财政拨款支出",
      fenOf(accounts.stateCapitalSpending),
    ],
  ];
  const income = sumPresent(lines.map((l) => l[1]));
  const spending = sumPresent(lines.map((l) => l[3]));
  const rows: FormCell[][] = [
    [headerCell("收入", { colSpan: 2 }), headerCell("支出", { colSpan: 2 })],
    [headerCell("项目"), headerCell("决算数"), headerCell("项目"), headerCell("决算数")],
    ...lines.map(([inName, inFen, outName, outFen]) => [
      textCell(inName, { align: "left" }),
      amountCell(inFen),
      textCell(outName, { align: "left" }),
      amountCell(outFen),
    ]),
    [headerCell("收入总计"), amountCell(income, true), headerCell("支出总计"), amountCell(spending, true)],
  ];
  return scheduleForm(dataset, {
    name: FISCAL_FORM_NAME,
    columnWidths: [30, 16, 30, 16],
    headerRows: 2,
    rows,
  });
}
