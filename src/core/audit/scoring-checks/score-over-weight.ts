/** SCORE-OVER-WEIGHT: no indicator may score more than its weight ("得分不得突破权重"). */
import type { Finding } from "../../findings/finding.ts";
import type { AuditCheck } from "../audit-check.ts";
import { listScoredTables, shortName } from "../evaluation-tables.ts";
import { readPrintedNumber } from "../printed-number.ts";

export const scoreOverWeight: AuditCheck = {
  code: "SCORE-OVER-WEIGHT",
  severity: "error",
  title: "得分超过权重",
  run(context) {
    const findings: Finding[] = [];
    for (const { table, path, label } of listScoredTables(context)) {
      table.indicators.forEach((indicator, i) => {
        const printed = readPrintedNumber(indicator.printed?.score);
        const given =
          printed?.value ?? (indicator.override ? readPrintedNumber(indicator.override.score)?.value : undefined);
        if (given === undefined || indicator.weight === undefined || !given.greaterThan(indicator.weight)) return;
        findings.push({
          code: this.code,
          severity: this.severity,
          location: `${path}.indicators[${i}].${printed ? "printed.score" : "override.score"}`,
          expected: `≤ ${indicator.weight}`,
          found: given.toString(),
          message: `${label}“${shortName(indicator.level3)}”得分 ${given} 超过权重 ${indicator.weight}`,
        });
      });
    }
    return findings;
  },
};
