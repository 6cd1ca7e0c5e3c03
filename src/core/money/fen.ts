/**
 * Money as integer 分 (fen).
 *
 * Amounts arrive as decimal strings in 万元 (up to 6 decimals, i.e. exact to the 分) or 元 (up to 2 decimals) and are
 * kept as safe integers of 分, so sums of parts are exact. 1 万元 = 10 000 元 = 1 000 000 分.
 *
 * Limits: a dataset amount is below 10 000 000 万元 (10¹³ 分, about 1 000 亿元); the longest list of a dataset has 500
 * lines, so any sum of them stays below 5 × 10¹⁵ 分, inside Number.MAX_SAFE_INTEGER (9.007 × 10¹⁵): every sum the
 * audit makes is exact. The dataset schema refuses larger amounts with a Chinese message (checkAmountLimits).
 * @module
 */
import { Dec } from "../numbers/decimal.ts";

/** An amount of money in integer 分. */
export type Fen = number;

export const FEN_PER_YUAN = 100;
export const FEN_PER_WAN = 1_000_000;
/** Decimal places of 分 in each unit: 1 元 = 10² 分, 1 万元 = 10⁶ 分. */
const YUAN_PLACES = 2;
const WAN_PLACES = 6;

const DECIMAL_TEXT = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Exact conversion by string arithmetic: the integer and fraction digits are shifted by the unit's number of 分
 * places, with no arithmetic on binary fractions and no Decimal (the audit converts every amount of a province).
 */
function toFen(text: string, places: number): Fen {
  const fast = plainToFen(text, places);
  if (fast !== null) return fast;
  const match = DECIMAL_TEXT.exec(text);
  if (!match) throw new RangeError(`不是数字：${text}`);
  const [, sign = "", whole = "", fraction = ""] = match;
  const kept = fraction.slice(0, places);
  if (/[1-9]/.test(fraction.slice(places))) throw new RangeError(`金额精度超过分：${text}`);
  const digits = `${whole}${kept.padEnd(places, "0")}`.replace(/^0+(?=\d)/, "");
  const fen = Number(digits);
  if (digits.length > 16 || !Number.isSafeInteger(fen)) throw new RangeError(`金额过大：${text}`);
  return sign === "-" && fen !== 0 ? -fen : fen;
}

/** 10⁰ … 10⁶, for the 分 places a fraction leaves unwritten. */
const POWERS_OF_TEN = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

/**
 * toFen of a plain amount ("-874.05", "0.00", "214"), read digit by digit with no regular expression and no string
 * made: at most 15 digits with the 分 places (so every step is an exact integer) and no more decimals than the unit
 * has 分 places. Null for any other text, which toFen reads the long way (and so refuses as it always did).
 */
function plainToFen(text: string, places: number): Fen | null {
  const length = text.length;
  let i = 0;
  const negative = length > 0 && text.charCodeAt(0) === 45; // "-"
  if (negative) i = 1;
  let fen = 0;
  let digits = 0;
  const wholeStart = i;
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 46) break; // "."
    if (code < 48 || code > 57) return null;
    fen = fen * 10 + (code - 48);
    digits++;
  }
  if (i === wholeStart) return null;
  let kept = 0;
  if (i < length) {
    i++; // past the "."
    if (i === length) return null;
    for (; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code < 48 || code > 57 || kept === places) return null;
      fen = fen * 10 + (code - 48);
      digits++;
      kept++;
    }
  }
  // With the unwritten 分 places: at most 15 digits, exact, and far below what toFen refuses as too large.
  if (digits + places - kept > 15) return null;
  fen *= POWERS_OF_TEN[places - kept] as number;
  return negative && fen !== 0 ? -fen : fen;
}

/** The largest amount a dataset may hold, in 分 (exclusive): 10 000 000 万元. */
export const MAX_DATASET_AMOUNT_FEN = 10_000_000 * FEN_PER_WAN;
/** Integer digits allowed in each unit, so that an amount stays below MAX_DATASET_AMOUNT_FEN. */
export const MAX_INTEGER_DIGITS = { 万元: 7, 元: 11 } as const;
export const MAX_DECIMALS = { 万元: WAN_PLACES, 元: YUAN_PLACES } as const;

export type MoneyUnit = "万元" | "元";

/** Why an amount text cannot be held in this unit (a Chinese message), or null when it can. */
export function describeAmountLimit(text: string, unit: MoneyUnit): string | null {
  const match = DECIMAL_TEXT.exec(text);
  if (!match) return `金额应为数字：${text}`;
  const whole = (match[2] ?? "").replace(/^0+(?=\d)/, "");
  const fraction = match[3] ?? "";
  if (fraction.length > MAX_DECIMALS[unit])
    return `金额单位为${unit}时最多${MAX_DECIMALS[unit]}位小数（精确到分）：${text}`;
  if (whole.length > MAX_INTEGER_DIGITS[unit]) {
    const limit = unit === "万元" ? "9,999,999.999999万元" : "99,999,999,999.99元";
    return `金额过大：${text}${unit}超过上限 ${limit}（约1000亿元；更大的金额无法保证合计精确到分）`;
  }
  return null;
}

/** An amount in the given unit → 分. */
export function amountToFen(text: string, unit: MoneyUnit): Fen {
  return unit === "元" ? yuanToFen(text) : wanToFen(text);
}

/** "874.05" (万元) → 874 050 000 分. Throws RangeError for text that is not an exact decimal amount. */
export function wanToFen(wan: string): Fen {
  return toFen(wan, WAN_PLACES);
}

/** "1234.5" (元) → 123 450 分. */
export function yuanToFen(yuan: string): Fen {
  return toFen(yuan, YUAN_PLACES);
}

/** 分 → Decimal 万元, exact. */
export function fenToWan(fen: Fen): Dec {
  return new Dec(fen).div(FEN_PER_WAN);
}

/** 分 → the dataset's canonical 万元 text ("874.05", up to 6 decimals, no trailing zeros). */
export function fenToWanText(fen: Fen): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  const whole = Math.trunc(abs / FEN_PER_WAN);
  const frac = String(abs % FEN_PER_WAN)
    .padStart(6, "0")
    .replace(/0+$/, "");
  return frac === "" ? `${sign}${whole}` : `${sign}${whole}.${frac}`;
}

export function sumFen(values: readonly Fen[]): Fen {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
