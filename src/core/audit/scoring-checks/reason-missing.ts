/**
 * REASON-MISSING: every shortfall needs its reason — an indicator scored below its weight, an execution rate
 * below the profile's threshold (四川: 90%). "无" is not a reason.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { formatFixed } from "../../numbers/decimal.ts";
import type { AuditCheck } from "../audit-check.ts";
import { listScoredTables, shortName } from "../evaluation-tables.ts";
import { readPrintedNumber } from "../printed-number.ts";

export function hasReason(text: string | undefined): boolean {
  const t = (text ?? "").replace(/\s+/g, "");
  return t !== "" && !/^(无|无。|\/|—+|-+|\\)$/.test(t);
}

export const reasonMissing: AuditCheck = {
  code: "REASON-MISSING",
  severity: "error",
  title: "未完成未说明原因",
  run(context) {
    const findings: Finding[] = [];
    const { profile } = context;
    for (const { table, score, label } of listScoredTables(context)) {
      for (const scored of score.indicators) {
        if (hasReason(scored.indicator.reason)) continue;
        const given = readPrintedNumber(scored.indicator.printed?.score)?.value ?? scored.final;
        const name = `${label}“${shortName(scored.indicator.level3)}”`;
        if (profile.reasonRequired.belowWeight && given !== null && given.lessThan(scored.weight)) {
          findings.push({
            code: this.code,
            severity: this.severity,
            location: `${scored.path}.reason`,
            found: scored.indicator.reason ?? "",
            message: `${name}得分 ${given} 低于权重 ${scored.weight}，未说明偏差原因`,
          });
        }
      }
      const execution = score.execution;
      const threshold = profile.execution.reasonBelowRate;
      const row = table.execution.find((r) => r.role === "total");
      if (execution?.rate && threshold && execution.rate.lessThan(threshold) && !hasReason(row?.reason)) {
        findings.push({
          code: this.code,
          severity: this.severity,
          location: `${execution.path}.reason`,
          message: `${label}预算执行率 ${formatFixed(execution.rate, profile.rounding.rateDecimals)}% 低于 ${threshold}%，未说明原因`,
        });
      }
    }
    return findings;
  },
};
