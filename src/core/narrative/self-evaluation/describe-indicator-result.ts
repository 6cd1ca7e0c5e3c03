/**
 * One sentence per indicator for the report: target, actual, whether it was met, the score against the weight, and
 * the reason the rules ask for — a shortfall's 偏差原因, an over-achievement's 超额原因. A reason the dataset does not
 * have is flagged for the user instead of being invented, an indicator that could not be scored says why, and an
 * indicator whose name carries another year (seed 004: "2022年1-12月完成" in a 2023 table) is flagged.
 * @module
 */
import { formatFixed, formatTrimmed } from "../../numbers/decimal.ts";
import { parseMeasure } from "../../parse/parse-measure.ts";
import type { RuleProfile } from "../../profiles/profile-schema.ts";
import { bandFor, inferQualitativeGrade } from "../../scoring/score-qualitative.ts";
import { reasonDemand } from "../../scoring/reason-rule.ts";
import type { IndicatorScore } from "../../scoring/score-types.ts";
import { scoreText } from "../phrases.ts";
import { flagText } from "./flag-text.ts";
import { indicatorReason } from "./indicator-reason.ts";
import { actualText, indicatorNameText, isQualitativeText, targetText } from "./indicator-value-text.ts";
import { inlineText, quoted } from "./inline-text.ts";

/** True when the indicator lost points or could not be scored: the rows a report must explain. */
export function isShortfall(scored: IndicatorScore): boolean {
  return scored.final === null || scored.final.lessThan(scored.weight);
}

export interface DescribeIndicatorOptions {
  /** The evaluation year; a different year written in the indicator's name is flagged. */
  year?: number;
}

/**
 * "“服务对象满意度”年度指标值≥95%，实际完成值为90%，未达到年度指标值，得分9.47分（分值10分），偏差原因：……。"
 * Scores are rounded half-up to the profile's indicator decimals, as in the table.
 */
export function describeIndicatorResult(
  scored: IndicatorScore,
  profile: RuleProfile,
  options: DescribeIndicatorOptions = {},
): string {
  const indicator = scored.indicator;
  const places = profile.rounding.indicatorDecimals;
  const qualitative = scored.status === "qualitative" || isQualitativeText(indicator);
  const target = targetText(indicator);
  const actual = actualText(indicator, scored.unitConverted);
  const name = indicatorNameText(indicator);
  const targetPart =
    target === "" ? "未填写年度指标值" : qualitative ? `年度指标值为“${target}”` : `年度指标值${target}`;
  const actualPart =
    actual === ""
      ? "未填写实际完成值"
      : qualitative
        ? `实际完成情况为“${actual}”`
        : `实际完成值为${actual}${conversionNote(scored)}`;
  const parts = [`${quoted(name)}${foreignYearFlag(name, options.year)}${targetPart}`, actualPart];
  const verdict = verdictOf(scored, profile);
  if (verdict !== "") parts.push(verdict);
  parts.push(
    scored.final === null
      ? `暂未计分${flagForUnscorable(scored.explanation)}`
      : `得分${scoreText(scored.final, places)}（分值${scoreText(scored.weight, places)}）`,
  );
  const reason = reasonPart(scored, profile);
  if (reason !== "") parts.push(reason);
  if (scored.overridden && indicator.override)
    parts.push(`得分经人工调整（理由：${inlineText(indicator.override.reason)}）`);
  return `${parts.join("，")}。`;
}

/**
 * "【请核实：指标名称所写年份不是评价年度】" when the name names a year other than `year`. The flag names no year
 * itself, so that it cannot read as one more sentence about another year.
 */
export function foreignYearFlag(name: string, year: number | undefined): string {
  if (year === undefined) return "";
  const foreign = [...name.matchAll(/(?<!\d)((?:19|20)\d{2})\s*年/g)].some((m) => Number(m[1]) !== year);
  return foreign ? flagText("请核实", "指标名称所写年份不是评价年度") : "";
}

function verdictOf(scored: IndicatorScore, profile: RuleProfile): string {
  switch (scored.status) {
    case "met":
      return "达到年度指标值";
    case "overAchieved": {
      const ratio =
        scored.actualValue && scored.targetValue && !scored.targetValue.isZero()
          ? scored.actualValue.div(scored.targetValue)
          : null;
      return ratio === null ? "超额完成" : `超额完成，完成值为指标值的${formatFixed(ratio, 2)}倍`;
    }
    case "notMet":
      return "未达到年度指标值";
    case "qualitative": {
      const grade = scored.indicator.qualitativeGrade ?? inferQualitativeGrade(scored.indicator);
      return grade === null ? "为定性指标" : `评定为“${bandFor(profile, grade).label}”`;
    }
    case "unscorable":
      // A blank target or actual has been said already; other causes (no weight, units that differ) are named here.
      return /未填写(?:完成值|指标值)/.test(scored.explanation)
        ? ""
        : inlineText(scored.explanation.replace(/，?无法计分$/, ""));
  }
}

function reasonPart(scored: IndicatorScore, profile: RuleProfile): string {
  if (scored.status === "unscorable") return "";
  const { text } = indicatorReason(scored, profile);
  if (scored.status === "overAchieved") {
    // A missing over-achievement reason is a warning (REPORT-GAP), so nothing is flagged in the filing.
    return text !== null ? `超额原因：${inlineText(text)}` : "";
  }
  if (!isShortfall(scored)) return "";
  if (text !== null) return `偏差原因：${inlineText(text)}`;
  return reasonDemand(scored, profile)?.kind === "belowWeight"
    ? `未说明原因${flagText("请补充", "偏差原因分析及改进措施")}`
    : "";
}

/** The flag for an indicator scoring could not score, naming what is missing. */
export function flagForUnscorable(explanation: string): string {
  if (explanation.includes("单位")) return flagText("请核实", "年度指标值与实际完成值的单位");
  // No placeholder for a missing weight: a form without a weight column is judged without weights, and a table
  // weighted in part is an error of the audit (FILING-RESIDUE), which keeps it from being submitted.
  if (explanation.includes("权重")) return "";
  if (explanation.includes("完成值")) return flagText("请补充", "实际完成值");
  if (explanation.includes("指标值")) return flagText("请补充", "年度指标值");
  if (explanation.includes("定性")) return flagText("请补充", "定性指标的达成等级");
  return flagText("请核实", "指标的计分依据");
}

/** "（按2.5万人次计）" when scoring read a bare actual in the target's larger unit. */
function conversionNote(scored: IndicatorScore): string {
  if (!scored.unitConverted || scored.actualValue === null) return "";
  const unit = parseMeasure(scored.indicator.target).unit ?? (scored.indicator.unit ?? "").trim();
  return `（按${formatTrimmed(scored.actualValue, 4)}${unit}计）`;
}
