/**
 * BUDGET-ADJUSTMENT-UNSTATED: a report that says the budget was not adjusted while its 年初预算 and 全年（调整后）
 * 预算 differ contradicts itself (seed 001: "本年单位预算未进行预算相关事项的调整", 153.53 vs 127.10).
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { wanToFen } from "../../money/fen.ts";
import { normalizeWidth } from "../../parse/normalize-text.ts";
import type { AuditCheck } from "../audit-check.ts";
import { showMessageAmount } from "../../display/show-number.ts";

export const NO_ADJUSTMENT =
  /(?:未|没有|无|不存在|未曾)[^，。；,;]{0,12}调整|调整[^，。；,;]{0,4}(?:为|金额)?\s*(?:0|零)\s*(?:万元|元)?(?![.\d])/;

export const budgetAdjustmentUnstatedCheck: AuditCheck = {
  code: "BUDGET-ADJUSTMENT-UNSTATED",
  severity: "error",
  title: "称预算未调整，但年初预算与全年预算不同",
  run({ dataset }) {
    const statement = dataset.budget?.adjustmentStatement;
    if (statement === undefined || !NO_ADJUSTMENT.test(normalizeWidth(statement))) return [];
    const pairs: { name: string; initial?: string; adjusted?: string }[] = [];
    const total = dataset.department?.evaluation?.execution.find((row) => row.role === "total");
    if (total) pairs.push({ name: `部门整体自评表“${total.label}”`, initial: total.initial, adjusted: total.adjusted });
    const g = dataset.finalAccounts?.generalBudget;
    if (g) pairs.push({ name: "一般公共预算财政拨款支出", initial: g.initialBudget, adjusted: g.adjustedBudget });
    const findings: Finding[] = [];
    for (const pair of pairs) {
      if (pair.initial === undefined || pair.adjusted === undefined) continue;
      const initial = wanToFen(pair.initial);
      const adjusted = wanToFen(pair.adjusted);
      if (initial === adjusted) continue;
      const difference = adjusted - initial;
      findings.push({
        code: this.code,
        severity: this.severity,
        location: "budget.adjustmentStatement",
        expected: `说明预算调整 ${difference > 0 ? "+" : "−"}${showMessageAmount(Math.abs(difference))} 万元`,
        found: statement.trim(),
        message: `文中称“${statement.trim()}”，但${pair.name}年初预算 ${showMessageAmount(initial)} 万元、全年（调整后）预算 ${showMessageAmount(adjusted)} 万元，相差 ${showMessageAmount(Math.abs(difference))} 万元，属于预算调整`,
      });
      break;
    }
    return findings;
  },
};
