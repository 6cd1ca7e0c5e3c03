/**
 * Keeps a unit's own text (评价结论, 绩效情况) from contradicting the computed score. Units write "自评得分98分",
 * "预算执行率100%" or "自评扣2分" into their conclusion; when the table's computed score says otherwise (seed 004: a
 * 98 whose table adds to 89.47), printing both would publish two scores for one project. Sentences stating a total,
 * an execution rate or a deduction that the computation does not give are taken out, and the report flags them for
 * the user instead of silently choosing.
 *
 * A stated figure agrees only when it equals the computed one as the report prints it (half-up to the profile's
 * decimals): "自评得分99分" beside a printed 99.47分 would still be two figures for one score.
 * @module
 */
import { Dec, formatTrimmed } from "../../numbers/decimal.ts";
import type { RuleProfile } from "../../profiles/profile-schema.ts";
import type { IndicatorScore, TableScore } from "../../scoring/score-types.ts";
import { flagText } from "./flag-text.ts";
import { showPercent } from "../../display/show-number.ts";

export interface StatedFigureConflict {
  /** The sentence as the unit wrote it. */
  sentence: string;
  /** The figure it states, as written ("自评得分98分"). */
  stated: string;
  /** What the computation gives, as the report prints it ("89.47分"). */
  computed: string;
}

export interface ReconciledText {
  /** The text without the contradicting sentences (lines kept). */
  text: string;
  conflicts: StatedFigureConflict[];
}

/** "自评得分98分", "最后得分97分", 凉山's "项目绩效自评98分" and 西藏's "进行综合评价，得分为99分". */
export const STATED_TOTAL = /(?:(?:自评|最终|最后|综合|总|评价[，,]\s*)得分|自评)(?:为|是|共)?\s*(\d+(?:\.\d+)?)\s*分/g;
const TOTAL = STATED_TOTAL;
const RATE = /执行率(?:为|达到?了?|是)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;
/** "自评扣2分", "共扣除3分", "自评扣分2分" (seed 004). */
const DEDUCTION = /(?:自评|共|合计|总计?)扣(?:除|减)?了?分?\s*(\d+(?:\.\d+)?)\s*分/g;
const ANY_DEDUCTION = /扣(?:除|减)?了?分?\s*(\d+(?:\.\d+)?)\s*分/g;
const CLAUSE = /[^，。；,;]+[，。；,;]*/g;
const SENTENCE = /[^。！？!?]+[。！？!?]*[”’）)]*/g;

/** Splits `text` into sentences, drops those that contradict `table`, and says which and why. */
export function reconcileStatedScores(text: string, table: TableScore, profile: RuleProfile): ReconciledText {
  const conflicts: StatedFigureConflict[] = [];
  const lines = text.split("\n").map((line) =>
    [...line.matchAll(SENTENCE)]
      .map((m) => m[0])
      .filter((sentence) => {
        const conflict = conflictIn(sentence, table, profile);
        if (conflict) conflicts.push(conflict);
        return conflict === null;
      })
      .join("")
      .trim(),
  );
  return { text: lines.filter((line) => line !== "").join("\n"), conflicts };
}

/** "【请核实：原文“……自评得分98分。”与计算结果（99.47分）不符，未收入报告】" per conflict, joined. */
export function describeConflicts(conflicts: readonly StatedFigureConflict[]): string {
  return conflicts
    .map((c) =>
      flagText(
        "请核实",
        `原文“${c.sentence.trim()}”所称${c.stated}与按评分规则计算的${c.computed}不符，该句未收入报告`,
      ),
    )
    .join("");
}

/**
 * The reason of one indicator without the clauses that state a deduction the computation does not give ("满意度未达
 * 设定指标，扣1分。" beside a computed 9.47 of 10): reasons are written against the unit's own scoring.
 */
export function reconcileIndicatorReason(reason: string, scored: IndicatorScore, profile: RuleProfile): ReconciledText {
  const places = profile.rounding.indicatorDecimals;
  const deduction = scored.weight.minus(scored.final ?? 0);
  const conflicts: StatedFigureConflict[] = [];
  const lines = reason.split("\n").map((line) =>
    [...line.matchAll(CLAUSE)]
      .map((m) => m[0])
      .filter((clause) => {
        for (const match of clause.matchAll(ANY_DEDUCTION)) {
          if (!agrees(match[1], deduction, places)) {
            conflicts.push({ sentence: clause, stated: match[0], computed: `扣${formatTrimmed(deduction, places)}分` });
            return false;
          }
        }
        return true;
      })
      .join("")
      .trim()
      .replace(/[，,；;]$/, "。"),
  );
  return { text: lines.filter((line) => line !== "").join("\n"), conflicts };
}

/** The first figure of `sentence` (a total, an execution rate, a deduction) that the computed `table` does not give. */
export function statedScoreConflict(
  sentence: string,
  table: TableScore,
  profile: RuleProfile,
): StatedFigureConflict | null {
  return conflictIn(sentence, table, profile);
}

function conflictIn(sentence: string, table: TableScore, profile: RuleProfile): StatedFigureConflict | null {
  const totalPlaces = profile.rounding.totalDecimals;
  // The computed figures are worked out only for a sentence that states one: most of a narrative states none, and
  // the deductions are one Decimal per indicator.
  const totalMatches = [...sentence.matchAll(TOTAL)];
  if (totalMatches.length > 0) {
    const totals = [table.total];
    let computed = `${formatTrimmed(table.total, totalPlaces)}分`;
    if (!table.totalWeight.isZero() && !table.totalWeight.equals(100)) {
      const onHundred = table.total.div(table.totalWeight).times(100);
      totals.push(onHundred);
      computed += `（折合百分制${formatTrimmed(onHundred, totalPlaces)}分）`;
    }
    for (const match of totalMatches) {
      if (!totals.some((exact) => agrees(match[1], exact, totalPlaces)))
        return { sentence, stated: match[0], computed };
    }
  }
  const rate = table.execution?.rate ?? null;
  for (const match of sentence.matchAll(RATE)) {
    if (rate !== null && !agrees(match[1], rate, profile.rounding.rateDecimals)) {
      return { sentence, stated: match[0], computed: showPercent(rate, profile.rounding.rateDecimals) };
    }
  }
  const places = profile.rounding.indicatorDecimals;
  let deductions: Dec[] | null = null;
  for (const match of sentence.matchAll(DEDUCTION)) {
    deductions ??= [table.totalWeight.minus(table.total), ...table.indicators.map((s) => s.weight.minus(s.final ?? 0))];
    if (!deductions.some((exact) => agrees(match[1], exact, places))) {
      return {
        sentence,
        stated: match[0],
        computed: `共扣${formatTrimmed(table.totalWeight.minus(table.total), totalPlaces)}分`,
      };
    }
  }
  return null;
}

/** The stated figure equals the computed one rounded half-up to the decimals the report prints it with. */
function agrees(stated: string | undefined, exact: Dec, places: number): boolean {
  if (stated === undefined) return true;
  return new Dec(stated).equals(exact.toDecimalPlaces(places, Dec.ROUND_HALF_UP));
}
