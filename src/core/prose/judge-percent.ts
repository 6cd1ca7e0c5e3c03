/**
 * Judges a printed percentage against the one computed from the amounts printed beside it.
 *
 * The amounts in these reports are 元 figures rounded to 0.01 万元, so a reader recomputing from them can land a
 * hundredth away from a percentage that the finance system computed from the 元 figures and printed correctly. The
 * verdict therefore says more than right/wrong:
 * - `exact`: equal at the printed precision;
 * - `lowPrecision`: equal at the printed precision, but printed with fewer than two decimals and different at two
 *   ("27%" for 26.67%);
 * - `displayRounding`: different, but some combination of 元 figures behind the printed 万元 amounts gives the printed
 *   value (2.95% for 25.74 ÷ 874.05 = 2.9449%: 25.745 ÷ 874.045 = 2.9455%). Not a mistake one can prove;
 * - `truncated`: the exact value cut off instead of rounded (5.87% for 5.877%), which no rounding explains;
 * - `offByOne`: one unit of the last digit away, not explained by rounding;
 * - `wrong`: anything else.
 * @module
 */
import { showPercent } from "../display/show-number.ts";
import { comparePrinted, Dec } from "../numbers/decimal.ts";

export interface PrintedPercent {
  value: Dec;
  decimals: number;
}

export interface PercentRange {
  min: Dec;
  max: Dec;
}

export type PercentVerdict = "exact" | "lowPrecision" | "displayRounding" | "truncated" | "offByOne" | "wrong";

/** Decimals used to state the expected value: two, as the reports print, or more if the report printed more. */
export function expectedDecimals(printed: PrintedPercent): number {
  return Math.max(2, printed.decimals);
}

/** The expected value as text, e.g. "0.39%". */
export function formatExpectedPercent(exact: Dec, printed: PrintedPercent): string {
  return showPercent(exact, expectedDecimals(printed));
}

/**
 * Compares `printed` with `exact`; `range` is the interval the exact value can take when each printed amount is
 * anywhere within its rounding (null when unknown).
 */
export function judgePercent(printed: PrintedPercent, exact: Dec, range: PercentRange | null): PercentVerdict {
  const atPrinted = comparePrinted(printed.value, printed.decimals, exact);
  if (atPrinted === "exact") {
    if (printed.decimals >= 2) return "exact";
    return exact.toDecimalPlaces(2, Dec.ROUND_HALF_UP).equals(printed.value) ? "exact" : "lowPrecision";
  }
  if (range !== null && roundsToPrinted(printed, range)) return "displayRounding";
  if (atPrinted === "truncated") return "truncated";
  const unit = new Dec(10).pow(-printed.decimals);
  const rounded = exact.toDecimalPlaces(printed.decimals, Dec.ROUND_HALF_UP);
  return rounded.minus(printed.value).abs().equals(unit) ? "offByOne" : "wrong";
}

/** True when some value in the range rounds half-up to the printed value. */
function roundsToPrinted(printed: PrintedPercent, range: PercentRange): boolean {
  const half = new Dec(10).pow(-printed.decimals).div(2);
  return printed.value.minus(half).lessThanOrEqualTo(range.max) && printed.value.plus(half).greaterThan(range.min);
}

/**
 * The range of numerator ÷ denominator × 100 when each lies within ± its half unit. Null when the denominator can
 * reach zero, which makes the ratio unbounded.
 */
export function ratioRange(
  numerator: Dec,
  numeratorHalf: Dec,
  denominator: Dec,
  denominatorHalf: Dec,
): PercentRange | null {
  const lowDenominator = denominator.minus(denominatorHalf);
  if (lowDenominator.lessThanOrEqualTo(0)) return null;
  const lowNumerator = Dec.max(0, numerator.minus(numeratorHalf));
  return {
    min: lowNumerator.div(denominator.plus(denominatorHalf)).times(100),
    max: numerator.plus(numeratorHalf).div(lowDenominator).times(100),
  };
}
