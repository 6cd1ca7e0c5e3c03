/**
 * Decimal arithmetic for ratios, rates and scores.
 *
 * Binary floats never touch a published figure: every ratio is a Decimal, and rounding happens once, half-up,
 * when a value is shown. A rate whose base is zero has no value and is shown as "—".
 * @module
 */
import { Decimal } from "decimal.js";

/** A Decimal constructor with 40 significant digits and half-up rounding, shared by all of core. */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

export const DASH = "—";

/**
 * The Decimal of a number text, shared by text: Decimals never change, and a province's tables repeat a few weights
 * ("10", "5") a million times. Bounded: emptied when full.
 */
const decimalsByText = new Map<string, Dec>();
const DECIMALS_KEPT = 10_000;

export function decimalOfText(text: string): Dec {
  let value = decimalsByText.get(text);
  if (value === undefined) {
    value = new Dec(text);
    if (decimalsByText.size >= DECIMALS_KEPT) decimalsByText.clear();
    decimalsByText.set(text, value);
  }
  return value;
}

/**
 * `x.comparedTo(y)` (1, 0, −1, or NaN) without the copy of `y` decimal.js makes before comparing: the same steps on the
 * documented fields d (digits), e (exponent) and s (sign). NaN, ±Infinity and an exponent outside Dec's limits are
 * left to decimal.js. Scoring compares millions of Decimals, and each copy was a Decimal and an array to collect.
 */
export function compareDecimals(x: Dec, y: Dec): number {
  const xd = x.d;
  const yd = y.d;
  if (!xd || !yd || y.e > Dec.maxE || y.e < Dec.minE) return x.comparedTo(y);
  const xs = x.s;
  const ys = y.s;
  if (!xd[0] || !yd[0]) return xd[0] ? xs : yd[0] ? -ys : 0;
  if (xs !== ys) return xs;
  if (x.e !== y.e) return x.e > y.e !== xs < 0 ? 1 : -1;
  const xdL = xd.length;
  const ydL = yd.length;
  for (let i = 0, j = xdL < ydL ? xdL : ydL; i < j; ++i) {
    if (xd[i] !== yd[i]) return (xd[i] as number) > (yd[i] as number) !== xs < 0 ? 1 : -1;
  }
  return xdL === ydL ? 0 : xdL > ydL !== xs < 0 ? 1 : -1;
}

/** Rounds half-up to `places` decimals and prints with exactly that many decimals. */
export function formatFixed(value: Dec, places: number): string {
  return value.toDecimalPlaces(places, Dec.ROUND_HALF_UP).toFixed(places);
}

/** Rounds half-up to at most `places` decimals and drops trailing zeros ("9.80" → "9.8", "10.00" → "10"). */
export function formatTrimmed(value: Dec, places: number): string {
  const fixed = formatFixed(value, places);
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
}

/** part ÷ base × 100, or null when the base is zero (the rate is undefined). */
export function percentOf(part: Decimal.Value, base: Decimal.Value): Dec | null {
  const b = new Dec(base);
  if (b.isZero()) return null;
  return new Dec(part).div(b).times(100);
}

/** (current − prior) ÷ prior × 100, or null when there is no prior value to compare with. */
export function changeRate(current: Decimal.Value, prior: Decimal.Value): Dec | null {
  const p = new Dec(prior);
  if (p.isZero()) return null;
  return new Dec(current).minus(p).div(p).times(100);
}

/** Number of decimals a printed number carries ("9.8" → 1, "10" → 0, "98.25" → 2). */
export function decimalsOf(printed: string): number {
  const dot = printed.indexOf(".");
  return dot < 0 ? 0 : printed.length - dot - 1;
}
