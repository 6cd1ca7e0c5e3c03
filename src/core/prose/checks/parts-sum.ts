/**
 * PROSE-SUM / PROSE-SUM-ROUNDING: the parts listed after "其中" must add up to the total stated before it
 * ("年初收入预算163.68万元，其中：上年结转0.84万元…；一般公共预算拨款收入163.68万元" adds to 164.52).
 * When the sum fails, the shares printed with the parts are restated on the parts' sum, which is what a reader needs
 * to fix either the total or the list.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { percentOf } from "../../numbers/decimal.ts";
import { compareBreakdownSum } from "../compare-breakdown-sum.ts";
import type { Breakdown } from "../extract-breakdowns.ts";
import type { ProseCheck } from "../prose-check.ts";
import { proseFinding } from "../prose-finding.ts";
import { showMessageAmount, showPercent } from "../../display/show-number.ts";

export const checkPartsSum: ProseCheck = ({ breakdowns }) => {
  const findings: Finding[] = [];
  for (const breakdown of breakdowns) {
    const comparison = compareBreakdownSum(breakdown);
    if (!comparison) continue;
    const { verdict, sumFen, gapFen } = comparison;
    if (verdict === "equal" || verdict === "partial") continue;
    // A list printed in 元 is stated in 元 ("400000 + 252000 = 652,000.00元"), any other in 万元.
    const unit = breakdown.total.unit === "元" ? "元" : "万元";
    const listed = `${breakdown.parts.map((p) => p.figure.number).join(" + ")} = ${showMessageAmount(sumFen, unit)}${unit}`;
    const totalText = `${breakdown.total.number}${breakdown.total.unit ?? "万元"}`;
    const gapText = `${showMessageAmount(Math.abs(gapFen), unit)}${unit}`;
    const detail = { expected: `${showMessageAmount(sumFen, unit)}${unit}`, found: totalText };
    if (verdict === "rounding") {
      const message = `分项之和 ${listed}，与所述合计${totalText}相差${gapText}；差额在各${unit}金额尾数四舍五入的范围内，但公开的合计应等于所列分项之和（或注明尾差）`;
      findings.push(proseFinding("PROSE-SUM-ROUNDING", breakdown.sentence, message, detail));
      continue;
    }
    const direction = verdict === "over" ? "超过" : "少于";
    const evidence =
      verdict !== "under"
        ? ""
        : breakdown.isSubtotal
          ? ""
          : breakdown.listedInFull
            ? "，而同一文件中同样各项的另一列举恰好等于其合计，所列应为全部分项"
            : "，而所列占比已合计约100%";
    const message = `分项之和 ${listed}，${direction}所述合计${totalText}${gapText}${evidence}${restatedShares(breakdown, sumFen, unit)}`;
    findings.push(proseFinding("PROSE-SUM", breakdown.sentence, message, detail));
  }
  return findings;
};

function restatedShares(breakdown: Breakdown, sumFen: number, unit: "元" | "万元"): string {
  const withShares = breakdown.parts.filter((p) => p.share !== null && p.fen !== 0);
  if (withShares.length === 0 || sumFen === 0) return "";
  const shares = withShares.map((p) => {
    const share = percentOf(p.fen, sumFen);
    return `${p.figure.number}${p.figure.unit ?? unit}占${showPercent(share, 2)}`;
  });
  return `；若以${showMessageAmount(sumFen, unit)}${unit}为合计，${shares.join("、")}`;
}
