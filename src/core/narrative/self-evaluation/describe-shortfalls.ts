/**
 * The shortfall summary for the 存在问题 section: every indicator that lost points or could not be scored, with its
 * score and the unit's reason — or a flag where the reason is missing — in one sentence, so the problems the table
 * shows are never left out of the prose.
 * @module
 */
import type { RuleProfile } from "../../profiles/profile-schema.ts";
import type { TableScore } from "../../scoring/score-types.ts";
import { scoreText } from "../phrases.ts";
import {
  type DescribeIndicatorOptions,
  flagForUnscorable,
  foreignYearFlag,
  isShortfall,
} from "./describe-indicator-result.ts";
import { flagText } from "./flag-text.ts";
import { indicatorReason } from "./indicator-reason.ts";
import { indicatorNameText } from "./indicator-value-text.ts";
import { inlineText, quoted } from "./inline-text.ts";

/**
 * "绩效指标中有1项未得满分：“服务对象满意度”得分9.47分（分值10分），偏差原因：满意度未达设定指标。" — "" when every
 * indicator has full marks.
 */
export function describeShortfalls(
  table: TableScore,
  profile: RuleProfile,
  options: DescribeIndicatorOptions = {},
): string {
  const places = profile.rounding.indicatorDecimals;
  // When no indicator has a weight the total-score sentence already asks for them; listing each would bury the rest.
  const noWeights = table.indicators.every((scored) => scored.indicator.weight === undefined);
  const shortfalls = table.indicators.filter(
    (scored) => isShortfall(scored) && !(noWeights && scored.indicator.weight === undefined),
  );
  const items = shortfalls.map((scored) => {
    const name = indicatorNameText(scored.indicator);
    const label = `${quoted(name)}${foreignYearFlag(name, options.year)}`;
    if (scored.final === null) {
      return `${label}${inlineText(scored.explanation)}${flagForUnscorable(scored.explanation)}`;
    }
    const { text } = indicatorReason(scored, profile);
    const because =
      text !== null
        ? `，偏差原因：${inlineText(text)}`
        : profile.reasonRequired.belowWeight
          ? `，未说明原因${flagText("请补充", "偏差原因分析及改进措施")}`
          : "";
    return `${label}得分${scoreText(scored.final, places)}（分值${scoreText(scored.weight, places)}）${because}`;
  });
  if (items.length === 0) return "";
  const count = items.length === 1 ? "1项指标未得满分" : `${items.length}项指标未得满分或未能计分`;
  return `绩效指标中有${count}：${items.join("；")}。`;
}
