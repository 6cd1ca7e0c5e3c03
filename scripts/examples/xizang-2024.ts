/**
 * Seed 000: 西藏自治区科协 2024 整体支出绩效自评报告. Prose only; the attached 自评表 is referenced but missing, so
 * the department indicators come from the target sentences (一（三）) paired with the actual sentences (二（一）) and
 * carry no weight or score.
 * @module
 */
import type { DatasetInput, Indicator } from "../../src/core/dataset/schema.ts";
import { count, splitTarget, wan } from "./convert.ts";
import { splitNarrative } from "./narrative.ts";
import { lineOf, quote, readSeed, type Seed000 } from "./seed-files.ts";

const SEED_000 = "000_f47cac09c426e4a7.txt";

export function buildXizang(): DatasetInput {
  const seed = readSeed<Seed000>(SEED_000);
  const t = seed.table;
  const execution = t.budget_execution;
  const executionLine = lineOf(seed, "2024年年初预算数为");
  const overall = t.overall_scores[0];
  if (!overall) throw new Error(`${SEED_000}: 缺少整体得分`);

  const indicators: Indicator[] = t.performance_indicators_prose.map((row) => ({
    level1: row.level1,
    level2: row.level2,
    level3: row.indicator,
    ...splitTarget(row.target_printed),
    actual: row.actual_printed,
    // The transcription gives no line; the indicator's name first appears in its target sentence (一（三）).
    sourceLine: lineOf(seed, row.indicator),
  }));

  return {
    formatVersion: 1,
    year: count(t.unit.year),
    source: seed.file,
    unit: {
      name: t.unit.name,
      shortName: t.unit.short_name_printed,
      level: "province",
      staff: { authorized: count(t.unit.staff.authorized), totalYearEnd: count(t.unit.staff.actual) },
    },
    budget: { initial: { total: wan(execution.initial_budget), printed: { total: execution.initial_budget } } },
    department: { evaluation: { indicators } },
    finalAccounts: {
      income: {
        total: wan(execution.income.total),
        // "财拨收入" is the whole 财政拨款 (it may include 政府性基金), so no single fund source is claimed for it.
        items: [
          {
            name: "财拨收入",
            amount: wan(execution.income.fiscal_appropriation_printed_as_财拨收入),
            printed: { share: execution.income.fiscal_appropriation_share },
            sourceLine: executionLine,
          },
          {
            name: "其他收入",
            source: "other",
            amount: wan(execution.income.other_income),
            printed: { share: execution.income.other_income_share },
            sourceLine: executionLine,
          },
        ],
        printed: { total: execution.income.total },
      },
      expenditure: {
        total: wan(execution.expenditure.total),
        // Class codes are not printed in this document, so none are attached.
        byClass: execution.expenditure.by_function.map((line) => ({
          name: line.name,
          amount: wan(line.amount),
          printed: line.share === undefined ? undefined : { share: line.share },
          sourceLine: executionLine,
        })),
        printed: { total: execution.expenditure.total },
      },
    },
    narrative: splitNarrative(seed, [{ from: 1, to: seed.lines.length }]),
    // The letter around the report as the seed prints it (lines 4–7 and 87–95), filed under the Tibet outline.
    filing: {
      outline: "tibet",
      subtitle: quote(seed, "（2024年度）"),
      addressee: quote(seed, "自治区财政厅："),
      opening: quote(
        seed,
        "根据贵厅《关于开展2024年度自治区本级部门（单位）绩效评价的通知》（藏财绩﹝2025﹞43号）要求，我单位结合实际对2024年整体支出情况进行了认真梳理和全面分析总结，现将自评工作有关情况报告如下：",
      ),
      closing: quote(seed, "特此报告。"),
      attachments: [quote(seed, "部门整体支出绩效自评表")],
      signature: quote(seed, "西藏自治区科学技术协会"),
      date: quote(seed, "2025年5月26日"),
    },
    publishedScores: [
      {
        label: overall.description,
        score: overall.score_printed,
        grade: overall.rating_printed,
        components: Object.entries(overall.components).map(([label, score]) => ({ label, score })),
        sourceLine: overall.source_line,
      },
    ],
  };
}
