/**
 * UNIT-MISMATCH: target and actual in different units — "≧2万人次" against "25000" (人次), or "%" against "人".
 * Scoring converts the evident case; the table must still be corrected.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import type { AuditCheck } from "../audit-check.ts";
import { listScoredTables, shortName } from "../evaluation-tables.ts";

export const unitMismatch: AuditCheck = {
  code: "UNIT-MISMATCH",
  severity: "error",
  title: "指标值与完成值单位不一致",
  run(context) {
    const findings: Finding[] = [];
    for (const { score, label } of listScoredTables(context)) {
      for (const scored of score.indicators) {
        const { values } = scored;
        if (!values.unitConverted && !values.unitsIncompatible) continue;
        const actual = (scored.indicator.actual ?? "").trim();
        const converted = values.actual?.toString() ?? "";
        findings.push({
          code: this.code,
          severity: this.severity,
          location: `${scored.path}.actual`,
          expected: values.unitsIncompatible ? `单位 ${values.targetUnit}` : `${converted}${values.targetUnit ?? ""}`,
          found: actual,
          message: values.unitsIncompatible
            ? `${label}“${shortName(scored.indicator.level3)}”指标值单位为“${values.targetUnit}”，完成值单位为“${values.actualUnit}”，无法比较`
            : `${label}“${shortName(scored.indicator.level3)}”指标值以“${values.targetUnit}”计，完成值 ${actual} 却按${values.actualUnit ?? `“${(values.targetUnit ?? "").replace(/^[万亿]/, "")}”`}填写，应写作 ${converted}${values.targetUnit ?? ""}`,
        });
      }
    }
    return findings;
  },
};
