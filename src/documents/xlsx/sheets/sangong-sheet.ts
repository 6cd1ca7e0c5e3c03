/**
 * 一般公共预算财政拨款"三公"经费支出决算表 as a sheet: 因公出国（境）费, 公务用车购置及运行维护费 (购置 / 运行维护),
 * 公务接待费 (国内 / 国（境）外) and their 合计, each with 预算数, 决算数, 完成预算 (决算 ÷ 预算), 上年决算数, 增减额 and
 * 增减率 ((本年 − 上年) ÷ 上年). Rates are computed here, never copied from the text: "—" on a zero base, blank when a
 * figure is missing. A 合计 the dataset lacks is the sum of the three items when all three are known.
 * @module
 */
import type { Workbook } from "exceljs";
import type { Dataset, Sangong } from "../../../core/dataset/schema.ts";
import { type Fen, sumFen, wanToFen } from "../../../core/money/fen.ts";
import { changeRate, percentOf } from "../../../core/numbers/decimal.ts";
import type { RuleProfile } from "../../../core/profiles/profile-schema.ts";
import { money, percent } from "../figure.ts";
import { figureCell, type SheetCell, textCell } from "../sheet-cell.ts";
import { writeFormSheet } from "../write-form-sheet.ts";

const COLUMN_WIDTHS = [32, 13, 13, 12, 13, 13, 12] as const;
const HEADERS = ["项目", "预算数", "决算数", "完成预算", "上年决算数", "增减额", "增减率"];

interface SangongLine {
  label: string;
  budget: Fen | null;
  amount: Fen | null;
  prior: Fen | null;
  bold?: boolean;
}

interface SangongFigures {
  budget?: string | undefined;
  amount?: string | undefined;
  prior?: string | undefined;
}

export function writeSangongSheet(
  workbook: Workbook,
  sheetName: string,
  dataset: Dataset,
  sangong: Sangong,
  profile: RuleProfile,
): void {
  const lines: SangongLine[] = [
    { label: "合计", ...totalOf(sangong), bold: true },
    { label: "1.因公出国（境）费", ...figuresOf(sangong.abroad) },
    { label: "2.公务用车购置及运行维护费", ...figuresOf(sangong.vehicles) },
    { label: "　其中：公务用车购置费", ...figuresOf({ amount: sangong.vehicles?.purchase }) },
    { label: "　　　　公务用车运行维护费", ...figuresOf({ amount: sangong.vehicles?.operation }) },
    { label: "3.公务接待费", ...figuresOf(sangong.reception) },
    { label: "　其中：国内接待费", ...figuresOf({ amount: sangong.reception?.domestic }) },
    { label: "　　　　国（境）外接待费", ...figuresOf({ amount: sangong.reception?.foreign }) },
  ];
  const rows: SheetCell[][] = [
    HEADERS.map((text) => textCell(text, { bold: true })),
    ...lines.map((line) => lineCells(line, profile)),
  ];
  const notes = receptionNote(sangong);
  writeFormSheet(workbook, {
    sheetName,
    title: `一般公共预算财政拨款“三公”经费支出决算表（${dataset.year}年度）`,
    caption: { unit: dataset.unit?.name ?? "", amountUnit: "万元" },
    columnWidths: COLUMN_WIDTHS,
    rows,
    headerRows: 1,
    ...(notes ? { notes } : {}),
  });
}

function fenOf(text: string | undefined): Fen | null {
  return text === undefined ? null : wanToFen(text);
}

function figuresOf(item: SangongFigures | undefined): Pick<SangongLine, "budget" | "amount" | "prior"> {
  return { budget: fenOf(item?.budget), amount: fenOf(item?.amount), prior: fenOf(item?.prior) };
}

/** The dataset's 合计, or the sum of the three items when every one of them has the figure. */
function totalOf(sangong: Sangong): Pick<SangongLine, "budget" | "amount" | "prior"> {
  const items = [sangong.abroad, sangong.vehicles, sangong.reception].map(figuresOf);
  const sum = (key: "budget" | "amount" | "prior"): Fen | null => {
    const values = items.map((item) => item[key]);
    return values.every((value): value is Fen => value !== null) ? sumFen(values) : null;
  };
  return {
    budget: fenOf(sangong.budget) ?? sum("budget"),
    amount: fenOf(sangong.amount) ?? sum("amount"),
    prior: fenOf(sangong.prior) ?? sum("prior"),
  };
}

function lineCells(line: SangongLine, profile: RuleProfile): SheetCell[] {
  const decimals = profile.rounding.rateDecimals;
  const { budget, amount, prior } = line;
  const bold = line.bold ?? false;
  const moneyCell = (value: Fen | null) =>
    value === null ? textCell("") : figureCell(money(value), { align: "right", bold });
  const completion =
    amount !== null && budget !== null
      ? figureCell(percent(percentOf(amount, budget), decimals), { align: "right" })
      : textCell("");
  const change =
    amount !== null && prior !== null
      ? figureCell(percent(changeRate(amount, prior), decimals), { align: "right" })
      : textCell("");
  return [
    textCell(line.label, { align: "left", bold }),
    moneyCell(budget),
    moneyCell(amount),
    completion,
    moneyCell(prior),
    moneyCell(amount !== null && prior !== null ? amount - prior : null),
    change,
  ];
}

/** 公务接待 batches and person-times, as the 决算说明 states them. */
function receptionNote(sangong: Sangong): string | undefined {
  const reception = sangong.reception;
  if (reception?.batches === undefined && reception?.personTimes === undefined) return undefined;
  const parts = [
    reception.batches === undefined ? "" : `${reception.batches}批次`,
    reception.personTimes === undefined ? "" : `${reception.personTimes}人次`,
  ].filter((part) => part !== "");
  return `注：国内公务接待${parts.join("、")}。`;
}
