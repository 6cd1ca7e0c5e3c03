/**
 * Budget execution rate and its score: rate = 执行数 ÷ 预算数 (the profile says which budget: 全年/调整后 or 年初),
 * score = 分值 × min(rate, 100%). A zero or missing budget has no rate.
 * @module
 */
import type { EvaluationTable } from "../dataset/schema.ts";
import { type Fen, wanToFen } from "../money/fen.ts";
import { Dec, formatFixed, percentOf } from "../numbers/decimal.ts";
import type { RuleProfile } from "../profiles/profile-schema.ts";
import type { ExecutionScore } from "./score-types.ts";

const BASE_LABEL = { adjusted: "全年（调整后）预算数", initial: "年初预算数" } as const;

/** An ExecutionScore whose explanation is written on first read (see ScoredIndicator). */
class ScoredExecution implements ExecutionScore {
  #explain: (() => string) | null;
  #explanation = "";
  constructor(
    readonly path: string,
    readonly base: ExecutionScore["base"],
    readonly budgetFen: Fen | null,
    readonly executedFen: Fen | null,
    readonly weight: Dec,
    readonly rate: Dec | null,
    readonly score: Dec | null,
    explain: () => string,
  ) {
    this.#explain = explain;
  }

  get explanation(): string {
    if (this.#explain !== null) {
      this.#explanation = this.#explain();
      this.#explain = null;
    }
    return this.#explanation;
  }
}

/** Scores the total row of an execution block; null when the table has no total row. */
export function scoreExecution(table: EvaluationTable, tablePath: string, profile: RuleProfile): ExecutionScore | null {
  const index = table.execution.findIndex((row) => row.role === "total");
  const row = table.execution[index];
  if (!row) return null;
  const base = profile.execution.base;
  const weight = new Dec(table.executionWeight ?? profile.execution.weight);
  const budgetText = base === "adjusted" ? row.adjusted : row.initial;
  const budgetFen = budgetText === undefined ? null : wanToFen(budgetText);
  const executedFen = row.executed === undefined ? null : wanToFen(row.executed);
  const path = `${tablePath}.execution[${index}]`;
  if (budgetFen === null || executedFen === null) {
    const missing = budgetFen === null ? BASE_LABEL[base] : "执行数";
    return new ScoredExecution(path, base, budgetFen, executedFen, weight, null, null, () => `缺少${missing}，无法计算执行率`);
  }
  const rate = percentOf(executedFen, budgetFen);
  if (rate === null) {
    return new ScoredExecution(path, base, budgetFen, executedFen, weight, null, null, () => `${BASE_LABEL[base]}为0，执行率无意义（—）`);
  }
  const capped = Dec.min(rate, 100);
  const score = weight.times(capped).div(100);
  const explain = () => {
    const rateText = formatFixed(rate, profile.rounding.rateDecimals);
    const cap = rate.greaterThan(100) ? "（超过100%按100%计）" : "";
    return (
      `执行率 = 执行数 ${row.executed} ÷ ${BASE_LABEL[base]} ${budgetText} = ${rateText}%${cap}；` +
      `得分 = 分值 ${weight.toString()} × ${formatFixed(capped, profile.rounding.rateDecimals)}% = ${formatFixed(score, profile.rounding.indicatorDecimals)}`
    );
  };
  return new ScoredExecution(path, base, budgetFen, executedFen, weight, rate, score, explain);
}
