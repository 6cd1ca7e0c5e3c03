/**
 * Money as integer 分 (fen).
 *
 * Amounts arrive as decimal strings in 万元 (up to 6 decimals, i.e. exact to the 分) and are kept as safe integers
 * of 分, so sums of parts are exact. 1 万元 = 10 000 元 = 1 000 000 分.
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

/** 分 → "874.05" (万元, half-up to `places` decimals). */
export function formatWan(fen: Fen, places = 2): string {
  return fenToWan(fen).toDecimalPlaces(places, Dec.ROUND_HALF_UP).toFixed(places);
}

export function sumFen(values: readonly Fen[]): Fen {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
