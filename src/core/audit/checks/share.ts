/**
 * SHARE: a printed share (占比) must equal part ÷ total at the precision it was printed with. A truncated value
 * (53.65% for 53.657%) is an error; a value that only the unrounded amounts behind the displayed ones can give
 * (三公 97.55% where 7.41 ÷ 7.60 = 97.50%) is a warning about mixed display and computation bases. Fewer decimals
 * than usual ("2.5%" for 2.503%) is right at its precision and not reported. A zero total is ZERO-BASE-RATE's.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { wanToFen } from "../../money/fen.ts";
import { percentOf } from "../../numbers/decimal.ts";
import { judgePrintedValue } from "../../numbers/printed-verdict.ts";
import { amountUnitOf } from "../../dataset/amount-unit.ts";
import type { AuditCheck } from "../audit-check.ts";
import { listShareSites } from "../finance-sites.ts";
import { readPrintedRate, shareRangeOverRounding } from "../printed-values.ts";
import { messageAmountIn, showPercent } from "../../display/show-number.ts";

export const shareCheck: AuditCheck = {
  code: "SHARE",
  severity: "error",
  title: "占比与分项÷合计不符",
  run({ dataset, profile }) {
    const findings: Finding[] = [];
    // Amounts in messages are in the document's unit.
    const amountText = messageAmountIn(amountUnitOf(dataset));
    for (const site of listShareSites(dataset)) {
      const printed = readPrintedRate(site.printed.text);
      if (printed === null || printed === "dash" || site.part === undefined || site.base === undefined) continue;
      const partFen = wanToFen(site.part);
      const baseFen = wanToFen(site.base);
      const exact = percentOf(partFen, baseFen);
      if (exact === null) continue;
      // The rounding range only tells displayRounding from offByOne or wrong; it costs eight Decimal divisions, and
      // nearly every printed share is exact, so it is worked out only for a value the verdict without it rejects.
      const plain = judgePrintedValue(printed, exact);
      if (plain === "exact") continue;
      const verdict =
        plain === "truncated"
          ? plain
          : judgePrintedValue(printed, exact, { range: shareRangeOverRounding(site.part, site.base) });
      const expected = showPercent(exact, Math.max(profile.rounding.rateDecimals, printed.decimals));
      const formula = `${amountText(partFen)} ÷ ${amountText(baseFen)}`;
      const base = { code: this.code, location: site.printed.path, expected, found: printed.text };
      if (verdict === "truncated") {
        findings.push({
          ...base,
          severity: "error",
          message: `${site.label}占${site.baseLabel}的比例应为 ${expected}（${formula}），原文为 ${printed.text}：尾数被截断而非四舍五入`,
        });
      } else if (verdict === "displayRounding") {
        findings.push({
          ...base,
          severity: "warning",
          message: `${site.label}占${site.baseLabel}的比例按所列金额应为 ${expected}（${formula}），原文为 ${printed.text}：原文按未取整的金额计算，与所列金额口径不一致`,
        });
      } else {
        findings.push({
          ...base,
          severity: "error",
          message: `${site.label}占${site.baseLabel}的比例应为 ${expected}（${formula}），原文为 ${printed.text}`,
        });
      }
    }
    return findings;
  },
};
