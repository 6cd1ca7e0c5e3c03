/**
 * The reason rule, decided once: whether a reason field gives a reason at all, and which indicators the rule
 * profile asks to explain. The audit (REASON-MISSING, OVER-ACHIEVEMENT-REASON), the documents (the 偏差原因 column and
 * sentence) and the web grid (须填写原因) all ask here, so "暂无" cannot pass the audit while the report prints
 * "未说明原因", and "无" cannot fail the audit while the grid says nothing.
 * @module
 */
import { compareDecimals, type Dec } from "../numbers/decimal.ts";
import type { RuleProfile } from "../profiles/profile-schema.ts";
import type { IndicatorScore } from "./score-types.ts";

/**
 * What units type when they give no reason: "无", "没有", "暂无", "不适用", "/", "—" (any of these with a full stop),
 * or the form's printed instructions pasted into the cell (seed 004: "1.预算执行率=预算执行数/调整后预算数，预算执行率
 * 未达到90%的需说明原因…").
 */
const NO_REASON = /^(?:无|没有|暂无|不适用|\/|／|\\|—+|-+|－+)[。.]?$/;
const FORM_INSTRUCTIONS = /预算执行率\s*[=＝]\s*预算执行数|需说明原因[（(]\s*\d+\s*字以内/;

/** The reason as written (trimmed), or null when the field is blank, says "无"/"暂无", or holds the form's instructions. */
export function statedReason(text: string | undefined | null): string | null {
  const trimmed = (text ?? "").trim();
  const compact = trimmed.replace(/\s+/g, "");
  if (compact === "" || NO_REASON.test(compact) || FORM_INSTRUCTIONS.test(trimmed)) return null;
  return trimmed;
}

/** Does the field give a reason? */
export function hasReason(text: string | undefined | null): boolean {
  return statedReason(text) !== null;
}

/** Why the rules ask an indicator for a reason. */
export type ReasonDemand =
  /** scored below its weight (the score given: printed where the form printed one, else computed) */
  | { kind: "belowWeight"; score: Dec }
  /** not met: in a table printed without weights, or scored at its full weight all the same */
  | { kind: "unmet" }
  /** far above the target, where the profile asks to explain an over-achievement */
  | { kind: "overAchievement" };

/**
 * The reason `scored` must give under `profile`, or null when none is asked. `givenScore` is the score the table
 * states (its printed score), when it states one; otherwise the computed score is judged.
 */
export function reasonDemand(
  scored: IndicatorScore,
  profile: RuleProfile,
  givenScore?: Dec | null,
): ReasonDemand | null {
  const score = givenScore ?? scored.final;
  const weighted = scored.indicator.weight !== undefined;
  if (profile.reasonRequired.belowWeight && weighted && score !== null && compareDecimals(score, scored.weight) < 0) {
    return { kind: "belowWeight", score };
  }
  const unmetNeedsReason = profile.reasonRequired.unmet ?? profile.reasonRequired.belowWeight;
  // Unmet is judged from target and actual, not from the score the table gives: a row printed with full points
  // (≤5300元 against 5830元, scored 10 of 10) still has a shortfall to explain.
  if (unmetNeedsReason && scored.attainment === "notMet") return { kind: "unmet" };
  if (profile.reasonRequired.overAchievement && scored.status === "overAchieved") return { kind: "overAchievement" };
  return null;
}

/** The rules ask `scored` for a reason and its reason field gives none. */
export function isReasonMissing(scored: IndicatorScore, profile: RuleProfile, givenScore?: Dec | null): boolean {
  return reasonDemand(scored, profile, givenScore) !== null && !hasReason(scored.indicator.reason);
}
