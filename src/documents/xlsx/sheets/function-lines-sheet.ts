/**
 * 一般公共预算财政拨款支出决算表 by function line (功能分类 类/款/项) as a sheet: a 合计 row, then every 类 and 款
 * with its subtotal and every 项 line, each split into 基本支出 and 项目支出 by the line's nature. When the lines carry
 * budgets, 年初预算数 and/or 调整后预算数 are shown too, with 完成预算 = 决算数 ÷ 调整后预算数 (年初 when no line has an
 * adjusted budget) — one base for every row, so the table cannot mix bases as seed 004's text does (142.24% on
 * 年初, 100% on 调整后).
 *
 * Subtotals are summed in 分 from the lines, so they always add up; a line without a nature counts in 合计 only, a
 * budget subtotal is shown only when every line below has that budget. When the lines do not add up to the dataset's
 * 一般公共预算财政拨款支出, a note under the table says by how much, so an incomplete list (seed 004 leaves out 221
 * 住房保障支出) is not read as the whole.
 * @module
 */
import type { Workbook } from "exceljs";
import type { Dataset, FunctionLine } from "../../../core/dataset/schema.ts";
import { type Fen, formatWan, wanToFen } from "../../../core/money/fen.ts";
import { percentOf } from "../../../core/numbers/decimal.ts";
import type { RuleProfile } from "../../../core/profiles/profile-schema.ts";
import { money, percent } from "../figure.ts";
import { figureCell, type SheetCell, textCell } from "../sheet-cell.ts";
import { writeFormSheet } from "../write-form-sheet.ts";

interface Amounts {
  total: Fen;
  basic: Fen;
  project: Fen;
  /** Null when some line below has no such budget. */
  initialBudget: Fen | null;
  adjustedBudget: Fen | null;
}

interface Entry {
  code: string;
  name: string;
  amounts: Amounts;
  /** 0 类, 1 款, 2 项: names are indented by level. */
  level: number;
}

interface Columns {
  initial: boolean;
  adjusted: boolean;
}

export function writeFunctionLinesSheet(
  workbook: Workbook,
  sheetName: string,
  dataset: Dataset,
  lines: readonly FunctionLine[],
  profile: RuleProfile,
): void {
  const columns: Columns = {
    initial: lines.some((line) => line.initialBudget !== undefined),
    adjusted: lines.some((line) => line.adjustedBudget !== undefined),
  };
  const withRate = columns.initial || columns.adjusted;
  const budgetHeaders = [...(columns.initial ? ["年初预算数"] : []), ...(columns.adjusted ? ["调整后预算数"] : [])];
  const grand = sumAmounts(lines);
  const notes = shortfallNote(grand.total, dataset.finalAccounts?.generalBudget?.amount);
  const cells = (amounts: Amounts, bold: boolean) => amountCells(amounts, columns, profile, bold);
  const rows: SheetCell[][] = [
    [
      textCell("科目编码", { rowSpan: 2, bold: true }),
      textCell("科目名称", { rowSpan: 2, bold: true }),
      ...budgetHeaders.map((text) => textCell(text, { rowSpan: 2, bold: true })),
      textCell("本年支出", { colSpan: 3, bold: true }),
      ...(withRate ? [textCell("完成预算", { rowSpan: 2, bold: true })] : []),
    ],
    [textCell("合计", { bold: true }), textCell("基本支出", { bold: true }), textCell("项目支出", { bold: true })],
    [textCell("合计", { colSpan: 2, bold: true }), ...cells(grand, true)],
    ...entries(lines).map((entry) => [
      textCell(entry.code, { align: "left" }),
      textCell(`${"　".repeat(entry.level)}${entry.name}`, { align: "left" }),
      ...cells(entry.amounts, entry.level < 2),
    ]),
  ];
  writeFormSheet(workbook, {
    sheetName,
    title: `一般公共预算财政拨款支出决算表（${dataset.year}年度）`,
    caption: { unit: dataset.unit?.name ?? "", amountUnit: "万元" },
    columnWidths: [12, 36, ...budgetHeaders.map(() => 14), 14, 14, 14, ...(withRate ? [11] : [])],
    rows,
    headerRows: 2,
    landscape: false,
    ...(notes ? { notes } : {}),
  });
}

function shortfallNote(linesTotal: Fen, generalBudget: string | undefined): string | undefined {
  if (generalBudget === undefined) return undefined;
  const stated = wanToFen(generalBudget);
  if (stated === linesTotal) return undefined;
  const gap = formatWan(Math.abs(stated - linesTotal));
  return `注：所列科目合计${formatWan(linesTotal)}万元，与一般公共预算财政拨款支出${formatWan(stated)}万元相差${gap}万元，科目不完整或有误。`;
}

/** 类, 款 and 项 rows in code order; a 类 or 款 that has lines below it gets a subtotal row. */
function entries(lines: readonly FunctionLine[]): Entry[] {
  const sorted = [...lines].sort((a, b) => a.code.localeCompare(b.code));
  const out: Entry[] = [];
  const seen = new Set<string>();
  for (const line of sorted) {
    const classCode = line.code.slice(0, 3);
    const kuanCode = line.code.slice(0, 5);
    if (line.code.length > 3 && !seen.has(classCode)) {
      seen.add(classCode);
      const members = sorted.filter((l) => l.code.startsWith(classCode));
      out.push({ code: classCode, name: line.className ?? "", amounts: sumAmounts(members), level: 0 });
    }
    if (line.code.length > 5 && !seen.has(kuanCode)) {
      seen.add(kuanCode);
      const members = sorted.filter((l) => l.code.startsWith(kuanCode));
      out.push({ code: kuanCode, name: line.kuanName ?? "", amounts: sumAmounts(members), level: 1 });
    }
    if (seen.has(line.code)) continue;
    seen.add(line.code);
    const level = line.code.length === 3 ? 0 : line.code.length === 5 ? 1 : 2;
    const name = [line.className, line.kuanName, line.xiangName][level] ?? "";
    out.push({ code: line.code, name, amounts: sumAmounts([line]), level });
  }
  return out;
}

function sumAmounts(lines: readonly FunctionLine[]): Amounts {
  const amounts: Amounts = { total: 0, basic: 0, project: 0, initialBudget: 0, adjustedBudget: 0 };
  for (const line of lines) {
    const fen = wanToFen(line.amount);
    amounts.total += fen;
    if (line.nature === "basic") amounts.basic += fen;
    if (line.nature === "project") amounts.project += fen;
    amounts.initialBudget = addBudget(amounts.initialBudget, line.initialBudget);
    amounts.adjustedBudget = addBudget(amounts.adjustedBudget, line.adjustedBudget);
  }
  return amounts;
}

function addBudget(sum: Fen | null, budget: string | undefined): Fen | null {
  return sum === null || budget === undefined ? null : sum + wanToFen(budget);
}

function amountCells(amounts: Amounts, columns: Columns, profile: RuleProfile, bold: boolean): SheetCell[] {
  const moneyCell = (fen: Fen | null) =>
    fen === null ? textCell("") : figureCell(money(fen), { align: "right", bold });
  const base = columns.adjusted ? amounts.adjustedBudget : amounts.initialBudget;
  return [
    ...(columns.initial ? [moneyCell(amounts.initialBudget)] : []),
    ...(columns.adjusted ? [moneyCell(amounts.adjustedBudget)] : []),
    moneyCell(amounts.total),
    moneyCell(amounts.basic),
    moneyCell(amounts.project),
    ...(columns.initial || columns.adjusted
      ? [
          base === null
            ? textCell("")
            : figureCell(percent(percentOf(amounts.total, base), profile.rounding.rateDecimals), { align: "right" }),
        ]
      : []),
  ];
}
