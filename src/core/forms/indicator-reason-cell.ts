/**
 * What the 偏差原因 / 未完成原因 column of a 自评表 shows for one indicator: the unit's reason, or a flag where the
 * reason rule (`src/core/scoring/reason-rule.ts`) requires one and none is given — the same answer the audit gives.
 * @module
 */
import { flagForUnscorable } from "../narrative/self-evaluation/describe-indicator-result.ts";
import { flagText } from "../narrative/self-evaluation/flag-text.ts";
import { indicatorReason } from "../narrative/self-evaluation/indicator-reason.ts";
import type { RuleProfile } from "../profiles/profile-schema.ts";
import { reasonDemand } from "../scoring/reason-rule.ts";
import type { IndicatorScore } from "../scoring/score-types.ts";

/** The reason cell's text: the stated reason, or the flag the rules ask for, or "". */
export function reasonCellText(scored: IndicatorScore, profile: RuleProfile): string {
  const { text } = indicatorReason(scored, profile);
  if (text !== null) return text;
  if (scored.status === "unscorable") return flagForUnscorable(scored.explanation);
  if (reasonDemand(scored, profile)?.kind === "belowWeight") return flagText("请补充", "偏差原因");
  return "";
}
