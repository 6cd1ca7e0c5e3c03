/**
 * The score summary of a self-evaluation: total, its two parts (预算执行率 and 绩效指标) and the grade, and per 一级
 * the points available and obtained. Rounded half-up to the profile's decimals like the 总分 row of the table; the
 * grade is the one scoring computed. A table whose weights do not add to 100 is scored on the 100-point scale and
 * flagged, since the form's total must be 100.
 * @module
 */
import { Dec, formatTrimmed } from "../../numbers/decimal.ts";
import type { RuleProfile } from "../../profiles/profile-schema.ts";
import type { TableScore } from "../../scoring/score-types.ts";
import { scoreText } from "../phrases.ts";
import { flagText } from "./flag-text.ts";
import type { Level1Group } from "./group-indicators.ts";

/**
 * "部门整体支出绩效自评得分99.8分，其中预算执行率得分9.8分、绩效指标得分90分，自评等级为“优”。" — `subject` names
 * what was evaluated ("部门整体支出", "本项目").
 */
export function describeTotalScore(table: TableScore, profile: RuleProfile, subject: string): string {
  const places = profile.rounding.totalDecimals;
  if (table.grade === null) {
    // Scoring says what a total would leave out; a grade of part of the table is not claimed for the whole.
    const missing = table.missing ?? [];
    if (missing.length === 0 || (table.totalWeight.isZero() && missing.every((m) => m.includes("未印权重")))) {
      // A form without weights (西藏's) is judged met/unmet without them, as FILING-RESIDUE holds: nothing to add.
      return `${subject}绩效自评表未设分值，按各项指标完成情况评价，不计算得分和评定等级。`;
    }
    return `${subject}绩效自评暂不能计算总分和评定等级：${missing.join("；")}${flagText("请补充", "相应内容后重新计分")}。`;
  }
  const indicatorScore = table.indicators.reduce((sum, scored) => sum.plus(scored.final ?? 0), new Dec(0));
  const parts: string[] = [];
  if (table.execution?.score)
    parts.push(`预算执行率得分${scoreText(table.execution.score, profile.rounding.indicatorDecimals)}`);
  if (table.indicators.length > 0) parts.push(`绩效指标得分${scoreText(indicatorScore, places)}`);
  const breakdown = parts.length > 0 ? `，其中${parts.join("、")}` : "";

  const sentences: string[] = [];
  if (table.totalWeight.equals(100)) {
    sentences.push(`${subject}绩效自评得分${scoreText(table.total, places)}${breakdown}，自评等级为“${table.grade}”。`);
  } else {
    const onHundred = table.total.div(table.totalWeight).times(100);
    const weight = formatTrimmed(table.totalWeight, places);
    sentences.push(
      `${subject}绩效自评表分值合计${weight}分，得分${scoreText(table.total, places)}${breakdown}，折合百分制${scoreText(onHundred, places)}，` +
        `自评等级为“${table.grade}”${flagText("请核实", `自评表分值合计应为100分，现为${weight}分`)}。`,
    );
  }
  const unscored = table.indicators.filter((scored) => scored.final === null).length;
  if (unscored > 0) {
    sentences.push(
      `另有${unscored}项指标无法计分，暂按0分计入${flagText("请补充", "相应指标的完成值或分值后重新计分")}。`,
    );
  }
  return sentences.join("");
}

/** "产出指标分值50分，得分50分；效益指标分值40分，得分40分。" — a 一级 printed in two blocks is summed once. */
export function describeLevelScores(groups: readonly Level1Group[], profile: RuleProfile): string {
  const byName = new Map<string, { weight: Dec; score: Dec }>();
  for (const group of groups) {
    const name = group.level1 === "" ? "未分级指标" : group.level1;
    const entry = byName.get(name) ?? { weight: new Dec(0), score: new Dec(0) };
    byName.set(name, { weight: entry.weight.plus(group.weight), score: entry.score.plus(group.score) });
  }
  // A table without weights (seed 000 lists its indicators in prose only) has no points to report per 一级.
  if ([...byName.values()].every((entry) => entry.weight.isZero())) return "";
  const places = profile.rounding.indicatorDecimals;
  const clauses = [...byName].map(
    ([name, { weight, score }]) => `${name}分值${scoreText(weight, places)}，得分${scoreText(score, places)}`,
  );
  return `${clauses.join("；")}。`;
}
