/**
 * EXECUTION-SCORE: the printed execution score must equal 分值 × min(执行率, 100%). Printed with fewer decimals
 * than the profile uses but right at its own precision (seed 001: 9.8 for 9.825) is only an info; under a profile
 * with that precision it is no finding at all. A whole number for a fractional score (9 for 9.38) is not a precision
 * the rule allows: it differs from the rule's figure and is a warning that gives it.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { formatFixed } from "../../numbers/decimal.ts";
import type { AuditCheck } from "../audit-check.ts";
import { judgePrintedValue } from "../../numbers/printed-verdict.ts";
import { readPrintedNumber } from "../printed-number.ts";
import { listScoredTables } from "../evaluation-tables.ts";
import { Dec } from "../../numbers/decimal.ts";
import { listExecutionFigures } from "./execution-figures.ts";

export const executionScore: AuditCheck = {
  code: "EXECUTION-SCORE",
  severity: "error",
  title: "预算执行得分与执行率不符",
  run(context) {
    const findings: Finding[] = [];
    // A weight printed on the budget row that is not the one scored on: the province's split (20/80) is not the
    // profile's, and every score of the table depends on it.
    for (const { table, score, label } of listScoredTables(context)) {
      const execution = score.execution;
      const index = Number(/\[(\d+)\]$/.exec(execution?.path ?? "")?.[1] ?? -1);
      const printedWeight = readPrintedNumber(table.execution[index]?.printed?.weight);
      if (!execution || !printedWeight || printedWeight.value.equals(execution.weight)) continue;
      findings.push({
        code: this.code,
        severity: "warning",
        location: `${execution.path}.printed.weight`,
        expected: execution.weight.toString(),
        found: printedWeight.text,
        message: `${label}预算执行分值印为 ${printedWeight.text}，按规则方案为 ${execution.weight}：若本地规则为 ${printedWeight.text}/${new Dec(100).minus(printedWeight.value)} 分，请选用相应规则方案或填写 executionWeight`,
      });
    }
    for (const figure of listExecutionFigures(context)) {
      if (figure.kind !== "score" || figure.exact === null) continue;
      const verdict = judgePrintedValue(figure.printed, figure.exact, { expectedDecimals: figure.profileDecimals });
      const expected = formatFixed(figure.exact, figure.profileDecimals);
      if (verdict === "wrong" || verdict === "offByOne") {
        findings.push({
          code: this.code,
          severity: this.severity,
          location: figure.path,
          expected,
          found: figure.printed.text,
          message: `${figure.label}预算执行得分应为 ${expected}，原文为 ${figure.printed.text}`,
        });
      } else if (verdict === "lowPrecision" && figure.printed.decimals === 0) {
        findings.push({
          code: this.code,
          severity: "warning",
          location: figure.path,
          expected,
          found: figure.printed.text,
          message: `${figure.label}预算执行得分印为 ${figure.printed.text}，按规则应为 ${expected}（${figure.explanation}）`,
        });
      } else if (verdict === "lowPrecision") {
        findings.push({
          code: this.code,
          severity: "info",
          location: figure.path,
          expected,
          found: figure.printed.text,
          message: `${figure.label}预算执行得分 ${figure.printed.text} 按 ${figure.printed.decimals} 位小数是正确的；按规则方案保留 ${figure.profileDecimals} 位小数应为 ${expected}，总分随之变化`,
        });
      }
    }
    return findings;
  },
};
