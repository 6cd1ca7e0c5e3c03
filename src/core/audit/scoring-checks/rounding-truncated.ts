/**
 * ROUNDING-TRUNCATED: a printed rate or score that is the exact value cut off instead of rounded half-up
 * (98.257% printed 98.25%). Rounding is half-up, once, at display; truncation is a mistake at any precision.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { formatFixed } from "../../numbers/decimal.ts";
import { judgePrintedValue } from "../../numbers/printed-verdict.ts";
import type { AuditCheck } from "../audit-check.ts";
import { listScoredTables, shortName } from "../evaluation-tables.ts";
import { readPrintedNumber } from "../printed-number.ts";
import { listExecutionFigures } from "./execution-figures.ts";

export const roundingTruncated: AuditCheck = {
  code: "ROUNDING-TRUNCATED",
  severity: "error",
  title: "截断而非四舍五入",
  run(context) {
    const findings: Finding[] = [];
    const report = (location: string, what: string, printedText: string, expected: string) =>
      findings.push({
        code: this.code,
        severity: this.severity,
        location,
        expected,
        found: printedText,
        message: `${what}印为 ${printedText}，是截断所得；四舍五入应为 ${expected}`,
      });
    for (const figure of listExecutionFigures(context)) {
      if (figure.exact === null) continue;
      if (judgePrintedValue(figure.printed, figure.exact) === "truncated") {
        const suffix = figure.kind === "rate" ? "%" : "";
        report(
          figure.path,
          `${figure.label}${figure.kind === "rate" ? "执行率" : "执行得分"}`,
          figure.printed.text,
          formatFixed(figure.exact, figure.printed.decimals) + suffix,
        );
      }
    }
    for (const { score, label } of listScoredTables(context)) {
      for (const scored of score.indicators) {
        const printed = readPrintedNumber(scored.indicator.printed?.score);
        // An integer score (9 for 9.79) is a judgement as often as a cut; only decimals show a truncation for sure.
        if (!printed || printed.decimals === 0 || scored.suggested === null || scored.status !== "notMet") continue;
        if (judgePrintedValue(printed, scored.suggested) === "truncated") {
          report(
            `${scored.path}.printed.score`,
            `${label}“${shortName(scored.indicator.level3)}”得分`,
            printed.text,
            formatFixed(scored.suggested, printed.decimals),
          );
        }
      }
    }
    return findings;
  },
};
