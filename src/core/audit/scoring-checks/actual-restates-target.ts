/**
 * ACTUAL-RESTATES-TARGET: the 完成值 repeats the target with its operator ("≥90%") instead of stating what was
 * achieved, so the score cannot be verified (seed 000 满意度).
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { splitLeadingOperator } from "../../parse/parse-operator.ts";
import { shortName } from "../evaluation-tables.ts";
import type { AuditCheck } from "../audit-check.ts";

export const actualRestatesTarget: AuditCheck = {
  code: "ACTUAL-RESTATES-TARGET",
  severity: "warning",
  title: "完成值只是重述指标值",
  run(context) {
    const findings: Finding[] = [];
    const tables = [
      { table: context.dataset.department?.evaluation, path: "department.evaluation", label: "部门整体自评" },
      ...context.dataset.projects.map((p, i) => ({
        table: p.evaluation,
        path: `projects[${i}].evaluation`,
        label: `项目“${p.name}”`,
      })),
    ];
    for (const { table, path, label } of tables) {
      table?.indicators.forEach((indicator, i) => {
        const actual = (indicator.actual ?? "").trim();
        if (actual === "" || splitLeadingOperator(actual).operator === null) return;
        findings.push({
          code: this.code,
          severity: this.severity,
          location: `${path}.indicators[${i}].actual`,
          found: actual,
          message: `${label}“${shortName(indicator.level3)}”完成值“${actual}”带有比较符号，只是重述了指标，应填写实际达到的数值`,
        });
      });
    }
    return findings;
  },
};
