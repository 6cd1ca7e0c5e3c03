/**
 * Scoring of a quantitative indicator by its operator (rules.md §2.2–2.3):
 * - ≥ / ＞ (正向): met → full weight; else weight × 完成值 ÷ 指标值.
 * - ≤ / ＜ (反向): met → full; else R1 weight × 指标值 ÷ 完成值, or R2 weight × (1 − (完成值 − 指标值) ÷ 指标值), 0 from 2×.
 * - ＝: treated as ≥ when the target is positive (the common system rule), or exact-only by profile; a zero target is
 *   met by an actual ≤ 0.
 * A strict operator met only with equality (＞1 with 1) gets full marks under both profile settings; under "warn" the
 * explanation says so and the audit raises it.
 *
 * Explanations are methods of the result, not arrow-function properties: run through tsx (the benchmarks, the
 * tests), a named arrow function is given its name by a call at every creation, a measurable cost per indicator.
 * @module
 */
import type { Operator } from "../parse/parse-operator.ts";
import { Dec, compareDecimals, formatFixed } from "../numbers/decimal.ts";
import type { RuleProfile } from "../profiles/profile-schema.ts";
import type { IndicatorStatus } from "./score-types.ts";

export interface QuantitativeInput {
  operator: Exclude<Operator, "定性">;
  target: Dec;
  actual: Dec;
  weight: Dec;
  profile: RuleProfile;
}

export interface QuantitativeResult {
  score: Dec;
  status: IndicatorStatus;
  /** The rule applied, in Chinese; written only when asked for (a province scores a million indicators). */
  explain: () => string;
}

function show(value: Dec): string {
  return value.toString();
}

const ZERO = new Dec(0);
const ONE = new Dec(1);
const TWO = new Dec(2);

/**
 * `value > 0` without the Decimal a comparison with a number makes of its argument (the scoring of a province
 * compares a million targets with 0).
 */
function isAboveZero(value: Dec): boolean {
  return !value.isZero() && value.isPositive();
}

/** The profile's over-achievement threshold as a Decimal, made once per profile. */
const thresholds = new WeakMap<RuleProfile["overAchievement"], Dec>();
function overAchievementThreshold(profile: RuleProfile): Dec {
  let threshold = thresholds.get(profile.overAchievement);
  if (threshold === undefined) {
    threshold = new Dec(profile.overAchievement.threshold);
    thresholds.set(profile.overAchievement, threshold);
  }
  return threshold;
}

/** `x.greaterThanOrEqualTo(y)`, as decimal.js answers it (false for NaN), without its copy of `y`. */
function atLeast(x: Dec, y: Dec): boolean {
  const k = compareDecimals(x, y);
  return k === 1 || k === 0;
}

/**
 * target × the profile's threshold, the completion an over-achievement starts at, kept per target Decimal (shared by
 * text, see parseMeasure) and per threshold: every met indicator of a province is tested against it.
 */
const barsByThreshold = new WeakMap<Dec, WeakMap<Dec, Dec>>();
function overAchievementBar(target: Dec, profile: RuleProfile): Dec {
  const threshold = overAchievementThreshold(profile);
  let bars = barsByThreshold.get(threshold);
  if (bars === undefined) {
    bars = new WeakMap();
    barsByThreshold.set(threshold, bars);
  }
  let bar = bars.get(target);
  if (bar === undefined) {
    bar = target.times(threshold);
    bars.set(target, bar);
  }
  return bar;
}

function clampToWeight(score: Dec, weight: Dec): Dec {
  if (score.isNegative()) return ZERO;
  return compareDecimals(score, weight) > 0 ? weight : score;
}

/** Full marks: the weight, with the reason why. */
function full(weight: Dec, why: () => string): QuantitativeResult {
  return {
    score: weight,
    status: "met",
    explain() {
      return `${why()}，得满分 ${show(weight)}`;
    },
  };
}

export function scoreQuantitative(input: QuantitativeInput): QuantitativeResult {
  const { operator, target, actual, weight, profile } = input;
  const places = profile.rounding.indicatorDecimals;

  if (
    operator === "≥" ||
    operator === ">" ||
    (operator === "=" && profile.operators.equal === "asGreaterOrEqual" && isAboveZero(target))
  ) {
    const opLabel = operator === "=" ? "＝（按≥计）" : operator;
    if (atLeast(actual, target)) {
      if (operator === ">" && compareDecimals(actual, target) === 0) {
        const note = profile.operators.strict === "warn" ? "（严格大于未满足，按规则方案给满分，请核实）" : "";
        return full(weight, () => `完成值 ${show(actual)} 等于指标值 ${show(target)}，指标性质＞${note}`);
      }
      const over = isAboveZero(target) && atLeast(actual, overAchievementBar(target, profile));
      if (over) {
        return {
          score: weight,
          status: "overAchieved",
          explain() {
            return `完成值 ${show(actual)} ${opLabel} 指标值 ${show(target)}，达到指标值的 ${formatFixed(actual.div(target), 2)} 倍（≥${profile.overAchievement.threshold}倍），得满分 ${show(weight)}，须说明超额原因`;
          },
        };
      }
      return full(weight, () => `完成值 ${show(actual)} ${opLabel} 指标值 ${show(target)}`);
    }
    if (target.isZero()) return full(weight, () => `指标值为 0，完成值 ${show(actual)}`);
    const score = clampToWeight(weight.times(actual).div(target), weight);
    return {
      score,
      status: "notMet",
      explain() {
        return `完成值 ${show(actual)} / 指标值 ${show(target)} × 权重 ${show(weight)} = ${formatFixed(score, places)}`;
      },
    };
  }

  if (operator === "=") {
    if (target.isZero()) {
      return actual.isZero() || actual.isNegative()
        ? full(weight, () => `指标值为 0，完成值 ${show(actual)} ≤ 0`)
        : {
            score: ZERO,
            status: "notMet",
            explain() {
              return `指标值为 0，完成值 ${show(actual)} > 0，得 0 分`;
            },
          };
    }
    if (compareDecimals(actual, target) === 0)
      return full(weight, () => `完成值 ${show(actual)} ＝ 指标值 ${show(target)}`);
    const ratio = Dec.min(actual, target).div(Dec.max(actual, target));
    const score = clampToWeight(weight.times(ratio), weight);
    return {
      score,
      status: "notMet",
      explain() {
        return `＝ 指标按偏离计分：较小值 ${show(Dec.min(actual, target))} / 较大值 ${show(Dec.max(actual, target))} × 权重 ${show(weight)} = ${formatFixed(score, places)}`;
      },
    };
  }

  // ≤ and ＜ (反向指标)
  if (compareDecimals(actual, target) < 1) {
    if (operator === "<" && compareDecimals(actual, target) === 0) {
      const note = profile.operators.strict === "warn" ? "（严格小于未满足，按规则方案给满分，请核实）" : "";
      return full(weight, () => `完成值 ${show(actual)} 等于指标值 ${show(target)}，指标性质＜${note}`);
    }
    return full(weight, () => `完成值 ${show(actual)} ${operator} 指标值 ${show(target)}`);
  }
  if (target.isZero()) {
    return {
      score: ZERO,
      status: "notMet",
      explain() {
        return `指标值为 0，完成值 ${show(actual)} 超出，得 0 分`;
      },
    };
  }
  if (profile.operators.lessOrEqual === "R1") {
    const score = clampToWeight(weight.times(target).div(actual), weight);
    return {
      score,
      status: "notMet",
      explain() {
        return `反向指标：指标值 ${show(target)} / 完成值 ${show(actual)} × 权重 ${show(weight)} = ${formatFixed(score, places)}`;
      },
    };
  }
  if (atLeast(actual, target.times(TWO))) {
    return {
      score: ZERO,
      status: "notMet",
      explain() {
        return `反向指标：完成值 ${show(actual)} 达到指标值 ${show(target)} 的2倍及以上，得 0 分`;
      },
    };
  }
  const score = clampToWeight(weight.times(ONE.minus(actual.minus(target).div(target))), weight);
  return {
    score,
    status: "notMet",
    explain() {
      return `反向指标：权重 ${show(weight)} × (1 − (完成值 ${show(actual)} − 指标值 ${show(target)}) / 指标值 ${show(target)}) = ${formatFixed(score, places)}`;
    },
  };
}
