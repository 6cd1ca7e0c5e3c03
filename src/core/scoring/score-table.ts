/**
 * Scores a whole self-evaluation table (the department's or a project's): execution, every indicator, subtotals
 * per 一级 and 二级, total and grade. The grade is taken from the total as published, i.e. rounded half-up to the
 * profile's total decimals, so that a printed 90.00 is never graded 良.
 * @module
 */
import type { EvaluationTable } from "../dataset/schema.ts";
import { Dec } from "../numbers/decimal.ts";
import type { RuleProfile } from "../profiles/profile-schema.ts";
import { gradeOf } from "./grade.ts";
import { resolveLevels } from "./indicator-hierarchy.ts";
import { scoreExecution } from "./score-execution.ts";
import { type ScoringOptions, scoreIndicator } from "./score-indicator.ts";
import type { Subtotal, TableScore } from "./score-types.ts";

const ZERO = new Dec(0);

export function scoreTable(
  table: EvaluationTable,
  path: string,
  profile: RuleProfile,
  options: ScoringOptions = {},
): TableScore {
  const execution = scoreExecution(table, path, profile);
  const levels = resolveLevels(table.indicators, profile);
  const indicators = table.indicators.map((indicator, i) =>
    scoreIndicator(indicator, `${path}.indicators[${i}]`, profile, options),
  );

  const subtotals = new Map<string, Subtotal>();
  const level1Subtotals: Subtotal[] = [];
  indicators.forEach((scored, i) => {
    const { level1, level2 } = levels[i] ?? { level1: "", level2: null };
    for (const key of [level1, level2 === null ? null : `${level1}\u0000${level2}`]) {
      if (key === null) continue;
      let entry = subtotals.get(key);
      if (!entry) {
        entry = { level1, level2: key === level1 ? null : level2, weight: ZERO, score: ZERO };
        subtotals.set(key, entry);
        if (key === level1) level1Subtotals.push(entry);
      }
      entry.weight = entry.weight.plus(scored.weight);
      if (scored.final !== null) entry.score = entry.score.plus(scored.final);
    }
  });

  // Every indicator is in exactly one 一级 subtotal, so the table's sums are the sums of those.
  const executionWeight = execution?.weight ?? ZERO;
  const totalWeight = level1Subtotals.reduce((sum, s) => sum.plus(s.weight), executionWeight);
  const total = level1Subtotals.reduce((sum, s) => sum.plus(s.score), execution?.score ?? ZERO);
  const onHundred = totalWeight.isZero() || totalWeight.equals(100) ? total : total.div(totalWeight).times(100);
  const missing = describeMissing(table, execution, indicators);
  const grade =
    totalWeight.isZero() || missing.length > 0
      ? null
      : gradeOf(onHundred.toDecimalPlaces(profile.rounding.totalDecimals, Dec.ROUND_HALF_UP), profile);
  return {
    path,
    execution,
    indicators,
    levels,
    subtotals: [...subtotals.values()],
    totalWeight,
    total,
    grade,
    missing,
  };
}

/**
 * What a total and grade would leave out: rows without a weight, a budget score that cannot be computed, a table
 * printed incompletely. A grade of part of a table is not claimed for the whole.
 */
function describeMissing(
  table: EvaluationTable,
  execution: TableScore["execution"],
  indicators: readonly TableScore["indicators"][number][],
): string[] {
  const missing: string[] = [];
  const used = indicators.filter((s) => !s.empty);
  const unweighted = used.filter((s) => s.indicator.weight === undefined).length;
  if (used.length > 0 && unweighted === used.length) missing.push("表中未印权重，无法计分");
  else if (unweighted > 0) missing.push(`${unweighted}项指标未填写权重`);
  // A weighted row that cannot be scored (no actual) counts 0 for now: the total is then a floor the documents say
  // as such ("另有1项指标无法计分，暂按0分计入"), and its weight is still in the 100 the grade is judged on.
  if (table.execution.length > 0 && (execution === null || execution.score === null)) {
    missing.push(`预算执行得分无法计算（${execution?.explanation ?? "无总额行"}）`);
  }
  if (table.incomplete) missing.push(`原表印得不全${table.incompleteNote ? `（${table.incompleteNote}）` : ""}`);
  return missing;
}
