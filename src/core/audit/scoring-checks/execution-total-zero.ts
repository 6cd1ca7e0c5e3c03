/**
 * EXECUTION-TOTAL-ZERO: a 年度资金总额 row printed 0 (or left blank) over 其中 rows that are not zero has lost its
 * figure: the rate and score printed on it (often 0 and 0) mean nothing, and the budget score is computed from the sum
 * of its 其中 rows (score-execution.ts). SUM-PARTS says the parts do not add up; this says what it costs the table.
 * @module
 */
import type { ExecutionRow } from "../../dataset/schema.ts";
import type { Finding } from "../../findings/finding.ts";
import { wanToFen } from "../../money/fen.ts";
import { amountUnitOf } from "../../dataset/amount-unit.ts";
import { executionBaseOf } from "../../scoring/score-execution.ts";
import { isExecutionBlockWhole } from "../../scoring/incomplete-table-parts.ts";
import type { AuditCheck } from "../audit-check.ts";
import { listScoredTables } from "../evaluation-tables.ts";
import { showAmountWithUnit } from "../../display/show-number.ts";

/** The 分 sum of one column of the rows, blanks left out. */
function sumOfColumn(rows: readonly ExecutionRow[], read: (row: ExecutionRow) => string | undefined): number {
  let sum = 0;
  for (const row of rows) {
    const text = read(row);
    if (text !== undefined) sum += wanToFen(text);
  }
  return sum;
}

export const executionTotalZero: AuditCheck = {
  code: "EXECUTION-TOTAL-ZERO",
  severity: "error",
  title: "年度资金总额为0而其中项不为0",
  run(context) {
    const findings: Finding[] = [];
    const base = context.profile.execution.base;
    const unit = amountUnitOf(context.dataset);
    for (const { table, path, label } of listScoredTables(context)) {
      const index = table.execution.findIndex((row) => row.role === "total");
      const total = table.execution[index];
      if (!total || !isExecutionBlockWhole(table)) continue;
      const parts = table.execution.filter((row) => row.role === "part" && (row.depth ?? 1) === 1);
      const budgetText = executionBaseOf(total, base);
      const totalBudget = budgetText === undefined ? 0 : wanToFen(budgetText);
      if (totalBudget !== 0) continue;
      const partsBudget = sumOfColumn(parts, (row) => executionBaseOf(row, base));
      if (partsBudget === 0) continue;
      const partsExecuted = sumOfColumn(parts, (row) => row.executed);
      const printed = [
        total.printed?.rate && `执行率 ${total.printed.rate}`,
        total.printed?.score && `得分 ${total.printed.score}`,
      ].filter(Boolean);
      const column = budgetText === total.budget && total.budget !== undefined ? "budget" : base;
      findings.push({
        code: this.code,
        severity: this.severity,
        location: `${path}.execution[${index}].${column}`,
        expected: showAmountWithUnit(partsBudget, unit),
        found: budgetText ?? "",
        message:
          `${label}“${total.label}”的预算数为 ${budgetText === undefined ? "空" : "0"}，其中项合计 ${showAmountWithUnit(partsBudget, unit)}（执行数 ${showAmountWithUnit(partsExecuted, unit)}）：` +
          `总额疑似漏填，预算执行率和得分按其中项合计计算${printed.length > 0 ? `，原文${printed.join("、")}不可信` : ""}`,
      });
    }
    return findings;
  },
};
