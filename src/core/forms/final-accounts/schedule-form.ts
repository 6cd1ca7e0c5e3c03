/**
 * What every 决算公开 附表 shares: the caption "单位：… 金额单位：万元", the title with the year and right-aligned amount
 * cells in 万元. Totals are always summed from the lines in 分 (`sumFen`); a stated total that disagrees is never
 * printed instead, nor named in a note: a public table holds no rounding note, the gap is the audit's (SUM-PARTS).
 * @module
 */
import type { Dataset } from "../../dataset/schema.ts";
import { type Fen, sumFen, wanToFen } from "../../money/fen.ts";
import { money } from "../figure.ts";
import { figureCell, type Form, type FormCell, textCell } from "../form.ts";

export interface ScheduleParts {
  name: string;
  /** The printed title without the year; defaults to `name`. */
  title?: string;
  columnWidths: readonly number[];
  headerRows: number;
  rows: FormCell[][];
  notes?: readonly (string | undefined)[];
}

/**
 * The official codes of the 部门决算公开 附表 (财政部 公开01表 … 公开13表), in the order seed 004's 第五部分 lists them
 * (一、收入支出决算总表 … 十三、财政拨款“三公”经费支出决算表), by printed title.
 */
export const OFFICIAL_FORM_CODES: Readonly<Record<string, string>> = {
  收入支出决算总表: "公开01表",
  收入决算表: "公开02表",
  支出决算表: "公开03表",
  财政拨款收入支出决算总表: "公开04表",
  财政拨款支出决算明细表: "公开05表",
  一般公共预算财政拨款支出决算表: "公开06表",
  一般公共预算财政拨款支出决算明细表: "公开07表",
  一般公共预算财政拨款基本支出决算表: "公开08表",
  一般公共预算财政拨款项目支出决算表: "公开09表",
  政府性基金预算财政拨款收入支出决算表: "公开10表",
  国有资本经营预算财政拨款收入支出决算表: "公开11表",
  国有资本经营预算财政拨款支出决算表: "公开12表",
  "财政拨款“三公”经费支出决算表": "公开13表",
};

/** The 附表 as a Form: portrait, 五号, its official code, caption with the unit and 万元. */
export function scheduleForm(dataset: Dataset, parts: ScheduleParts): Form {
  const title = parts.title ?? parts.name;
  const code = OFFICIAL_FORM_CODES[title];
  return {
    name: parts.name,
    title: `${title}（${dataset.year}年度）`,
    ...(code ? { code } : {}),
    caption: { unit: dataset.unit?.name ?? "", amountUnit: "万元" },
    columnWidths: parts.columnWidths,
    headerRows: parts.headerRows,
    rows: parts.rows,
    notes: (parts.notes ?? []).filter((note): note is string => note !== undefined && note !== ""),
    landscape: false,
    textSize: 10.5,
    // A long 附表 (凉山's 支出决算表: 22 lines) at 1.25 lines a row left its last 类 (221) alone on a second page.
    ...(parts.rows.length > 20 ? { dense: true } : {}),
  };
}

/** An amount in 万元, right-aligned; blank when the dataset does not have it. */
export function amountCell(fen: Fen | null, emphasis = false): FormCell {
  return fen === null ? textCell("") : figureCell(money(fen), { align: "right", ...(emphasis ? { emphasis } : {}) });
}

/** 分 of a stored 万元 text; null when absent. */
export function fenOf(wan: string | undefined): Fen | null {
  return wan === undefined ? null : wanToFen(wan);
}

/** Σ of the amounts that are present; null when none is. */
export function sumPresent(amounts: readonly (Fen | null)[]): Fen | null {
  const present = amounts.filter((fen): fen is Fen => fen !== null);
  return present.length === 0 ? null : sumFen(present);
}
