/**
 * The suggested score of one indicator, with the rule that produced it in Chinese. A manual override replaces the
 * suggestion only with a reason (the schema requires one) and is kept beside it.
 * @module
 */
import type { Indicator } from "../dataset/schema.ts";
import { Dec, formatFixed } from "../numbers/decimal.ts";
import type { RuleProfile } from "../profiles/profile-schema.ts";
import { readIndicatorValues } from "./read-indicator-values.ts";
import { inferQualitativeGrade, scoreQualitative } from "./score-qualitative.ts";
import { scoreQuantitative } from "./score-quantitative.ts";
import type { IndicatorScore, IndicatorStatus } from "./score-types.ts";

export function scoreIndicator(indicator: Indicator, path: string, profile: RuleProfile): IndicatorScore {
  const values = readIndicatorValues(indicator);
  const weight = new Dec(indicator.weight ?? 0);
  const base = {
    path,
    indicator,
    weight,
    targetValue: values.target,
    actualValue: values.actual,
    unitConverted: values.unitConverted,
    values,
  };
  const suggestion = suggest(indicator, values, weight, profile);
  const override = indicator.override;
  const final = override ? new Dec(override.score) : suggestion.suggested;
  const overrideNote = override
    ? `；人工调整为 ${override.score}（理由：${override.reason}）`
    : "";
  return { ...base, ...suggestion, final, overridden: override !== undefined, explanation: suggestion.explanation + overrideNote };
}

function suggest(
  indicator: Indicator,
  values: ReturnType<typeof readIndicatorValues>,
  weight: Dec,
  profile: RuleProfile,
): { suggested: Dec | null; status: IndicatorStatus; explanation: string } {
  if (indicator.weight === undefined) {
    return { suggested: null, status: "unscorable", explanation: "未填写权重，无法计分" };
  }
  if (values.operator === "定性") {
    const grade = inferQualitativeGrade(indicator);
    if (grade === null) {
      const why = (indicator.actual ?? "").trim() === "" ? "未填写完成情况" : "无法从完成情况判断达成等级，请选择等级";
      return { suggested: null, status: "unscorable", explanation: `定性指标${why}` };
    }
    const { score, explanation } = scoreQualitative(grade, weight, profile);
    return { suggested: score, status: "qualitative", explanation };
  }
  if (values.target === null) {
    return { suggested: null, status: "unscorable", explanation: "未填写指标值，无法计分" };
  }
  if (values.actual === null) {
    return { suggested: null, status: "unscorable", explanation: "未填写完成值，无法计分" };
  }
  if (values.unitsIncompatible) {
    return {
      suggested: null,
      status: "unscorable",
      explanation: `指标值单位“${values.targetUnit}”与完成值单位“${values.actualUnit}”不一致，无法比较`,
    };
  }
  const result = scoreQuantitative({
    operator: values.operator ?? "≥",
    target: values.target,
    actual: values.actual,
    weight,
    profile,
  });
  const notes: string[] = [];
  if (values.operatorAssumed) notes.push("未写指标性质，按≥计");
  if (values.unitConverted) {
    notes.push(`完成值 ${(indicator.actual ?? "").trim()} 按单位折算为 ${formatFixed(values.actual, 4).replace(/\.?0+$/, "")}${values.targetUnit ?? ""}`);
  }
  const prefix = notes.length > 0 ? `${notes.join("；")}；` : "";
  return { suggested: result.score, status: result.status, explanation: prefix + result.explanation };
}
