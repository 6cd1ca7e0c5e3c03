/**
 * Reads the figures a document printed in its final-accounts sentences ("占53.65%", "完成预算142.24%",
 * "较上年度减少49.19万元", "下降4%", "各3.42万元") and judges them against exact values, for the finance checks.
 *
 * A printed value keeps its own precision: "27%" is right for 26.67% at zero decimals. A value that is wrong at its
 * own precision may still come from the displayed figures being rounded (7.41 ÷ 7.60 shown as 97.55% because the
 * unrounded parts were used); `shareRangeOverRounding` and `changeRateRangeOverRounding` give the range that
 * `judgePrintedValue` needs to tell those apart from real mistakes.
 * @module
 */
import { type Fen, wanToFen } from "../money/fen.ts";
import { Dec, decimalsOf } from "../numbers/decimal.ts";
import type { ValueRange } from "../numbers/printed-verdict.ts";
import { DASH_CELL, foldTraditional, normalizeWidth, parsePlainNumber } from "../parse/normalize-text.ts";
import { type ChangeDirection, directionOf } from "../parse/parse-change.ts";

export interface PrintedRate {
  /** The value in percent (7526.52‱ → 75.2652). */
  value: Dec;
  /** The number as printed, before a ‱ conversion. */
  numberText: string;
  /** Decimals printed, in percent units (a ‱ value carries two more). */
  decimals: number;
  sign: "%" | "‱" | null;
  /** The printed text, trimmed. */
  text: string;
}

const RATE_IN_PHRASE = /(\d[\d,]*(?:\.\d+)?)\s*(%|‱)/;

/**
 * The first percentage of a printed phrase ("占53.65%", "完成预算的100%，完成预算100%", a bare "98.25"), "dash" for
 * "—" (the right way to print an undefined rate), or null when there is no rate in the text.
 */
export function readPrintedRate(text: string | undefined): PrintedRate | "dash" | null {
  if (text === undefined) return null;
  const t = normalizeWidth(text).trim();
  if (t === "") return null;
  if (DASH_CELL.test(t) && t !== "无") return "dash";
  const match = RATE_IN_PHRASE.exec(t);
  const numberText = match ? parsePlainNumber(match[1] ?? "") : parsePlainNumber(t);
  if (numberText === null) return null;
  const sign = (match?.[2] as "%" | "‱" | undefined) ?? null;
  const printed = new Dec(numberText);
  const decimals = decimalsOf(numberText) + (sign === "‱" ? 2 : 0);
  return { value: sign === "‱" ? printed.div(100) : printed, numberText, decimals, sign, text: text.trim() };
}

export interface ChangeFigure {
  /** Direction named by the verb written right before the number; null when none was written. */
  direction: ChangeDirection | null;
  verb: string | null;
  /** The number, non-negative, in the unit written. */
  value: Dec;
  valueText: string;
  decimals: number;
  /** 亿元 is read as written (3.3亿元 = 33 000 万元, printed to 0.1 亿元), never as a 万元 or unitless figure. */
  unit: "亿元" | "万元" | "元" | "%" | "‱" | null;
  /** "下降-5.20%": a minus after the verb; `direction` is then the one meant (increase), the verb says the other. */
  doubleNegative?: boolean;
}

export interface PrintedChange {
  text: string;
  /** Template text never filled in: "增加/减少", "增长/下降". */
  placeholder: boolean;
  /** "持平", "不变", "无变化" */
  flat: boolean;
  /** The change amount (a number with 亿元, 万元, 元 or no unit). */
  amount: ChangeFigure | null;
  /** The change rate (a number with % or ‱). */
  rate: ChangeFigure | null;
}

const CHANGE_VERBS = "增加|增长|上升|提高|减少|下降|降低";
// Also 增收/减收/增支/减支, the rate nouns 增幅/降幅/减幅 ("增幅63.84%"), and a lone 增/减 right before its number
// ("较上年减12.30万元"); a minus after the verb is kept to read a double negative.
const READ_VERBS = `${CHANGE_VERBS}|增收|减收|增支|减支|增幅为?|降幅为?|减幅为?|增(?=\\s*[-－−]?\\s*\\d)|减(?=\\s*[-－−]?\\s*\\d)`;
const CHANGE_NUMBER = new RegExp(
  `(${READ_VERBS})?((?:[/／](?:${CHANGE_VERBS}))?)\\s*了?\\s*([-－−](?=\\s*\\d))?\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(亿元|万元|元|%|‱)?`,
  "g",
);
/** A number followed by one of these is a date, a count or an ordinal, not a change amount. */
const NOT_AN_AMOUNT_AFTER = /^[\d年月日号届次个人批项名辆台套家篇场期]/;
export const PLACEHOLDER_PAIR = new RegExp(
  `(?:${CHANGE_VERBS}|大于|小于|高于|低于)[/／](?:${CHANGE_VERBS}|大于|小于|高于|低于)`,
);
const FLAT = /持平|不变|无变化|没有变化/;

/**
 * Splits a printed change phrase into its amount and its rate; the verb of each is read where it was written. When a
 * phrase carries several amounts ("上年度148.40万元，减少23.52"), the one after a change verb is the change.
 */
export function readPrintedChange(text: string): PrintedChange {
  const t = normalizeWidth(foldTraditional(text));
  const amounts: ChangeFigure[] = [];
  const rates: ChangeFigure[] = [];
  for (const match of t.matchAll(CHANGE_NUMBER)) {
    const unit = (match[5] as ChangeFigure["unit"] | undefined) ?? null;
    const after = t.slice((match.index ?? 0) + match[0].length);
    if (unit === null && NOT_AN_AMOUNT_AFTER.test(after)) continue;
    const valueText = parsePlainNumber(match[4] ?? "");
    if (valueText === null) continue;
    const verb = match[1] ?? null;
    const named = match[2] ? null : directionOf(verb);
    const doubleNegative = match[3] !== undefined && named !== null && named !== "flat" && !new Dec(valueText).isZero();
    const figure: ChangeFigure = {
      direction: doubleNegative ? (named === "increase" ? "decrease" : "increase") : named,
      verb,
      value: new Dec(valueText),
      valueText,
      decimals: decimalsOf(valueText),
      unit,
      ...(doubleNegative ? { doubleNegative } : {}),
    };
    (unit === "%" || unit === "‱" ? rates : amounts).push(figure);
  }
  const pick = (figures: ChangeFigure[]) => figures.find((f) => f.verb !== null) ?? figures[0] ?? null;
  return {
    text: text.trim(),
    placeholder: PLACEHOLDER_PAIR.test(t),
    flat: FLAT.test(t),
    amount: pick(amounts),
    rate: pick(rates),
  };
}

/** The direction a printed change claims: its own verb, else the verb of the other figure, else 持平. */
export function claimedDirection(change: PrintedChange, figure: ChangeFigure | null): ChangeDirection | null {
  if (figure?.direction) return figure.direction;
  const other = change.amount?.direction ?? change.rate?.direction ?? null;
  if (other) return other;
  return change.flat ? "flat" : null;
}

export const DIRECTION_VERB: Record<ChangeDirection, { amount: string; rate: string }> = {
  increase: { amount: "增加", rate: "增长" },
  decrease: { amount: "减少", rate: "下降" },
  flat: { amount: "持平", rate: "持平" },
};

/** Reads a dataset 万元 string as 分; null when absent. */
export function fenOf(wan: string | undefined): Fen | null {
  return wan === undefined ? null : wanToFen(wan);
}

/**
 * Half the rounding step of a displayed 万元 amount: 0.005 for amounts shown with two decimals (the convention of
 * the tables), finer when the figure itself carries more decimals (0.0714).
 */
export function displayHalfStep(wan: string, minDecimals = 2): Dec {
  return new Dec(10).pow(-Math.max(minDecimals, decimalsOf(wan))).div(2);
}

/**
 * Smallest and largest value of f over the box of the two displayed amounts, f monotonic in each. `minDecimals` is
 * the precision the document prints its amounts with at least (0 for one printed in whole 万元).
 */
function rangeOverRounding(
  a: string,
  b: string,
  f: (a: Dec, b: Dec) => Dec | null,
  minDecimals = 2,
): ValueRange | null {
  const ha = displayHalfStep(a, minDecimals);
  const hb = displayHalfStep(b, minDecimals);
  const values: Dec[] = [];
  for (const x of [new Dec(a).minus(ha), new Dec(a).plus(ha)]) {
    for (const y of [new Dec(b).minus(hb), new Dec(b).plus(hb)]) {
      const v = f(x, y);
      if (v === null) return null;
      values.push(v);
    }
  }
  return { min: Dec.min(...values), max: Dec.max(...values) };
}

/** Where part ÷ base × 100 can lie if the true amounts were anything that displays as part and base. */
export function shareRangeOverRounding(part: string, base: string): ValueRange | null {
  return rangeOverRounding(part, base, (p, b) => (b.lte(0) ? null : p.div(b).times(100)));
}

/** Same for the size of a change rate |current − prior| ÷ prior × 100. */
export function changeRateRangeOverRounding(current: string, prior: string, minDecimals = 2): ValueRange | null {
  const range = rangeOverRounding(
    current,
    prior,
    (c, p) => (p.lte(0) ? null : c.minus(p).div(p).times(100)),
    minDecimals,
  );
  if (range === null) return null;
  const { min, max } = range;
  return min.lte(0) && max.gte(0)
    ? { min: new Dec(0), max: Dec.max(min.abs(), max.abs()) }
    : { min: Dec.min(min.abs(), max.abs()), max: Dec.max(min.abs(), max.abs()) };
}
