/**
 * Finds the figures a sentence states: amounts of money, percentages, and numbers with no unit at all, each with the
 * words just before it (its label, "本年支出总额", "上年度", "占支出总额的") and the clause it sits in.
 *
 * The label is what the checks read to tell a total from its parts, last year's figure from this year's, a change
 * from a level and a share from a rate. Numbers that are dates, ordinals ("第38届"), codes or counts of people are
 * kept apart (unit "other") so they never enter a sum of money.
 * @module
 */
import { type Fen, wanToFen, yuanToFen } from "../money/fen.ts";
import { Dec, decimalsOf } from "../numbers/decimal.ts";
import { normalizeWidth } from "../parse/normalize-text.ts";

export type MoneyUnit = "万元" | "元" | "亿元";
export type FigureUnit = MoneyUnit | "%" | "‱";

export interface Figure {
  /** The number as printed, ASCII, without thousands separators ("874.05"). */
  number: string;
  value: Dec;
  decimals: number;
  /** The unit written right after the number; "other" for any other measure (人, 个, 分…); null when none. */
  unit: FigureUnit | "other" | null;
  /** Offsets in the sentence: the number starts at `start`; `end` is after its unit. */
  start: number;
  end: number;
  /** Words before the number within its clause (after the previous figure, if any), trimmed. */
  label: string;
  /** Index of the clause (pieces between ，；：。 and "、" after an amount). */
  clause: number;
  /** Inside （…）: an aside ("不含…50万元") that is not one of the listed parts. */
  inParentheses: boolean;
  /** Position among the figures of its sentence. */
  index: number;
}

const NUMBER = /(?<![\d.A-Za-z])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/g;
const MONEY_OR_PERCENT_UNIT = /^\s*(亿元|万元|元|%|‱)/;
const OTHER_UNIT = /^\s*[\u4e00-\u9fa5A-Za-z㎡]/;
const NOT_A_QUANTITY_AFTER = /^\s*(?:年|月|日|号|届|期|季度|[.:：]\d|[-—–~至]\s*\d|[〕］\]﹞】])/;
const CLAUSE_DELIMITER = /[,，;；:：。！？!?]/;
/** The unit patterns above look a few characters ahead; a bounded window keeps long sentences linear. */
const LOOKAHEAD = 16;

/** Figures of one sentence, in order. Never throws. */
export function extractFigures(sentence: string): Figure[] {
  const text = normalizeWidth(sentence);
  const starts = clauseStarts(text);
  const parenthesesDepth = depthAt(text);
  const figures: Figure[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index ?? 0;
    const printed = `${match[1] ?? ""}${match[2] ?? ""}`;
    const after = text.slice(start + match[0].length, start + match[0].length + LOOKAHEAD);
    if (NOT_A_QUANTITY_AFTER.test(after)) continue;
    if (/第\s*$/.test(text.slice(Math.max(0, start - 2), start))) continue;
    const unitMatch = MONEY_OR_PERCENT_UNIT.exec(after);
    const unit: Figure["unit"] = unitMatch ? (unitMatch[1] as FigureUnit) : OTHER_UNIT.test(after) ? "other" : null;
    const end = start + match[0].length + (unitMatch ? unitMatch[0].length : 0);
    const clause = clauseIndexAt(starts, start);
    const clauseStart = starts[clause] ?? 0;
    const previous = figures.at(-1);
    const labelFrom = previous && previous.clause === clause ? previous.end : clauseStart;
    const number = printed.replace(/,/g, "");
    figures.push({
      number,
      value: new Dec(number),
      decimals: decimalsOf(number),
      unit,
      start,
      end,
      label: text.slice(labelFrom, start).trim(),
      clause,
      inParentheses: (parenthesesDepth[start] ?? 0) > 0,
      index: figures.length,
    });
  }
  return figures;
}

/** True for an amount with its money unit written (万元, 元, 亿元). */
export function isMoney(figure: Figure): boolean {
  return figure.unit === "万元" || figure.unit === "元" || figure.unit === "亿元";
}

export function isPercent(figure: Figure): boolean {
  return figure.unit === "%";
}

/** The amount in 分, reading a bare number as 万元 (the unit of these documents); null when not exact to the 分. */
export function figureFen(figure: Figure): Fen | null {
  try {
    if (figure.unit === "元") return yuanToFen(figure.number);
    if (figure.unit === "亿元") return wanToFen(new Dec(figure.number).times(10_000).toFixed());
    return wanToFen(figure.number);
  } catch {
    return null;
  }
}

/**
 * Half a unit of the last printed digit, in 分, with at least two decimals assumed: "7.6万元" and "12万元" are
 * written without trailing zeros but stand for 7.60 and 12.00.
 */
export function halfUnitFen(figure: Figure): Dec {
  const fenPerUnit = figure.unit === "元" ? 100 : figure.unit === "亿元" ? 10_000_000_000 : 1_000_000;
  return new Dec(10).pow(-Math.max(2, figure.decimals)).times(fenPerUnit).div(2);
}

/**
 * Offsets where the clauses of a (width-normalised) sentence start: after ，；：。！？ and after a "、" that follows an
 * amount. `Figure.clause` indexes this list.
 */
export function clauseStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    // "、" separates list items only after an amount ("货物支出0万元、工程支出0万元"); in a label it is part of the
    // name ("工资福利支出、对个人和家庭补助支出").
    const listComma = ch === "、" && /(?:万元|元|%)\s*$/.test(text.slice(Math.max(0, i - 3), i));
    // The comma of "490,000.00元" separates thousands, not clauses (元 documents write every amount so).
    const thousands = ch === "," && /\d/.test(text[i - 1] ?? "") && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5));
    if ((CLAUSE_DELIMITER.test(ch) && !thousands) || listComma) starts.push(i + 1);
  }
  return starts;
}

/** The last clause starting at or before `offset` (binary search: `starts` is ascending). */
export function clauseIndexAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

function depthAt(text: string): number[] {
  const depths: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "（" || ch === "(") depth++;
    depths.push(depth);
    if ((ch === "）" || ch === ")") && depth > 0) depth--;
  }
  return depths;
}
