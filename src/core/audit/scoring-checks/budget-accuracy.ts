/**
 * BUDGET-ACCURACY: an indicator defined by a formula on the table's own figures — 预算编制准确率 =
 * |(执行数 − 预算数) ÷ 预算数| — is recomputed from the execution block. On the 年初 budget the seed's 公用经费
 * tables miss their ≤5% target (6.65%, 8.93%, 33.71%) yet print 5 and full marks; on the adjusted budget the rate
 * is trivially 0, so "5" is no computed value either way.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { wanToFen } from "../../money/fen.ts";
import { Dec, formatFixed, percentOf } from "../../numbers/decimal.ts";
import type { AuditCheck } from "../audit-check.ts";
import { listScoredTables } from "../evaluation-tables.ts";

const ACCURACY_NAME = /预算编制准确率|[|∣]\s*[（(]\s*执行数\s*[-－−]\s*预算数\s*[）)]\s*[/／]\s*预算数\s*[|∣]/;

/** |执行数 − 年初预算数| ÷ 年初预算数 × 100, and its text at two decimals (empty for a zero budget). */
function deviationOf(executed: string, initial: string): { deviation: Dec | null; computed: string } {
  const deviation = percentOf(Math.abs(wanToFen(executed) - wanToFen(initial)), wanToFen(initial));
  return { deviation, computed: deviation === null ? "" : formatFixed(deviation, 2) };
}

export const budgetAccuracy: AuditCheck = {
  code: "BUDGET-ACCURACY",
  severity: "error",
  title: "按公式可算的指标完成值与表内数据不符",
  run(context) {
    const findings: Finding[] = [];
    for (const { table, score, label } of listScoredTables(context)) {
      const total = table.execution.find((row) => row.role === "total");
      if (!total?.initial || !total.executed) continue;
      // The table's deviation, worked out on its first 预算编制准确率 row and shared by the others.
      let figures: { deviation: Dec | null; computed: string } | undefined;
      for (const scored of score.indicators) {
        if (!ACCURACY_NAME.test(scored.indicator.level3)) continue;
        const { values } = scored;
        figures ??= deviationOf(total.executed, total.initial);
        const { deviation, computed } = figures;
        if (deviation === null || values.target === null) continue;
        const met =
          values.operator === "≤" || values.operator === "<" ? deviation.lessThanOrEqualTo(values.target) : true;
        const actualMatches = values.actual !== null && values.actual.equals(new Dec(computed));
        if (met && actualMatches) continue;
        findings.push({
          code: this.code,
          severity: met ? "warning" : this.severity,
          location: `${scored.path}.actual`,
          expected: `${computed}%`,
          found: scored.indicator.actual ?? "",
          message:
            `${label}“预算编制准确率”按年初预算计算为 |${total.executed} − ${total.initial}| ÷ ${total.initial} = ${computed}%` +
            `，完成值却填 ${scored.indicator.actual ?? "（空）"}` +
            (met ? "" : `；未达到指标值 ${values.operator ?? ""}${values.target}%，不应得满分`),
        });
      }
    }
    return findings;
  },
};
