/**
 * 一般公共预算财政拨款基本支出决算表 (公开08表) as a `Form`: 人员经费 and 公用经费, 合计 summed from the two.
 * @module
 */
import type { Dataset, FinalAccounts } from "../../dataset/schema.ts";
import { type Form, headerCell, textCell } from "../form.ts";
import { amountCell, fenOf, scheduleForm, sumPresent } from "./schedule-form.ts";

export const BASIC_SPENDING_FORM_NAME = "一般公共预算财政拨款基本支出决算表";

/** The form, or null when the accounts have no 基本支出 split. */
export function buildBasicSpendingForm(dataset: Dataset, accounts: FinalAccounts): Form | null {
  const basic = accounts.basicSpending;
  if (!basic || (basic.personnel === undefined && basic.public === undefined)) return null;
  const personnel = fenOf(basic.personnel);
  const publicFunds = fenOf(basic.public);
  const total = personnel !== null && publicFunds !== null ? sumPresent([personnel, publicFunds]) : null;
  return scheduleForm(dataset, {
    name: BASIC_SPENDING_FORM_NAME,
    columnWidths: [40, 16],
    headerRows: 1,
    rows: [
      [headerCell("项目"), headerCell("决算数")],
      [headerCell("合计"), amountCell(total, true)],
      [textCell("人员经费", { align: "left" }), amountCell(personnel)],
      [textCell("公用经费", { align: "left" }), amountCell(publicFunds)],
    ],
  });
}
