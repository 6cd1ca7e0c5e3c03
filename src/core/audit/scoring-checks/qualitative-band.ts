/**
 * QUALITATIVE-BAND: the score of a qualitative indicator must lie inside the band of its grade (10号: 达成
 * 80%–100% of the weight, 部分达成 60%–80%, 未达成 0–60%).
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { bandFor, bandLimits, inferQualitativeGrade } from "../../scoring/score-qualitative.ts";
import type { AuditCheck } from "../audit-check.ts";
import { listScoredTables, shortName } from "../evaluation-tables.ts";
import { readPrintedNumber } from "../printed-number.ts";

export const qualitativeBand: AuditCheck = {
  code: "QUALITATIVE-BAND",
  severity: "error",
  title: "定性指标得分不在等级区间内",
  run(context) {
    const findings: Finding[] = [];
    for (const { score, label } of listScoredTables(context)) {
      for (const scored of score.indicators) {
        if (scored.status !== "qualitative") continue;
        const given =
          readPrintedNumber(scored.indicator.printed?.score)?.value ?? (scored.overridden ? scored.final : null);
        const grade = inferQualitativeGrade(scored.indicator);
        if (given === null || grade === null) continue;
        const band = bandFor(context.profile, grade);
        const { min, max, maxInclusive } = bandLimits(band, scored.weight);
        const inside =
          given.greaterThanOrEqualTo(min) && (maxInclusive ? given.lessThanOrEqualTo(max) : given.lessThan(max));
        if (inside) continue;
        const range = `[${min}, ${max}${maxInclusive ? "]" : ")"}`;
        findings.push({
          code: this.code,
          severity: this.severity,
          location: `${scored.path}.${scored.overridden ? "override.score" : "printed.score"}`,
          expected: range,
          found: given.toString(),
          message: `${label}“${shortName(scored.indicator.level3)}”为定性指标，等级“${band.label}”的得分区间为 ${range}，实际给分 ${given}`,
        });
      }
    }
    return findings;
  },
};
