/**
 * A department scored by dimension (凉山 附件1-1: five dimensions of the 2023年凉山州部门预算绩效评价指标体系): the
 * total is the sum of the dimensions' scores, each deduction is 分值 − 得分, the grade comes from the profile's bands
 * on the 100-point scale. The 评价结论 sentence and the table of 附件1-1 both print these figures, so the text can
 * never say 97 beside a table adding to something else.
 * @module
 */
import type { EvaluationFramework } from "../../dataset/schema.ts";
import { Dec } from "../../numbers/decimal.ts";
import type { RuleProfile } from "../../profiles/profile-schema.ts";
import { gradeOf } from "../../scoring/grade.ts";
import { scoreText } from "../phrases.ts";

export interface FrameworkDimensionScore {
  name: string;
  weight: Dec;
  /** Null when the unit left the dimension unscored. */
  score: Dec | null;
  deduction: Dec | null;
  reason?: string;
}

export interface FrameworkScore {
  dimensions: FrameworkDimensionScore[];
  weight: Dec;
  total: Dec;
  /** On the 100-point scale; null when a dimension is unscored. */
  grade: string | null;
}

export function scoreFramework(framework: EvaluationFramework, profile: RuleProfile): FrameworkScore {
  const dimensions = framework.dimensions.map((d) => {
    const weight = new Dec(d.weight);
    const score = d.score === undefined ? null : new Dec(d.score);
    return {
      name: d.name,
      weight,
      score,
      deduction: score ? weight.minus(score) : null,
      ...(d.reason ? { reason: d.reason } : {}),
    };
  });
  const weight = dimensions.reduce((sum, d) => sum.plus(d.weight), new Dec(0));
  const total = dimensions.reduce((sum, d) => sum.plus(d.score ?? 0), new Dec(0));
  const complete = dimensions.every((d) => d.score !== null) && !weight.isZero();
  return { dimensions, weight, total, grade: complete ? gradeOf(total.div(weight).times(100), profile) : null };
}

/**
 * "对照“2023年凉山州部门预算绩效评价指标体系”，部门预算总体绩效得分27分（分值30分），…，合计得分97分（总分100分），
 * 共扣3分，自评等级为“优”。" — "" when a dimension is unscored (the audit says which).
 */
export function describeFrameworkScore(
  framework: EvaluationFramework,
  result: FrameworkScore,
  profile: RuleProfile,
): string {
  if (result.grade === null) return "";
  const places = profile.rounding.totalDecimals;
  const parts = result.dimensions.map(
    (d) => `${d.name}得分${scoreText(d.score as Dec, places)}（分值${scoreText(d.weight, places)}）`,
  );
  const deduction = result.weight.minus(result.total);
  const deducted = deduction.isZero() ? "" : `，共扣${scoreText(deduction, places)}`;
  return `对照“${framework.name}”，${parts.join("，")}，合计得分${scoreText(result.total, places)}（总分${scoreText(result.weight, places)}）${deducted}，自评等级为“${result.grade}”。`;
}
