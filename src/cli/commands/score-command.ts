/**
 * `jixiao score <dataset.json> [--profile] [--json]`: the suggested score of every indicator with the rule that
 * produced it, subtotals per 一级/二级, total and grade, for the department table and every project table.
 * @module
 */
import type { Dataset } from "../../core/dataset/schema.ts";
import { type Dec, formatFixed } from "../../core/numbers/decimal.ts";
import type { RuleProfile } from "../../core/profiles/profile-schema.ts";
import { resolveLevels } from "../../core/scoring/indicator-hierarchy.ts";
import { scoreDataset } from "../../core/scoring/score-dataset.ts";
import type { TableScore } from "../../core/scoring/score-types.ts";
import { formatTable } from "../format-table.ts";
import { readDataset } from "../read-inputs.ts";
import type { CommandResult } from "./command-result.ts";

const STATUS_LABEL = {
  met: "完成",
  notMet: "未完成",
  overAchieved: "超额",
  qualitative: "定性",
  unscorable: "无法计分",
} as const;

function tablesOf(dataset: Dataset, profile: RuleProfile): { label: string; score: TableScore }[] {
  const scores = scoreDataset(dataset, profile);
  const tables: { label: string; score: TableScore }[] = [];
  if (scores.department) tables.push({ label: "部门整体支出绩效自评表", score: scores.department });
  scores.projects.forEach((score, i) => {
    const project = dataset.projects[i];
    if (score && project)
      tables.push({ label: `项目：${project.code ? `${project.code} ` : ""}${project.name}`, score });
  });
  return tables;
}

export function runScore(file: string, profile: RuleProfile, json: boolean): CommandResult {
  const dataset = readDataset(file);
  const tables = tablesOf(dataset, profile);
  const { indicatorDecimals: sd, totalDecimals: td, rateDecimals: rd } = profile.rounding;
  const show = (value: Dec | null, places: number) => (value === null ? "" : formatFixed(value, places));

  if (json) {
    const out = tables.map(({ label, score }) => {
      const levels = resolveLevels(
        score.indicators.map((s) => s.indicator),
        profile,
      );
      return {
        label,
        path: score.path,
        execution: score.execution && {
          path: score.execution.path,
          base: score.execution.base,
          rate: show(score.execution.rate, rd),
          score: show(score.execution.score, sd),
          weight: score.execution.weight.toString(),
          rule: score.execution.explanation,
        },
        indicators: score.indicators.map((s, i) => ({
          path: s.path,
          level1: levels[i]?.level1 ?? "",
          level2: levels[i]?.level2 ?? "",
          level3: s.indicator.level3,
          operator: s.indicator.operator ?? s.indicator.operatorPrinted ?? "",
          target: s.indicator.target ?? "",
          unit: s.indicator.unit ?? "",
          actual: s.indicator.actual ?? "",
          weight: s.weight.toString(),
          status: s.status,
          suggested: show(s.suggested, sd),
          final: show(s.final, sd),
          overridden: s.overridden,
          rule: s.explanation,
        })),
        subtotals: score.subtotals.map((t) => ({
          level1: t.level1,
          level2: t.level2,
          weight: t.weight.toString(),
          score: show(t.score, sd),
        })),
        totalWeight: score.totalWeight.toString(),
        total: show(score.total, td),
        grade: score.grade,
        missing: score.missing,
      };
    });
    return {
      exitCode: 0,
      output: JSON.stringify({ profile: profile.id, file, year: dataset.year, tables: out }, null, 2),
    };
  }

  if (tables.length === 0) return { exitCode: 0, output: `${file}：没有可计分的自评表（部门整体或项目）` };
  const sections = tables.map(({ label, score }) => {
    const levels = resolveLevels(
      score.indicators.map((s) => s.indicator),
      profile,
    );
    const lines = [`【${label}】`];
    if (score.execution) lines.push(`预算执行：${score.execution.explanation}`);
    const rows = score.indicators.map((s, i) => [
      levels[i]?.level1 ?? "",
      levels[i]?.level2 ?? "",
      s.indicator.level3,
      s.indicator.operator ?? "",
      `${s.indicator.target ?? ""}${s.indicator.unit ?? ""}`,
      s.indicator.actual ?? "",
      s.weight.toString(),
      show(s.suggested, sd),
      show(s.final, sd),
      STATUS_LABEL[s.status],
      s.explanation,
    ]);
    lines.push(
      formatTable(
        [
          { header: "一级", maxWidth: 12 },
          { header: "二级", maxWidth: 14 },
          { header: "三级指标", maxWidth: 28 },
          { header: "性质" },
          { header: "指标值", maxWidth: 14 },
          { header: "完成值", maxWidth: 14 },
          { header: "权重", align: "right" },
          { header: "建议得分", align: "right" },
          { header: "采用得分", align: "right" },
          { header: "状态" },
          { header: "规则", maxWidth: 90 },
        ],
        rows,
      ),
    );
    const level1Totals = score.subtotals.filter((t) => t.level2 === null);
    lines.push(`小计：${level1Totals.map((t) => `${t.level1} ${show(t.score, sd)}/${t.weight}`).join("，")}`);
    lines.push(
      score.grade === null
        ? `总分：—（${score.missing.length > 0 ? score.missing.join("；") : "指标未填写权重，无法计分"}，不评定等级）`
        : `总分：${show(score.total, td)} / ${score.totalWeight}，等级：${score.grade}`,
    );
    return lines.join("\n");
  });
  return { exitCode: 0, output: `${file}（规则方案：${profile.name}）\n\n${sections.join("\n\n")}` };
}
