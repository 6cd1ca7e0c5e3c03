/**
 * STRICT-OPERATOR-EQUAL: "＞1 场次" with an actual of 1 is, strictly, not met; tables usually score it as met.
 * Raised when the profile says to warn, so the unit either fixes the operator (≥) or the score.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import type { AuditCheck } from "../audit-check.ts";
import { listScoredTables, shortName } from "../evaluation-tables.ts";

export const strictOperatorEqual: AuditCheck = {
  code: "STRICT-OPERATOR-EQUAL",
  severity: "warning",
  title: "严格不等号恰好等于指标值",
  run(context) {
    if (context.profile.operators.strict !== "warn") return [];
    const findings: Finding[] = [];
    for (const { score, label } of listScoredTables(context)) {
      for (const scored of score.indicators) {
        const { values } = scored;
        if ((values.operator !== ">" && values.operator !== "<") || values.target === null || values.actual === null)
          continue;
        if (!values.actual.equals(values.target)) continue;
        const glyph = values.operator === ">" ? "＞" : "＜";
        findings.push({
          code: this.code,
          severity: this.severity,
          location: `${scored.path}.operator`,
          expected: values.operator === ">" ? "≥" : "≤",
          found: glyph,
          message: `${label}“${shortName(scored.indicator.level3)}”指标值为 ${glyph}${values.target}，完成值恰好为 ${values.actual}，严格意义上未达成；若本意为“${values.operator === ">" ? "≥" : "≤"}”请改正指标性质，否则应扣分并说明原因`,
        });
      }
    }
    return findings;
  },
};
