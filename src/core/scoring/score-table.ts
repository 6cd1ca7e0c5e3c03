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
import { findSubRows, hasValuesOnSubRows } from "./indicator-sub-rows.ts";
import { scoreExecution } from "./score-execution.ts";
import { type ScoringOptions, scoreIndicator, scoreWithSubRows } from "./score-indicator.ts";
import type { IndicatorScore, Subtotal, TableScore } from "./score-types.ts";

const ZERO = new Dec(0);

/**
 * The integer a Decimal holds when it is a small whole number (most weights: "10", "5"), else null; kept per
 * Decimal, as weights are shared by text (decimalOfText).
 */
const integers = new WeakMap<Dec, number | null>();
function smallIntegerOf(value: Dec): number | null {
  let integer = integers.get(value);
  if (integer === undefined) {
    integer = value.isInteger() && value.abs().lessThan(1e15) ? value.toNumber() : null;
    integers.set(value, integer);
  }
  return integer;
}

/** The Decimals of the whole numbers a subtotal of weights usually is (0 … 100), made once; Decimals never change. */
const SMALL_INTEGERS = Array.from({ length: 101 }, (_, n) => (n === 0 ? ZERO : new Dec(n)));
function decimalOfInteger(n: number): Dec {
  return SMALL_INTEGERS[n] ?? new Dec(n);
}

/**
 * A running sum exactly as ZERO.plus(a).plus(b)… gives it, cheaper: whole numbers are added as integers (exact below
 * 2⁵³, as Decimal's sums of them are) until the first other addend, from which on it adds Decimals in the same order.
 */
class ExactSum {
  #integer = 0;
  #decimal: Dec | null = null;

  add(value: Dec, integer: number | null): void {
    if (this.#decimal === null && integer !== null) this.#integer += integer;
    else this.#decimal = (this.#decimal ?? new Dec(this.#integer)).plus(value);
  }

  value(): Dec {
    return this.#decimal ?? decimalOfInteger(this.#integer);
  }
}

/** The weights and final scores of one 一级 or 二级 subtotal, summed in indicator order. */
class SubtotalSum {
  readonly #weight = new ExactSum();
  readonly #score = new ExactSum();
  constructor(
    readonly level1: string,
    readonly level2: string | null,
  ) {}

  add(scored: IndicatorScore, weightUnits: number | null, finalUnits: number | null): void {
    this.#weight.add(scored.weight, weightUnits);
    if (scored.final !== null) this.#score.add(scored.final, finalUnits);
  }

  subtotal(): Subtotal {
    return { level1: this.level1, level2: this.level2, weight: this.#weight.value(), score: this.#score.value() };
  }
}

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
  // 其中 sub-rows are scored with the row they belong to.
  const subRows = findSubRows(table.indicators);
  for (const [i, children] of subRows.childrenOf) {
    const scored = scoreWithSubRows(
      indicators[i] as IndicatorScore,
      children.map((child) => indicators[child] as IndicatorScore),
      hasValuesOnSubRows(table.indicators, subRows, i),
    );
    indicators[i] = scored.row;
    children.forEach((child, k) => (indicators[child] = scored.subRows[k] as IndicatorScore));
  }

  // Subtotals in the order their 一级 and 二级 first appear, each 一级 before its first 二级.
  const sums: SubtotalSum[] = [];
  const level1Sums: SubtotalSum[] = [];
  const byLevel1 = new Map<string, { sum: SubtotalSum; level2: Map<string, SubtotalSum> }>();
  for (let i = 0; i < indicators.length; i++) {
    const scored = indicators[i] as IndicatorScore;
    const { level1, level2 } = levels[i] ?? { level1: "", level2: null };
    let group = byLevel1.get(level1);
    if (!group) {
      group = { sum: new SubtotalSum(level1, null), level2: new Map() };
      byLevel1.set(level1, group);
      sums.push(group.sum);
      level1Sums.push(group.sum);
    }
    const weightUnits = smallIntegerOf(scored.weight);
    // A full score is the weight itself: its integer is known.
    const finalUnits = scored.final === scored.weight ? weightUnits : null;
    group.sum.add(scored, weightUnits, finalUnits);
    if (level2 === null) continue;
    let sum = group.level2.get(level2);
    if (!sum) {
      sum = new SubtotalSum(level1, level2);
      group.level2.set(level2, sum);
      sums.push(sum);
    }
    sum.add(scored, weightUnits, finalUnits);
  }
  const subtotals = sums.map((sum) => sum.subtotal());
  const level1Subtotals = level1Sums.map((sum) => subtotals[sums.indexOf(sum)] as Subtotal);

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
    subtotals,
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
  // A 其中 sub-row has no weight of its own: its row has.
  const used = indicators.filter((s) => !s.empty && s.subRowOf === undefined);
  const unweighted = used.filter((s) => s.indicator.weight === undefined).length;
  if (used.length > 0 && unweighted === used.length) missing.push("表中未印权重，无法计分");
  else if (unweighted > 0) missing.push(`${unweighted}项指标未填写权重`);
  // A weighted row that cannot be scored (no actual) counts 0 for now: the total is then a floor the documents say
  // as such ("另有1项指标无法计分，暂按0分计入"), and its weight is still in the 100 the grade is judged on. When no
  // weighted row can be scored at all (a table of targets only), a total of 0 and its grade would judge nothing.
  const weighted = used.filter((s) => s.indicator.weight !== undefined);
  if (weighted.length > 0 && weighted.every((s) => s.final === null)) {
    const why = new Map<string, number>();
    for (const s of weighted) why.set(s.explanation, (why.get(s.explanation) ?? 0) + 1);
    const reasons = [...why].map(([text, n]) => `${n}项${text}`).join("；");
    missing.push(`${weighted.length}项指标都没有可计分的完成值（${reasons}），不计总分`);
  }
  if (table.execution.length > 0 && (execution === null || execution.score === null)) {
    missing.push(`预算执行得分无法计算（${execution?.explanation ?? "无总额行"}）`);
  }
  if (table.incomplete) missing.push(`原表印得不全${table.incompleteNote ? `（${table.incompleteNote}）` : ""}`);
  return missing;
}
