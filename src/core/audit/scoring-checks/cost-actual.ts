/**
 * COST-ACTUAL: a 成本 indicator measured in 万元 whose 完成值 differs from what the project actually spent (its
 * execution total), e.g. 完成值 15 against 执行数 14.57. The cost actual should be the spending.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { fenToWan } from "../../money/fen.ts";
import type { Dec } from "../../numbers/decimal.ts";
import type { AuditCheck } from "../audit-check.ts";
import { listScoredTables, shortName } from "../evaluation-tables.ts";

export const costActual: AuditCheck = {
  code: "COST-ACTUAL",
  severity: "warning",
  title: "成本指标完成值与实际支出不符",
  run(context) {
    const findings: Finding[] = [];
    for (const { score, label } of listScoredTables(context)) {
      const executedFen = score.execution?.executedFen;
      if (executedFen === null || executedFen === undefined) continue;
      // Made on the table's first cost indicator: most tables have none.
      let executed: Dec | undefined;
      for (const scored of score.indicators) {
        const { indicator } = scored;
        if (!/成本/.test(`${indicator.level1}${indicator.level2 ?? ""}`)) continue;
        const { values } = scored;
        if (values.targetUnit !== "万元" || values.actual === null || values.target === null) continue;
        // Only a cost target that covers the whole project budget can be compared with the whole spending.
        const budget = score.execution?.budgetFen;
        if (budget === null || budget === undefined || values.target.lessThan(fenToWan(budget))) continue;
        executed ??= fenToWan(executedFen);
        if (values.actual.equals(executed)) continue;
        findings.push({
          code: this.code,
          severity: this.severity,
          location: `${scored.path}.actual`,
          expected: executed.toString(),
          found: indicator.actual ?? "",
          message: `${label}成本指标“${shortName(indicator.level3)}”完成值为 ${indicator.actual} 万元，项目实际执行数为 ${executed} 万元`,
        });
      }
    }
    return findings;
  },
};
