/**
 * SCORE-RULE: a printed indicator score that differs from what the profile's rule gives, at the profile's
 * precision (satisfaction ≥95 with 90 scored 9, where 10 × 90 ÷ 95 = 9.47; a met target scored below its weight).
 * A warning: the unit may have had a reason, which it must then state.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { Dec, formatFixed } from "../../numbers/decimal.ts";
import type { AuditCheck } from "../audit-check.ts";
import { listScoredTables, shortName } from "../evaluation-tables.ts";
import { readPrintedNumber } from "../printed-number.ts";

export const scoreRule: AuditCheck = {
  code: "SCORE-RULE",
  severity: "warning",
  title: "得分与评分规则不符",
  run(context) {
    const findings: Finding[] = [];
    const places = context.profile.rounding.indicatorDecimals;
    for (const { score, label } of listScoredTables(context)) {
      for (const scored of score.indicators) {
        const printed = readPrintedNumber(scored.indicator.printed?.score);
        if (!printed || scored.suggested === null || scored.status === "qualitative") continue;
        if (printed.value.greaterThan(scored.weight)) continue; // SCORE-OVER-WEIGHT reports it
        const suggested = scored.suggested.toDecimalPlaces(places, Dec.ROUND_HALF_UP);
        if (suggested.equals(printed.value)) continue;
        const met = scored.status === "met" || scored.status === "overAchieved";
        findings.push({
          code: this.code,
          severity: this.severity,
          location: `${scored.path}.printed.score`,
          expected: formatFixed(suggested, places),
          found: printed.text,
          message:
            `${label}“${shortName(scored.indicator.level3)}”得分 ${printed.text}，按规则应为 ${formatFixed(suggested, places)}（${scored.explanation}）` +
            (met && printed.value.lessThan(scored.weight) ? "；指标已完成却未得满分" : ""),
        });
      }
    }
    return findings;
  },
};
