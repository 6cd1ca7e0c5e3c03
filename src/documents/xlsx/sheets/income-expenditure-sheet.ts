/**
 * 收入支出决算总表 as a sheet: income lines on the left, expenditure lines on the right (by nature — 基本支出,
 * 项目支出 … — or, when the dataset has none, by function class), 本年收入合计 / 本年支出合计, and 收入总计 /
 * 支出总计 when the dataset states them. A total the dataset gives is printed as given (the audit compares it with
 * its parts); a missing one is the sum of the lines, in 分.
 * @module
 */
import type { Workbook } from "exceljs";
import type { Dataset, FinalAccounts } from "../../../core/dataset/schema.ts";
import { type Fen, sumFen, wanToFen } from "../../../core/money/fen.ts";
import { money } from "../figure.ts";
import { figureCell, type SheetCell, textCell } from "../sheet-cell.ts";
import { writeFormSheet } from "../write-form-sheet.ts";

const COLUMN_WIDTHS = [34, 16, 34, 16] as const;

interface Line {
  name: string;
  amount?: string | undefined;
}

export function writeIncomeExpenditureSheet(
  workbook: Workbook,
  sheetName: string,
  dataset: Dataset,
  accounts: FinalAccounts,
): void {
  const income: Line[] = accounts.income?.items ?? [];
  const expenditureItems = accounts.expenditure?.items ?? [];
  const expenditure: Line[] = expenditureItems.length > 0 ? expenditureItems : (accounts.expenditure?.byClass ?? []);
  const length = Math.max(income.length, expenditure.length);
  const body = Array.from({ length }, (_, i) => [...lineCells(income[i]), ...lineCells(expenditure[i])]);
  const rows: SheetCell[][] = [
    [textCell("收入", { colSpan: 2, bold: true }), textCell("支出", { colSpan: 2, bold: true })],
    [
      textCell("项目", { bold: true }),
      textCell("决算数", { bold: true }),
      textCell("项目", { bold: true }),
      textCell("决算数", { bold: true }),
    ],
    ...body,
    [
      textCell("本年收入合计", { bold: true }),
      totalCell(accounts.income?.total, income),
      textCell("本年支出合计", { bold: true }),
      totalCell(accounts.expenditure?.total, expenditure),
    ],
  ];
  if (accounts.totals) {
    const grand = figureCell(money(wanToFen(accounts.totals.amount)), { align: "right", bold: true });
    rows.push([textCell("收入总计", { bold: true }), grand, textCell("支出总计", { bold: true }), grand]);
  }
  writeFormSheet(workbook, {
    sheetName,
    title: `收入支出决算总表（${dataset.year}年度）`,
    caption: { unit: dataset.unit?.name ?? "", amountUnit: "万元" },
    columnWidths: COLUMN_WIDTHS,
    rows,
    headerRows: 2,
    landscape: false,
  });
}

function lineCells(line: Line | undefined): SheetCell[] {
  if (!line) return [textCell(""), textCell("")];
  return [
    textCell(line.name, { align: "left" }),
    line.amount === undefined ? textCell("") : figureCell(money(wanToFen(line.amount)), { align: "right" }),
  ];
}

function totalCell(given: string | undefined, lines: readonly Line[]): SheetCell {
  if (given !== undefined) return figureCell(money(wanToFen(given)), { align: "right", bold: true });
  const amounts = lines.map((line) => line.amount).filter((amount): amount is string => amount !== undefined);
  if (amounts.length === 0) return textCell("");
  const total: Fen = sumFen(amounts.map(wanToFen));
  return figureCell(money(total), { align: "right", bold: true });
}
