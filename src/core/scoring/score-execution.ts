/**
 * Budget execution rate and its score: rate = 执行数 ÷ 预算数 (the profile says which budget: 全年/调整后 or 年初; a
 * form with a single 预算数 column gives `budget`), score = 分值 × min(rate, 100%). A zero or missing budget has no
 * rate. The score is that of the row the form prints it on: the total row, or the `其中：财政拨款` row of the
 * department forms that print 执行率/权重/得分 there.
 *
 * A total row printed 0 (or blank) over 其中 rows that are not has lost its figures (EXECUTION-TOTAL-ZERO says so):
 * the rate is then that of the sum of its direct 其中 rows, when each of them prints its budget and its 执行数.
 * @module
 */
import type { EvaluationTable, ExecutionRow } from "../dataset/schema.ts";
import { type Fen, fenToWan, wanToFen } from "../money/fen.ts";
import { Dec, decimalOfText, formatFixed, percentOf } from "../numbers/decimal.ts";
import type { RuleProfile } from "../profiles/profile-schema.ts";
import type { ExecutionScore } from "./score-types.ts";

const HUNDRED = new Dec(100);
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

/** The budget figure a row's rate is computed on: the profile's base, else the single 预算数 column. */
export function executionBaseOf(row: ExecutionRow, base: RuleProfile["execution"]["base"]): string | undefined {
  return (base === "adjusted" ? row.adjusted : row.initial) ?? row.budget;
}

/** The row the budget score belongs to: the first that prints a score or weight, else the total row. */
export function scoredExecutionIndex(table: EvaluationTable): number {
  const printedOn = table.execution.findIndex(
    (row) => row.printed?.score !== undefined || row.printed?.weight !== undefined,
  );
  return printedOn >= 0 ? printedOn : table.execution.findIndex((row) => row.role === "total");
}

function zeroOrBlank(text: string | undefined): boolean {
  return text === undefined || wanToFen(text) === 0;
}

/**
 * The sums of the direct 其中 rows under a total row whose budget and 执行数 are both 0 or blank, when those rows are
 * not all 0 and each prints both figures; null otherwise.
 */
function partsOfLostTotal(
  table: EvaluationTable,
  total: ExecutionRow,
  base: RuleProfile["execution"]["base"],
): { budgetFen: Fen; executedFen: Fen } | null {
  if (!zeroOrBlank(executionBaseOf(total, base)) || !zeroOrBlank(total.executed)) return null;
  const parts = table.execution.filter((r) => r.role === "part" && (r.depth ?? 1) === 1);
  let budgetFen = 0;
  let executedFen = 0;
  for (const part of parts) {
    const budgetText = executionBaseOf(part, base);
    if (budgetText === undefined || part.executed === undefined) return null;
    budgetFen += wanToFen(budgetText);
    executedFen += wanToFen(part.executed);
  }
  return budgetFen === 0 ? null : { budgetFen, executedFen };
}

/** Scores the execution block on its scored row; null when the table has no execution block. */
export function scoreExecution(table: EvaluationTable, tablePath: string, profile: RuleProfile): ExecutionScore | null {
  const index = scoredExecutionIndex(table);
  const row = table.execution[index];
  if (!row) return null;
  const base = profile.execution.base;
  const weight = decimalOfText(table.executionWeight ?? profile.execution.weight);
  const budgetText = executionBaseOf(row, base);
  const baseLabel =
    budgetText === undefined || budgetText === (base === "adjusted" ? row.adjusted : row.initial)
      ? BASE_LABEL[base]
      : "预算数";
  const fromParts = row.role === "total" ? partsOfLostTotal(table, row, base) : null;
  const onRow = fromParts
    ? `（“${row.label}”行印为${budgetText ?? "空"}，按其中项合计计算）`
    : row.role === "total"
      ? ""
      : `（按“${row.label}”行计分，原表得分印在该行）`;
  const budgetFen = fromParts ? fromParts.budgetFen : budgetText === undefined ? null : wanToFen(budgetText);
  const executedFen = fromParts ? fromParts.executedFen : row.executed === undefined ? null : wanToFen(row.executed);
  const executedText = fromParts ? fenToWan(fromParts.executedFen).toFixed() : row.executed;
  const shownBudget = fromParts ? fenToWan(fromParts.budgetFen).toFixed() : budgetText;
  const path = `${tablePath}.execution[${index}]`;
  if (budgetFen === null || executedFen === null) {
    const missing = budgetFen === null ? BASE_LABEL[base] : "执行数";
    return new ScoredExecution(
      path,
      base,
      budgetFen,
      executedFen,
      weight,
      null,
      null,
      () => `缺少${missing}，无法计算执行率${onRow}`,
    );
  }
  const rate = percentOf(executedFen, budgetFen);
  if (rate === null) {
    const partsFen = table.execution
      .filter((r) => r.role === "part" && (r.depth ?? 1) === 1)
      .reduce((sum, r) => {
        const text = executionBaseOf(r, base);
        return text === undefined ? sum : sum + wanToFen(text);
      }, 0);
    const why = row.role === "total" && partsFen !== 0 ? `，但其中项合计不为0，总额疑似漏填` : "";
    return new ScoredExecution(
      path,
      base,
      budgetFen,
      executedFen,
      weight,
      null,
      null,
      () => `${baseLabel}为0，执行率无意义（—）${why}${onRow}`,
    );
  }
  const capped = Dec.min(rate, HUNDRED);
  const score = weight.times(capped).div(HUNDRED);
  // The explanation as an argument, not a named arrow function (see score-quantitative.ts).
  return new ScoredExecution(path, base, budgetFen, executedFen, weight, rate, score, () => {
    const rateText = formatFixed(rate, profile.rounding.rateDecimals);
    const cap = rate.greaterThan(HUNDRED) ? "（超过100%按100%计）" : "";
    return (
      `执行率 = 执行数 ${executedText} ÷ ${baseLabel} ${shownBudget} = ${rateText}%${cap}；` +
      `得分 = 分值 ${weight.toString()} × ${formatFixed(capped, profile.rounding.rateDecimals)}% = ${formatFixed(score, profile.rounding.indicatorDecimals)}${onRow}`
    );
  });
}
