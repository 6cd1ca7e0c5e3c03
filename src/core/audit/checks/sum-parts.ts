/**
 * SUM-PARTS: parts must add up to their total, summed exactly in 分. A gap no larger than the rounding of the
 * displayed parts can explain (0.005 万元 per part) is an info — the parts were rounded one by one (seed 004: the
 * 210 lines give 21.87 for 21.88); a larger one is an error (seed 002: 0.84 + 163.68 ≠ 163.68). Nested 其中 rows are
 * summed against the row they belong to (a single one need only stay within it); 收入合计 + 年初结转和结余 = 收入总计
 * and 支出合计 + 年末结转和结余 = 支出总计 are parts too. A list marked `incomplete` is not summed.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { amountUnitOf } from "../../dataset/amount-unit.ts";
import { sumFen, wanToFen } from "../../money/fen.ts";
import type { AuditCheck } from "../audit-check.ts";
import { listSumRelations } from "../sum-relations.ts";
import { printsWholeWan } from "../whole-wan.ts";
import { messageAmountIn } from "../../display/show-number.ts";

/** Half a displayed 0.01 万元 per part, in 分. */
const ROUNDING_PER_PART = 5_000;
/** Half a displayed 1 万元 per part, for a document that prints whole 万元 (衢江区 2016: 12 + 1356 + 995 = 2363 ≈ 2364). */
const ROUNDING_PER_WHOLE_WAN_PART = 500_000;
const MAX_ADDENDS_SHOWN = 8;

export const sumPartsCheck: AuditCheck = {
  code: "SUM-PARTS",
  severity: "error",
  title: "分项之和与合计不符",
  run({ dataset }) {
    const findings: Finding[] = [];
    // Amounts are said in the document's unit (a 元 document's messages in 元).
    const unit = amountUnitOf(dataset);
    const show = messageAmountIn(unit);
    for (const relation of listSumRelations(dataset)) {
      const partsFen = relation.parts.map((p) => wanToFen(p.value));
      const sum = sumFen(partsFen);
      const total = wanToFen(relation.total);
      const gap = Math.abs(sum - total);
      if (gap === 0 || (relation.atMost && sum <= total)) continue;
      // Amounts in 元 are printed to the 分: no rounding explains a gap; in whole 万元, half a 万元 per part does.
      const perPart = printsWholeWan(dataset) ? ROUNDING_PER_WHOLE_WAN_PART : ROUNDING_PER_PART;
      const tolerance = unit === "元" ? 0 : perPart * partsFen.length;
      const rounding = gap <= tolerance;
      const addends =
        partsFen.length <= MAX_ADDENDS_SHOWN
          ? `${partsFen.map(show).join(" + ")} = ${show(sum)}`
          : `${partsFen.length} 项合计 ${show(sum)}`;
      const note = relation.note ? `（${relation.note}）` : "";
      const why = rounding ? `，在 ${partsFen.length} 个分项各自四舍五入可解释的范围（±${show(tolerance)}）内` : "";
      findings.push({
        code: this.code,
        severity: rounding ? "info" : this.severity,
        location: relation.location,
        expected: show(sum),
        found: show(total),
        message: `${relation.label}${note}：${addends} ${unit}，与${relation.totalLabel} ${show(total)} ${unit}相差 ${show(gap)} ${unit}${why}`,
      });
    }
    return findings;
  },
};
