/**
 * The 偏差原因 of an indicator as a report prints it, in the sentence and in the table's 原因 column alike: the
 * unit's text when it states a reason at all, without clauses claiming a deduction the computation does not give,
 * plus a flag for each clause taken out.
 * @module
 */
import type { RuleProfile } from "../../profiles/profile-schema.ts";
import type { IndicatorScore } from "../../scoring/score-types.ts";
import { flagText } from "./flag-text.ts";
import { reconcileIndicatorReason } from "./reconcile-stated-scores.ts";
import { statedReason } from "./stated-reason.ts";

export interface IndicatorReason {
  /** The reason to print, or null when the unit gave none. */
  text: string | null;
  /** Flags for clauses taken out ("" when none). */
  flags: string;
}

/** The printable reason of `scored`. */
export function indicatorReason(scored: IndicatorScore, profile: RuleProfile): IndicatorReason {
  const stated = statedReason(scored.indicator.reason);
  if (stated === null) return { text: null, flags: "" };
  const { text, conflicts } = reconcileIndicatorReason(stated, scored, profile);
  const flags = conflicts
    .map((c) => flagText("请核实", `原因中“${c.stated}”与按评分规则计算的${c.computed}不符，已略去`))
    .join("");
  return { text: statedReason(text), flags };
}
