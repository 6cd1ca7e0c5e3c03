/**
 * 收入决算表 (公开02表) as a `Form`: 合计 summed from the income lines, then every line (一般公共预算财政拨款收入,
 * 政府性基金…, 上级补助收入, 事业收入, 经营收入, 附属单位上缴收入, 其他收入) as the 决算说明 states them.
 * @module
 */
import type { Dataset, FinalAccounts } from "../../dataset/schema.ts";
import { type Form, headerCell, textCell } from "../form.ts";
import { amountCell, fenOf, scheduleForm, sumPresent } from "./schedule-form.ts";

export const INCOME_FORM_NAME = "收入决算表";

/** The form, or null when the accounts list no income lines. */
export function buildIncomeForm(dataset: Dataset, accounts: FinalAccounts): Form | null {
  const items = accounts.income?.items ?? [];
  if (items.length === 0) return null;
  const total = sumPresent(items.map((item) => fenOf(item.amount)));
  return scheduleForm(dataset, {
    name: INCOME_FORM_NAME,
    columnWidths: [40, 16],
    headerRows: 1,
    rows: [
      [headerCell("项目"), headerCell("本年收入")],
      [headerCell("合计"), amountCell(total, true)],
      ...items.map((item) => [textCell(item.name, { align: "left" }), amountCell(fenOf(item.amount))]),
    ],
  });
}
