/**
 * The suggested score of one indicator, with the rule that produced it in Chinese. A manual override replaces the
 * suggestion only with a reason (the schema requires one) and is kept beside it.
 * @module
 */
import type { Indicator } from "../dataset/schema.ts";
import { Dec, decimalOfText, formatFixed } from "../numbers/decimal.ts";
import type { RuleProfile } from "../profiles/profile-schema.ts";
import { type IndicatorValues, readIndicatorValues } from "./read-indicator-values.ts";
import { inferQualitativeGrade, scoreQualitative } from "./score-qualitative.ts";
import { scoreQuantitative } from "./score-quantitative.ts";
import { describeDeadline, judgeTimeTarget } from "../parse/parse-deadline.ts";
import type { Attainment, IndicatorScore, IndicatorStatus } from "./score-types.ts";

interface Suggestion {
  suggested: Dec | null;
  status: IndicatorStatus;
  explain: () => string;
  attainment: Attainment;
  empty?: boolean;
  subRowOf?: string;
}

/** Options of one scoring run. */
export interface ScoringOptions {
  /** The report's year, for a time target whose deadline or actual date names no year. */
  reportYear?: number | null;
}

/**
 * An IndicatorScore whose explanation is written on first read: a province scores a million indicators and reads
 * the explanation of very few (the report documents and the score-rule finding do).
 */
class ScoredIndicator implements IndicatorScore {
  readonly weight: Dec;
  readonly suggested: Dec | null;
  readonly final: Dec | null;
  readonly overridden: boolean;
  readonly status: IndicatorStatus;
  readonly targetValue: Dec | null;
  readonly actualValue: Dec | null;
  readonly unitConverted: boolean;
  readonly attainment: Attainment;
  readonly empty: boolean;
  readonly subRowOf: string | undefined;
  #explain: (() => string) | null;
  #explanation = "";

  constructor(
    readonly path: string,
    readonly indicator: Indicator,
    readonly values: IndicatorValues,
    weight: Dec,
    suggestion: Suggestion,
  ) {
    this.weight = weight;
    this.suggested = suggestion.suggested;
    this.status = suggestion.status;
    const override = indicator.override;
    this.overridden = override !== undefined;
    this.final = override ? new Dec(override.score) : suggestion.suggested;
    this.targetValue = values.target;
    this.actualValue = values.actual;
    this.unitConverted = values.unitConverted;
    this.attainment = suggestion.attainment;
    this.empty = suggestion.empty ?? false;
    this.subRowOf = suggestion.subRowOf;
    this.#explain = override
      ? () => `${suggestion.explain()}；人工调整为 ${override.score}（理由：${override.reason}）`
      : suggestion.explain;
  }

  get explanation(): string {
    if (this.#explain !== null) {
      this.#explanation = this.#explain();
      this.#explain = null;
    }
    return this.#explanation;
  }
}

const ZERO = new Dec(0);
const fixed = (text: string) => () => text;

export function scoreIndicator(
  indicator: Indicator,
  path: string,
  profile: RuleProfile,
  options: ScoringOptions = {},
): IndicatorScore {
  const values = readIndicatorValues(indicator);
  const weight = indicator.weight === undefined ? ZERO : decimalOfText(indicator.weight);
  return new ScoredIndicator(
    path,
    indicator,
    values,
    weight,
    suggestWithOrWithoutWeight(indicator, values, weight, profile, options),
  );
}

/**
 * A row and its 其中 sub-rows (indicator-sub-rows.ts), scored as one. Each sub-row keeps its met/unmet and is marked
 * as a part, scored by its row. A row that prints only 分值 and 得分 (`valuesOnSubRows`) is judged from its sub-rows:
 * all met, full marks; one unmet, unmet, and the score is the evaluator's (the sub-rows carry no weights to share it
 * by); one that cannot be judged, no suggestion.
 */
export function scoreWithSubRows(
  row: IndicatorScore,
  subRows: readonly IndicatorScore[],
  valuesOnSubRows: boolean,
): { row: IndicatorScore; subRows: IndicatorScore[] } {
  const name = row.indicator.level3.trim();
  const parts = subRows.map((sub) => {
    const verdict = sub.attainment === "met" ? "，已完成" : sub.attainment === "notMet" ? "，未完成" : "";
    return new ScoredIndicator(sub.path, sub.indicator, sub.values, sub.weight, {
      suggested: null,
      status: "unscorable",
      explain: fixed(`“${name}”的其中子行，不单独计分；按指标值与完成值判断${verdict || "，无法判断"}`),
      attainment: sub.attainment,
      subRowOf: row.path,
    });
  });
  if (!valuesOnSubRows) return { row, subRows: parts };
  const unmet = subRows.filter((sub) => sub.attainment === "notMet");
  const unknown = subRows.filter((sub) => sub.attainment === "unknown");
  const names = (rows: readonly IndicatorScore[]) => rows.map((sub) => `“${sub.indicator.level3.trim()}”`).join("、");
  const on = `指标值、完成值印在其下${subRows.length}项子行`;
  let suggestion: Suggestion;
  if (unmet.length > 0) {
    suggestion = {
      suggested: null,
      status: "unscorable",
      explain: fixed(`${on}，其中${names(unmet)}未完成；子行不设分值，得分须按评分办法评定`),
      attainment: "notMet",
    };
  } else if (unknown.length > 0) {
    suggestion = {
      suggested: null,
      status: "unscorable",
      explain: fixed(`${on}，其中${names(unknown)}无法判断是否完成，无法计分`),
      attainment: "unknown",
    };
  } else {
    suggestion = {
      suggested: row.weight,
      status: "met",
      explain: fixed(`${on}，均已完成，得满分 ${row.indicator.weight ?? row.weight.toString()}`),
      attainment: "met",
    };
  }
  return { row: new ScoredIndicator(row.path, row.indicator, row.values, row.weight, suggestion), subRows: parts };
}

/** Blank, "0", a dash or 无: a cell of an unused row. */
const ZERO_TEXT = /^0+(?:\.0+)?$/;
const UNUSED_CELL = /^(?:0+(?:\.0+)?%?|—+|-+|－+|\/|／|无)?$/;

/** An unused row (an unused 生态效益 row printed "0"): no weight, or 0, and nothing but 0 or blanks to compare. */
export function isEmptyIndicatorRow(indicator: Indicator): boolean {
  // Cheapest test first: a province scores a million rows, nearly all weighted.
  if (indicator.weight !== undefined && !ZERO_TEXT.test(indicator.weight)) return false;
  const blank = (text: string | undefined) => text === undefined || UNUSED_CELL.test(text.replace(/\s+/g, ""));
  return blank(indicator.target) && blank(indicator.actual) && blank(indicator.printed?.score);
}

/**
 * Met or unmet does not depend on a weight: without one, the row is judged as if weighted, and only the score is
 * withheld ("未填写权重，无法计分；完成值 7 / 指标值 8 …，未完成").
 */
function suggestWithOrWithoutWeight(
  indicator: Indicator,
  values: IndicatorValues,
  weight: Dec,
  profile: RuleProfile,
  options: ScoringOptions,
): Suggestion {
  if (isEmptyIndicatorRow(indicator)) {
    return {
      suggested: null,
      status: "unscorable",
      explain: fixed("空行（未填写权重、指标值和完成值），不计分"),
      attainment: "unknown",
      empty: true,
    };
  }
  const judged = suggest(indicator, values, weight, profile, options);
  if (indicator.weight !== undefined) return judged;
  const verdict = judged.attainment === "met" ? "，已完成" : judged.attainment === "notMet" ? "，未完成" : "";
  const rule = judged.status === "unscorable" ? "" : `；按指标值与完成值判断${verdict}`;
  return {
    suggested: null,
    status: "unscorable",
    explain() {
      return `未填写权重，无法计分${rule}`;
    },
    attainment: judged.attainment,
  };
}

const ATTAINMENT_OF_GRADE = { achieved: "met", partlyAchieved: "notMet", notAchieved: "notMet" } as const;

function suggest(
  indicator: Indicator,
  values: IndicatorValues,
  weight: Dec,
  profile: RuleProfile,
  options: ScoringOptions,
): Suggestion {
  if (values.timeTarget) {
    // A time target is judged on time or late from the actual text; its score is the qualitative band of that verdict.
    const judgement = judgeTimeTarget(values.timeTarget, indicator.actual, options.reportYear ?? null);
    const grade =
      indicator.qualitativeGrade ??
      (judgement.verdict === "met" ? "achieved" : judgement.verdict === "notMet" ? "notAchieved" : null);
    const deadline = values.timeTarget.deadline
      ? `期限 ${describeDeadline(values.timeTarget.deadline)}`
      : `要求“${values.timeTarget.text}”`;
    if (grade === null) {
      return {
        suggested: null,
        status: "unscorable",
        explain: fixed(`时效指标（${deadline}）：${judgement.why}`),
        attainment: "unknown",
      };
    }
    const { score, explain } = scoreQualitative(grade, weight, profile);
    return {
      suggested: score,
      status: "qualitative",
      explain() {
        return `时效指标（${deadline}）：${indicator.qualitativeGrade ? "按所选等级" : judgement.why}；${explain()}`;
      },
      attainment: ATTAINMENT_OF_GRADE[grade],
    };
  }
  if (values.operator === "定性") {
    const grade = inferQualitativeGrade(indicator);
    if (grade === null) {
      const why = (indicator.actual ?? "").trim() === "" ? "未填写完成情况" : "无法从完成情况判断达成等级，请选择等级";
      return { suggested: null, status: "unscorable", explain: fixed(`定性指标${why}`), attainment: "unknown" };
    }
    const { score, explain } = scoreQualitative(grade, weight, profile);
    return { suggested: score, status: "qualitative", explain, attainment: ATTAINMENT_OF_GRADE[grade] };
  }
  if (values.target === null) {
    return { suggested: null, status: "unscorable", explain: fixed("未填写指标值，无法计分"), attainment: "unknown" };
  }
  if (values.actual === null) {
    return { suggested: null, status: "unscorable", explain: fixed("未填写完成值，无法计分"), attainment: "unknown" };
  }
  if (values.unitsIncompatible) {
    const { targetUnit, actualUnit } = values;
    return {
      suggested: null,
      status: "unscorable",
      explain() {
        return `指标值单位“${targetUnit}”与完成值单位“${actualUnit}”不一致，无法比较`;
      },
      attainment: "unknown",
    };
  }
  const result = scoreQuantitative({
    operator: values.operator ?? "≥",
    target: values.target,
    actual: values.actual,
    weight,
    profile,
  });
  const attainment: Attainment = result.status === "notMet" ? "notMet" : "met";
  const direction =
    values.direction === null ? "" : values.direction === "up" ? "指标为增幅，按增幅计" : "指标为降幅，按降幅计";
  if (!values.operatorAssumed && !values.unitConverted && direction === "" && values.doneWord === undefined)
    return { suggested: result.score, status: result.status, explain: result.explain, attainment };
  return {
    suggested: result.score,
    status: result.status,
    explain() {
      const notes: string[] = [];
      if (direction !== "") notes.push(direction);
      if (values.operatorAssumed) notes.push("未写指标性质，按≥计");
      if (values.doneWord !== undefined)
        notes.push(`完成值写作“${values.doneWord}”，按达到指标值 ${(indicator.target ?? "").trim()} 计`);
      if (values.unitConverted && values.actual !== null) {
        notes.push(
          `完成值 ${(indicator.actual ?? "").trim()} 按单位折算为 ${formatFixed(values.actual, 4).replace(/\.?0+$/, "")}${values.targetUnit ?? ""}`,
        );
      }
      return `${notes.join("；")}；${result.explain()}`;
    },
    attainment,
  };
}
