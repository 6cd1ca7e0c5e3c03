/**
 * REPORT-GAP: something only the unit can write is missing from what the reports print — a budget adjusted during
 * the year without its reason ("年初未安排预算，年度中追加预算50.00万元。" and nothing on why), a 部门整体支出绩效自评表
 * without its 年度总体目标 (预期目标 and 实际完成情况), an indicator over-achieved without the reason the profile asks
 * for.
 *
 * A warning, not an error: real published tables often leave these cells empty (the corpus of real documents has
 * many clean ones that do), so an empty cell is not a mistake of the unit's. For the same reason the documents print
 * no 【请补充…】 for these gaps (a placeholder is printed only where an error-level finding blocks submission, so none
 * reaches a filing); the warning asks the unit to write what is missing.
 *
 * The rule for the adjustment is the generator's own (`adjustmentLacksReason`), so the audit and the documents cannot
 * disagree. The placeholders the reports do print have their own error-level checks (blank actuals
 * BLANK-ACTUAL-SCORED, weights WEIGHT-SUM and FILING-RESIDUE, reasons below the weight REASON-MISSING, indicator years
 * FILING-RESIDUE).
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import {
  adjustmentLacksReason,
  describeBudgetAdjustment,
} from "../../narrative/self-evaluation/describe-budget-adjustment.ts";
import { PROJECT_EXECUTION_LABELS } from "../../narrative/self-evaluation/describe-execution.ts";
import { indicatorReason } from "../../narrative/self-evaluation/indicator-reason.ts";
import { projectDocuments } from "../../narrative/split-narrative-documents.ts";
import type { AuditCheck } from "../audit-check.ts";

export const reportGapCheck: AuditCheck = {
  code: "REPORT-GAP",
  severity: "warning",
  title: "自评报告缺少应由单位填写的内容（预算调整原因、超额完成原因、年度总体目标）",
  run({ dataset, scores, profile }) {
    const findings: Finding[] = [];
    const gap = (location: string, found: string, expected: string, message: string) =>
      findings.push({ code: this.code, severity: this.severity, location, found, expected, message });
    // A project the unit wrote its own report for (凉山's 附件2-1 … 2-3) is printed from that report, not generated.
    const own = projectDocuments(
      dataset.narrative,
      dataset.projects.map((p) => p.name),
    );
    const tables = [
      { path: "department.evaluation", name: "部门整体支出绩效自评表", table: dataset.department?.evaluation },
      ...dataset.projects.map((project, i) => ({
        path: `projects[${i}].evaluation`,
        name: `“${project.name}”项目自评表`,
        table: own[i] ? undefined : project.evaluation,
        labels: PROJECT_EXECUTION_LABELS,
      })),
    ];
    for (const { path, name, table, ...rest } of tables) {
      const k = table?.execution.findIndex((row) => row.role === "total") ?? -1;
      const row = table?.execution[k];
      if (!adjustmentLacksReason(row)) continue;
      const sentence = describeBudgetAdjustment(row, "labels" in rest ? { labels: rest.labels } : {});
      gap(
        `${path}.execution[${k}].reason`,
        "未说明调整原因",
        "说明预算调整原因",
        `${name}${sentence.replace(/。$/, "")}，未说明调整原因：请补充调整原因`,
      );
    }
    // An indicator over-achieved without a reason where the profile asks for one.
    if (profile.reasonRequired.overAchievement) {
      const scored = [
        { path: "department.evaluation", score: scores.department },
        ...scores.projects.map((score, i) => ({ path: `projects[${i}].evaluation`, score: own[i] ? null : score })),
      ];
      for (const { path, score } of scored) {
        score?.indicators.forEach((indicator, i) => {
          if (indicator.status !== "overAchieved" || indicatorReason(indicator, profile).text !== null) return;
          gap(
            `${path}.indicators[${i}].reason`,
            "未说明超额原因",
            "说明超额完成原因",
            `指标“${indicator.indicator.level3}”超额完成而未说明原因，请补充超额完成原因`,
          );
        });
      }
    }
    // As the 自评表 prints its 年度总体目标 (core/forms/department-form): the listed goals, else the department's goals
    // as the one 预期目标 with no 实际完成情况.
    const department = dataset.department;
    const evaluation = department?.evaluation;
    if (evaluation) {
      const listed = evaluation.goals.filter((g) => (g.expected ?? "").trim() !== "" || (g.actual ?? "").trim() !== "");
      const entries = listed.length > 0 ? listed : [{ expected: department.goals ?? "", actual: "" }];
      const blanks = new Set<string>();
      for (const entry of entries) {
        if ((entry.expected ?? "").trim() === "") blanks.add("预期目标");
        if ((entry.actual ?? "").trim() === "") blanks.add("实际完成情况");
      }
      if (blanks.size > 0) {
        const what = [...blanks].join("、");
        gap(
          "department.evaluation.goals",
          `${what}未填写`,
          `填写年度总体目标的${what}`,
          `部门整体支出绩效自评表年度总体目标的${what}未填写，请补充`,
        );
      }
    }
    return findings;
  },
};
