/**
 * REASON-MISSING: every shortfall needs its reason — an indicator scored below its weight, an unmet indicator (where
 * the profile asks: reasonRequired.unmet, by default as belowWeight) whether or not the table prints weights and
 * whatever score it prints for it (seen: ≤5300元 against 5830元 printed with its full 10 points), an
 * execution rate below the profile's threshold (四川: 90%) on the row the budget score is on. "无" is not a reason.
 * Only where the form has a reason cell (`reasonCells`): a form without one is not faulted for leaving it out, nor is
 * the row a table's cut runs through (cut-indicator-row.ts), whose reason cell may be in the part not printed.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import type { AuditCheck } from "../audit-check.ts";
import { listScoredTables, shortName } from "../evaluation-tables.ts";
import { readPrintedNumber } from "../printed-number.ts";
import { hasReason, reasonDemand } from "../../scoring/reason-rule.ts";
import { isCutIndicatorRow } from "../../scoring/cut-indicator-row.ts";
import { showPercent } from "../../display/show-number.ts";

/** Whether a field gives a reason is the reason rule's (src/core/scoring/reason-rule.ts), re-exported for the checks. */
export { hasReason };

export const reasonMissing: AuditCheck = {
  code: "REASON-MISSING",
  severity: "error",
  title: "未完成未说明原因",
  run(context) {
    const findings: Finding[] = [];
    const { profile } = context;
    for (const { table, score, label } of listScoredTables(context)) {
      const indicatorCells = table.reasonCells?.indicators !== false;
      for (const [i, scored] of score.indicators.entries()) {
        if (!indicatorCells || hasReason(scored.indicator.reason) || isCutIndicatorRow(table, i)) continue;
        const given = readPrintedNumber(scored.indicator.printed?.score)?.value ?? scored.final;
        const demand = reasonDemand(scored, profile, given);
        if (demand === null || demand === undefined) continue;
        const name = `${label}“${shortName(scored.indicator.level3)}”`;
        if (demand.kind === "belowWeight") {
          findings.push({
            code: this.code,
            severity: this.severity,
            location: `${scored.path}.reason`,
            found: scored.indicator.reason ?? "",
            message: `${name}得分 ${given} 低于权重 ${scored.weight}，未说明偏差原因`,
          });
        } else if (demand.kind === "unmet") {
          const values = `指标值 ${(scored.indicator.target ?? "").trim()}，完成值 ${(scored.indicator.actual ?? "").trim()}`;
          findings.push({
            code: this.code,
            severity: this.severity,
            location: `${scored.path}.reason`,
            found: scored.indicator.reason ?? "",
            message:
              scored.indicator.weight !== undefined && given !== null
                ? `${name}未完成（${values}），却得 ${given} 分（权重 ${scored.weight}），未说明偏差原因`
                : `${name}未完成（${values}），未说明偏差原因`,
          });
        }
      }
      const execution = score.execution;
      const threshold = profile.execution.reasonBelowRate;
      const explained = table.execution.some((r) => hasReason(r.reason));
      const executionCell = table.reasonCells?.execution !== false;
      if (executionCell && execution?.rate && threshold && execution.rate.lessThan(threshold) && !explained) {
        findings.push({
          code: this.code,
          severity: this.severity,
          location: `${execution.path}.reason`,
          message: `${label}预算执行率 ${showPercent(execution.rate, profile.rounding.rateDecimals)} 低于 ${threshold}%，未说明原因`,
        });
      }
    }
    return findings;
  },
};
