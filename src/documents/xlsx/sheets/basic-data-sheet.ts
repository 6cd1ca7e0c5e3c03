/**
 * 基础数据表 as a sheet: 财政供养人员情况 (编制数, 实际在职人数, 控制率 = 在职 ÷ 编制, "—" without 编制) and
 * 经费控制情况 (上年决算数, 本年预算数, 本年决算数 per row, as the unit filled them), then 厉行节约保障措施.
 * @module
 */
import type { Workbook } from "exceljs";
import type { BasicData, Dataset } from "../../../core/dataset/schema.ts";
import { wanToFen } from "../../../core/money/fen.ts";
import { percentOf } from "../../../core/numbers/decimal.ts";
import type { RuleProfile } from "../../../core/profiles/profile-schema.ts";
import { count, money, percent } from "../figure.ts";
import { figureCell, type SheetCell, textCell } from "../sheet-cell.ts";
import { writeFormSheet } from "../write-form-sheet.ts";

const COLUMN_WIDTHS = [36, 16, 16, 16] as const;

export function writeBasicDataSheet(
  workbook: Workbook,
  sheetName: string,
  dataset: Dataset,
  basicData: BasicData,
  profile: RuleProfile,
): void {
  const rows: SheetCell[][] = [...staffRows(basicData, profile), ...fundRows(basicData)];
  if (basicData.frugalityMeasures !== undefined) {
    rows.push([
      textCell("厉行节约保障措施", { bold: true }),
      textCell(basicData.frugalityMeasures, { colSpan: 3, align: "left" }),
    ]);
  }
  writeFormSheet(workbook, {
    sheetName,
    title: `基础数据表（${dataset.year}年度）`,
    caption: { unit: dataset.unit?.name ?? "", amountUnit: "万元" },
    columnWidths: COLUMN_WIDTHS,
    rows,
    headerRows: 0,
    landscape: false,
  });
}

function staffRows(basicData: BasicData, profile: RuleProfile): SheetCell[][] {
  const staff = basicData.staff;
  if (!staff) return [];
  const { authorized, inService } = staff;
  const rate =
    authorized === undefined || inService === undefined
      ? textCell("")
      : figureCell(percent(percentOf(inService, authorized), profile.rounding.rateDecimals));
  const number = (n: number | undefined) => (n === undefined ? textCell("") : figureCell(count(n)));
  return [
    [
      textCell("财政供养人员情况", { rowSpan: 2, bold: true }),
      textCell("编制数", { bold: true }),
      textCell("实际在职人数", { bold: true }),
      textCell("控制率", { bold: true }),
    ],
    [number(authorized), number(inService), rate],
  ];
}

function fundRows(basicData: BasicData): SheetCell[][] {
  if (basicData.funds.length === 0) return [];
  const amount = (text: string | undefined) =>
    text === undefined ? textCell("") : figureCell(money(wanToFen(text)), { align: "right" });
  return [
    [
      textCell("经费控制情况", { bold: true }),
      textCell("上年决算数", { bold: true }),
      textCell("本年预算数", { bold: true }),
      textCell("本年决算数", { bold: true }),
    ],
    ...basicData.funds.map((row) => [
      textCell(row.item, { align: "left" }),
      amount(row.priorFinal),
      amount(row.budget),
      amount(row.final),
    ]),
  ];
}
