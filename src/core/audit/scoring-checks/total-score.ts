/**
 * TOTAL-SCORE: the printed total must equal the sum of the printed scores (execution score plus every indicator);
 * seed 004 prints 合计 99 where its own rows add to 89.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { Dec, formatTrimmed } from "../../numbers/decimal.ts";
import type { AuditCheck } from "../audit-check.ts";
import { listScoredTables } from "../evaluation-tables.ts";
import { readPrintedNumber } from "../printed-number.ts";
import { scoredExecutionIndex } from "../../scoring/score-execution.ts";

export const totalScore: AuditCheck = {
  code: "TOTAL-SCORE",
  severity: "error",
  title: "总分与各项得分之和不符",
  run(context) {
    const findings: Finding[] = [];
    for (const { table, path, label } of listScoredTables(context)) {
      const printedTotal = readPrintedNumber(table.printed?.totalScore);
      if (!printedTotal || table.incomplete) continue;
      // The budget score is on whichever row the form prints it (the total, or 其中：财政拨款).
      const executionRow = table.execution[scoredExecutionIndex(table)];
      const parts = [executionRow?.printed?.score, ...table.indicators.map((i) => i.printed?.score)]
        .map((text) => readPrintedNumber(text))
        .filter((n) => n !== null);
      if (parts.length === 0) continue;
      const sum = parts.reduce((acc, n) => acc.plus(n.value), new Dec(0));
      const decimals = Math.max(printedTotal.decimals, ...parts.map((n) => n.decimals));
      if (sum.toDecimalPlaces(printedTotal.decimals, Dec.ROUND_HALF_UP).equals(printedTotal.value)) continue;
      findings.push({
        code: this.code,
        severity: this.severity,
        location: `${path}.printed.totalScore`,
        expected: formatTrimmed(sum, decimals),
        found: printedTotal.text,
        message: `${label}合计得分印为 ${printedTotal.text}，各项得分（含预算执行）相加为 ${formatTrimmed(sum, decimals)}`,
      });
    }
    return findings;
  },
};
