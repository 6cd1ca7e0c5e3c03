/**
 * Scoring of a qualitative (定性) indicator by band (rules.md §2.4): the grade picks a band of the weight
 * (10号: 达成 80%–100%, 部分达成 60%–80%, 未达成 0–60%); the suggestion is the band's upper bound, just below it
 * when the bound is exclusive. Within the band the score is a judgement; the audit checks it stays inside.
 * @module
 */
import type { Indicator } from "../dataset/schema.ts";
import { Dec, formatFixed } from "../numbers/decimal.ts";
import type { QualitativeBand, RuleProfile } from "../profiles/profile-schema.ts";

export type QualitativeGrade = QualitativeBand["grade"];

/** Infers the grade from what was written when none was chosen: the actual restating the target counts as met. */
export function inferQualitativeGrade(indicator: Indicator): QualitativeGrade | null {
  if (indicator.qualitativeGrade) return indicator.qualitativeGrade;
  const actual = (indicator.actual ?? "").replace(/\s+/g, "");
  if (actual === "") return null;
  const target = (indicator.target ?? "").replace(/\s+/g, "");
  if (/未(达成|完成|实现|达到)/.test(actual)) return "notAchieved";
  if (/部分|基本/.test(actual)) return "partlyAchieved";
  if (actual === target || /达成|完成|实现|达到|达标|符合|良好|显著|明显|较高|提升|提高/.test(actual))
    return "achieved";
  return null;
}

export function bandFor(profile: RuleProfile, grade: QualitativeGrade): QualitativeBand {
  const band = profile.qualitativeBands.find((b) => b.grade === grade);
  if (!band) throw new RangeError(`规则方案缺少定性等级 ${grade}`);
  return band;
}

/** Band limits in points for a weight: [min, max] and whether max is included. */
export function bandLimits(band: QualitativeBand, weight: Dec): { min: Dec; max: Dec; maxInclusive: boolean } {
  return { min: weight.times(band.min), max: weight.times(band.max), maxInclusive: band.maxInclusive };
}

/** One unit of the last kept decimal: 0.01 for 2 places. */
const steps: Dec[] = [];
function stepOf(places: number): Dec {
  return (steps[places] ??= new Dec(1).div(new Dec(10).pow(places)));
}

export function scoreQualitative(
  grade: QualitativeGrade,
  weight: Dec,
  profile: RuleProfile,
): { score: Dec; explain: () => string } {
  const band = bandFor(profile, grade);
  const { min, max, maxInclusive } = bandLimits(band, weight);
  const places = profile.rounding.indicatorDecimals;
  const score = maxInclusive ? max : Dec.max(min, max.minus(stepOf(places)));
  return {
    score,
    // A method, not an arrow-function property (see score-quantitative.ts).
    explain() {
      const range = `[${formatFixed(min, places)}, ${formatFixed(max, places)}${maxInclusive ? "]" : ")"}`;
      return `定性指标“${band.label}”，得分区间 ${range}，建议取上限 ${formatFixed(score, places)}`;
    },
  };
}
