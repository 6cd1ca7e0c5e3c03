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

/**
 * How a printed value relates to an exact one at the printed precision:
 * "exact" when equal once the exact value is rounded half-up to the printed decimals, "truncated" when the printed
 * value is the exact one cut off instead of rounded, otherwise "wrong".
 */
export function comparePrinted(printed: Dec, printedDecimals: number, exact: Dec): "exact" | "truncated" | "wrong" {
  const rounded = exact.toDecimalPlaces(printedDecimals, Dec.ROUND_HALF_UP);
  if (rounded.equals(printed)) return "exact";
  const truncated = exact.toDecimalPlaces(printedDecimals, Dec.ROUND_DOWN);
  if (truncated.equals(printed)) return "truncated";
  return "wrong";
}
