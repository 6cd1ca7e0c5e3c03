/**
 * EXECUTION-RATE: a printed execution rate must equal 执行数 ÷ 预算数 on the profile's base; a rate with a zero
 * budget is "—", and a rate printed without its % sign is flagged.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { DASH } from "../../numbers/decimal.ts";
import type { AuditCheck } from "../audit-check.ts";
import { judgePrinted } from "../printed-number.ts";
import { executionBaseOf } from "../../scoring/score-execution.ts";
import { listExecutionFigures } from "./execution-figures.ts";
import { showPercent } from "../../display/show-number.ts";

export const executionRate: AuditCheck = {
  code: "EXECUTION-RATE",
  severity: "error",
  title: "预算执行率与执行数、预算数不符",
  run(context) {
    const findings: Finding[] = [];
    const baseName = context.profile.execution.base === "adjusted" ? "全年（调整后）预算数" : "年初预算数";
    for (const figure of listExecutionFigures(context)) {
      if (figure.kind !== "rate") continue;
      const { printed, exact, row } = figure;
      if (exact === null) {
        if (!printed.value.isZero() || printed.hasPercentSign) {
          findings.push({
            code: this.code,
            severity: "info",
            location: figure.path,
            expected: DASH,
            found: printed.text,
            message: `${figure.label}${baseName}为 0，执行率无意义，应填“—”，原文为 ${printed.text}`,
          });
        }
        continue;
      }
      const verdict = judgePrinted(printed, exact, figure.profileDecimals);
      const expected = showPercent(exact, figure.profileDecimals);
      if (verdict === "wrong") {
        findings.push({
          code: this.code,
          severity: this.severity,
          location: figure.path,
          expected,
          found: printed.text,
          message: `${figure.label}执行率应为 ${expected}（${row.executed} ÷ ${baseName} ${executionBaseOf(row, context.profile.execution.base)}），原文为 ${printed.text}`,
        });
      } else if (!printed.hasPercentSign) {
        findings.push({
          code: this.code,
          severity: "warning",
          location: figure.path,
          expected,
          found: printed.text,
          message: `${figure.label}执行率 ${printed.text} 缺少百分号，应写作 ${printed.text}%`,
        });
      }
    }
    return findings;
  },
};
