/**
 * The one verdict on a printed number (a percentage, a score, an amount) against the exact value it should show.
 * The dataset audit, the prose audit and the scoring checks all judge printed figures with `judgePrintedValue`, so
 * "right", "truncated" and "explained by rounding" mean the same everywhere.
 *
 * A printed value is judged at its own precision first: "27%" is right for 26.67% at zero decimals. The verdicts:
 * - `exact`: equal once the exact value is rounded half-up to the printed decimals, and (when `expectedDecimals` is
 *   given) printed with at least those decimals or equal at them;
 * - `lowPrecision`: equal at the printed precision, but printed with fewer decimals than expected and different at
 *   those ("27%" for 26.67% where two decimals are expected; 9.8 for 9.825);
 * - `displayRounding`: different, but some value in `range` — the values the exact one can take when the displayed
 *   amounts it is computed from are anywhere within their rounding — rounds to the printed one (2.95% for
 *   25.74 ÷ 874.05 = 2.9449%: 25.745 ÷ 874.045 = 2.9455%). Not a mistake one can prove, even when the printed figure
 *   also equals the computed one cut off (13.18% for 13.63 ÷ 103.37 = 13.186%: 13.625 ÷ 103.375 = 13.180%);
 * - `truncated`: the exact value cut off instead of rounded (5.87% for 5.877%), where no rounding of the amounts
 *   explains the printed figure;
 * - `offByOne`: one unit of the last printed digit away, not explained by rounding;
 * - `wrong`: anything else.
 * @module
 */
import { Dec } from "./decimal.ts";

export type PrintedVerdict = "exact" | "lowPrecision" | "displayRounding" | "truncated" | "offByOne" | "wrong";

export interface PrintedValue {
  value: Dec;
  /** Decimals printed (in the unit of `value`). */
  decimals: number;
}

/** An interval the exact value can lie in. */
export interface ValueRange {
  min: Dec;
  max: Dec;
}

export interface JudgeOptions {
  /** Decimals the value should be printed with (the profile's, two for the reports' percentages). */
  expectedDecimals?: number;
  /** Where the exact value can lie given the rounding of the displayed figures it is computed from; null: unknown. */
  range?: ValueRange | null;
}

/** Judges `printed` against `exact`; see the module comment for the verdicts. */
export function judgePrintedValue(printed: PrintedValue, exact: Dec, options: JudgeOptions = {}): PrintedVerdict {
  const rounded = exact.toDecimalPlaces(printed.decimals, Dec.ROUND_HALF_UP);
  if (rounded.equals(printed.value)) {
    const expected = options.expectedDecimals;
    if (expected === undefined || printed.decimals >= expected) return "exact";
    return exact.toDecimalPlaces(expected, Dec.ROUND_HALF_UP).equals(printed.value) ? "exact" : "lowPrecision";
  }
  if (options.range && rangeRoundsTo(options.range, printed)) return "displayRounding";
  if (exact.toDecimalPlaces(printed.decimals, Dec.ROUND_DOWN).equals(printed.value)) return "truncated";
  const unit = new Dec(10).pow(-printed.decimals);
  return rounded.minus(printed.value).abs().equals(unit) ? "offByOne" : "wrong";
}

/** True when some value in the range rounds half-up to the printed value. */
function rangeRoundsTo(range: ValueRange, printed: PrintedValue): boolean {
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
): ValueRange | null {
  const lowDenominator = denominator.minus(denominatorHalf);
  if (lowDenominator.lessThanOrEqualTo(0)) return null;
  const lowNumerator = Dec.max(0, numerator.minus(numeratorHalf));
  return {
    min: lowNumerator.div(denominator.plus(denominatorHalf)).times(100),
    max: numerator.plus(numeratorHalf).div(lowDenominator).times(100),
  };
}
