/**
 * OVER-ACHIEVEMENT-REASON: an actual at or above the profile's threshold times the target (default 1.3×) needs an
 * explanation — 10号 asks whether the target was set too low. The figures may well be right; the reason is missing.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import type { AuditCheck } from "../audit-check.ts";
import { listScoredTables, shortName } from "../evaluation-tables.ts";
import { hasReason } from "../../scoring/reason-rule.ts";

export const overAchievementReason: AuditCheck = {
  code: "OVER-ACHIEVEMENT-REASON",
  severity: "warning",
  title: "大幅超额完成未说明原因",
  run(context) {
    const { profile } = context;
    if (!profile.reasonRequired.overAchievement) return [];
    const findings: Finding[] = [];
    for (const { score, label } of listScoredTables(context)) {
      for (const scored of score.indicators) {
        if (scored.status !== "overAchieved" || hasReason(scored.indicator.reason)) continue;
        findings.push({
          code: this.code,
          severity: this.severity,
          location: `${scored.path}.reason`,
          expected: `完成值 < 指标值 × ${profile.overAchievement.threshold}，或说明原因`,
          found: `${scored.indicator.actual ?? ""}（指标值 ${scored.indicator.target ?? ""}）`,
          message: `${label}“${shortName(scored.indicator.level3)}”完成值 ${scored.indicator.actual} 达到指标值 ${scored.indicator.target} 的 ${profile.overAchievement.threshold} 倍以上，应说明超额原因（指标值是否设定偏低）`,
        });
      }
    }
    return findings;
  },
};
