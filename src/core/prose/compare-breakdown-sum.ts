/**
 * Compares the parts of a breakdown with its total, in integer 分, and says how far a gap can be blamed on the
 * rounding of each printed 万元 amount.
 *
 * - `equal`: the parts add up (also when the total is just their sum printed at fewer decimals: 0.0714 + 0.1144 =
 *   0.1858, printed 0.19);
 * - `rounding`: they differ by no more than the rounding of every printed amount together (0.005 万元 each), e.g.
 *   3537.36 for 3537.34. The finance system sums 元 figures, so this can happen with correct data, but a published
 *   total should still equal its printed parts, hence a warning;
 * - `over`: the parts exceed the total by more than that: an error;
 * - `under`: the parts fall short by more than that. Lists after "其中" are often partial, so this is an error only
 *   when the list claims to be complete (every part has a share and the shares add to about 100%, the total is an
 *   "以上…合计" of the parts before it, or the same items listed again elsewhere add up exactly: `listedInFull`);
 * - `partial`: short, and nothing says the list is complete.
 * @module
 */
import { type Fen, sumFen } from "../money/fen.ts";
import { Dec } from "../numbers/decimal.ts";
import type { Breakdown } from "./extract-breakdowns.ts";
import { halfUnitFen } from "./extract-figures.ts";

export type SumVerdict = "equal" | "rounding" | "over" | "under" | "partial";

export interface SumComparison {
  verdict: SumVerdict;
  sumFen: Fen;
  /** parts − total, in 分. */
  gapFen: Fen;
}

const COMPLETE_SHARES_AT_LEAST = new Dec("99.5");

/** The comparison of a breakdown with at least two parts; null for a single part, which states no sum. */
export function compareBreakdownSum(breakdown: Breakdown): SumComparison | null {
  if (breakdown.parts.length < 2) return null;
  const sum = sumFen(breakdown.parts.map((p) => p.fen));
  const gap = sum - breakdown.totalFen;
  const totalHalf = halfUnitFen(breakdown.total);
  // The sum rounds half-up to the printed total: sum ∈ [total − half, total + half).
  const gapDec = new Dec(gap);
  if (gapDec.greaterThanOrEqualTo(totalHalf.negated()) && gapDec.lessThan(totalHalf)) {
    return { verdict: "equal", sumFen: sum, gapFen: gap };
  }
  const tolerance = breakdown.parts.reduce((acc, p) => acc.plus(halfUnitFen(p.figure)), totalHalf);
  if (gapDec.abs().lessThanOrEqualTo(tolerance)) return { verdict: "rounding", sumFen: sum, gapFen: gap };
  if (gap > 0) return { verdict: "over", sumFen: sum, gapFen: gap };
  return { verdict: claimsCompleteness(breakdown) ? "under" : "partial", sumFen: sum, gapFen: gap };
}

function claimsCompleteness(breakdown: Breakdown): boolean {
  // "以上…合计" sums exactly the parts before it.
  if (breakdown.isSubtotal || breakdown.listedInFull) return true;
  if (breakdown.parts.some((p) => p.share === null)) return false;
  const shares = breakdown.parts.reduce((acc, p) => acc.plus(p.share?.value ?? 0), new Dec(0));
  return shares.greaterThanOrEqualTo(COMPLETE_SHARES_AT_LEAST);
}
