/**
 * The 评价结论 of a 项目支出绩效自评表 as it is filed: the unit's own conclusion without the sentences that state a
 * score, execution rate or deduction the computation does not give, ending with the total and grade computed from
 * the table. Seed 004 printed "自评得分99分" under a 合计 of 49.47; the form now says 49.47 in both places. The
 * sentence taken out is reported by the audit (PUBLISHED-SCORE), not in the form, which is a public document.
 * @module
 */
import type { RuleProfile } from "../../profiles/profile-schema.ts";
import type { TableScore } from "../../scoring/score-types.ts";
import { scoreText } from "../phrases.ts";
import { reconcileStatedScores } from "./reconcile-stated-scores.ts";

/** The conclusion text for the form; the unit's text unchanged when the table cannot be scored. */
export function tableConclusion(
  conclusion: string | undefined,
  score: TableScore | null,
  profile: RuleProfile,
): string {
  const own = (conclusion ?? "").trim();
  if (!score || score.grade === null) return own;
  const { text, conflicts } = reconcileStatedScores(own, score, profile);
  // The unit's own "自评得分100分" where the table adds to 100 stands as written.
  if (conflicts.length === 0 && /得分\s*\d/.test(text)) return text;
  const places = profile.rounding.totalDecimals;
  const total = score.totalWeight.equals(100)
    ? `自评得分${scoreText(score.total, places)}，自评等级为“${score.grade}”。`
    : `自评得分${scoreText(score.total, places)}（分值${scoreText(score.totalWeight, places)}），折合百分制${scoreText(score.total.div(score.totalWeight).times(100), places)}，自评等级为“${score.grade}”。`;
  return text === "" ? total : `${text}${/[。！？]$/.test(text) ? "" : "。"}${total}`;
}
