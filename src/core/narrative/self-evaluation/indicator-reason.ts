/**
 * The 偏差原因 of an indicator as a report prints it, in the sentence and in the table's 原因 column alike: the
 * unit's text when it states a reason at all, without clauses claiming a deduction the computation does not give
 * ("满意度未达设定指标，扣1分。" beside a computed 9.47 of 10). The clause taken out is the audit's to report
 * (STATED-CLAIM-CONTRADICTED at the indicator's reason), not the public report's.
 * @module
 */
import type { RuleProfile } from "../../profiles/profile-schema.ts";
import type { IndicatorScore } from "../../scoring/score-types.ts";
import { reconcileIndicatorReason } from "./reconcile-stated-scores.ts";
import { statedReason } from "./stated-reason.ts";

export interface IndicatorReason {
  /** The reason to print, or null when the unit gave none. */
  text: string | null;
}

/** The printable reason of `scored`. */
export function indicatorReason(scored: IndicatorScore, profile: RuleProfile): IndicatorReason {
  const stated = statedReason(scored.indicator.reason);
  if (stated === null) return { text: null };
  return { text: statedReason(reconcileIndicatorReason(stated, scored, profile).text) };
}
