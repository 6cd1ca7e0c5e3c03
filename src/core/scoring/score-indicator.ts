/**
 * The suggested score of one indicator, with the rule that produced it in Chinese. A manual override replaces the
 * suggestion only with a reason (the schema requires one) and is kept beside it.
 * @module
 */
import type { Indicator } from "../dataset/schema.ts";
import { Dec, formatFixed } from "../numbers/decimal.ts";
import type { RuleProfile } from "../profiles/profile-schema.ts";
import { type IndicatorValues, readIndicatorValues } from "./read-indicator-values.ts";
import { inferQualitativeGrade, scoreQualitative } from "./score-qualitative.ts";
import { scoreQuantitative } from "./score-quantitative.ts";
import type { IndicatorScore, IndicatorStatus } from "./score-types.ts";

interface Suggestion {
  suggested: Dec | null;
  status: IndicatorStatus;
  explain: () => string;
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

export function scoreIndicator(indicator: Indicator, path: string, profile: RuleProfile): IndicatorScore {
  const values = readIndicatorValues(indicator);
  const weight = indicator.weight === undefined ? ZERO : new Dec(indicator.weight);
  return new ScoredIndicator(path, indicator, values, weight, suggest(indicator, values, weight, profile));
}

function suggest(indicator: Indicator, values: IndicatorValues, weight: Dec, profile: RuleProfile): Suggestion {
  if (indicator.weight === undefined) {
    return { suggested: null, status: "unscorable", explain: fixed("未填写权重，无法计分") };
  }
  if (values.operator === "定性") {
    const grade = inferQualitativeGrade(indicator);
    if (grade === null) {
      const why = (indicator.actual ?? "").trim() === "" ? "未填写完成情况" : "无法从完成情况判断达成等级，请选择等级";
      return { suggested: null, status: "unscorable", explain: fixed(`定性指标${why}`) };
    }
    const { score, explain } = scoreQualitative(grade, weight, profile);
    return { suggested: score, status: "qualitative", explain };
  }
  if (values.target === null) {
    return { suggested: null, status: "unscorable", explain: fixed("未填写指标值，无法计分") };
  }
  if (values.actual === null) {
    return { suggested: null, status: "unscorable", explain: fixed("未填写完成值，无法计分") };
  }
  if (values.unitsIncompatible) {
    const { targetUnit, actualUnit } = values;
    return {
      suggested: null,
      status: "unscorable",
      explain: () => `指标值单位“${targetUnit}”与完成值单位“${actualUnit}”不一致，无法比较`,
    };
  }
  const result = scoreQuantitative({
    operator: values.operator ?? "≥",
    target: values.target,
    actual: values.actual,
    weight,
    profile,
  });
  if (!values.operatorAssumed && !values.unitConverted) return { suggested: result.score, status: result.status, explain: result.explain };
  const explain = () => {
    const notes: string[] = [];
    if (values.operatorAssumed) notes.push("未写指标性质，按≥计");
    if (values.unitConverted && values.actual !== null) {
      notes.push(`完成值 ${(indicator.actual ?? "").trim()} 按单位折算为 ${formatFixed(values.actual, 4).replace(/\.?0+$/, "")}${values.targetUnit ?? ""}`);
    }
    return `${notes.join("；")}；${result.explain()}`;
  };
  return { suggested: result.score, status: result.status, explain };
}
