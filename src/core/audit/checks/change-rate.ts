/**
 * CHANGE-RATE: a printed change rate must equal |本年 − 上年| ÷ 上年. When the dataset has no prior-year value, it is
 * recovered from the printed change amount (三公 上年 = 7.60 + 49.19 = 56.79). The message names the usual causes:
 * dividing by the current year instead of the prior one (647.24% = 49.19 ÷ 7.60) and a shifted decimal point
 * (37.3% for 3.73%). A rate right at its own precision but with fewer decimals than the profile asks ("27%" for
 * 26.67%) is an info. The direction word is CHANGE-VERB's; a zero prior is ZERO-BASE-RATE's.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { changeRate, Dec } from "../../numbers/decimal.ts";
import { judgePrintedValue } from "../../numbers/printed-verdict.ts";
import { amountUnitOf } from "../../dataset/amount-unit.ts";
import type { AuditCheck } from "../audit-check.ts";
import { readChangeSite } from "../change-figures.ts";
import { listChangeSites } from "../finance-sites.ts";
import { changeRateRangeOverRounding } from "../printed-values.ts";
import { printsWholeWan } from "../whole-wan.ts";
import { messageAmountIn, showMessageAmount, showPercent } from "../../display/show-number.ts";

function sameAtPrecision(value: Dec, printed: Dec, decimals: number): boolean {
  return judgePrintedValue({ value: printed, decimals }, value) === "exact";
}

/**
 * True when the printed rate (give or take half its last digit) lies between the rates of the change at either end of
 * its rounding: d ÷ (本年 + d) for a decrease, d ÷ (本年 − d) for an increase, both rising with d.
 */
function withinDerivedRange(currentFen: number, priorFen: number, halfFen: number, printed: Dec, decimals: number) {
  const change = Math.abs(currentFen - priorFen);
  const decrease = priorFen > currentFen;
  const rateAt = (d: number): Dec | null => {
    const base = decrease ? currentFen + d : currentFen - d;
    return base <= 0 || d < 0 ? null : new Dec(d).div(base).times(100);
  };
  const lo = rateAt(Math.max(0, change - halfFen));
  const hi = rateAt(change + halfFen);
  if (lo === null || hi === null) return false;
  const half = new Dec(10).pow(-decimals).div(2);
  return printed.plus(half).gte(lo) && printed.minus(half).lte(hi);
}

export const changeRateCheck: AuditCheck = {
  code: "CHANGE-RATE",
  severity: "error",
  title: "增减率与（本年−上年）÷上年不符",
  run({ dataset, profile }) {
    const findings: Finding[] = [];
    // Amounts in messages are in the document's unit.
    const amountText = messageAmountIn(amountUnitOf(dataset));
    for (const site of listChangeSites(dataset)) {
      const read = readChangeSite(site, amountUnitOf(dataset));
      const { rate, currentFen, prior } = read;
      if (!rate || currentFen === null || prior === null) continue;
      const exactSigned = changeRate(currentFen, prior.fen);
      if (exactSigned === null) continue;
      const exact = exactSigned.abs();
      const printed = rate.figure;
      const decimals = printed.unit === "‱" ? printed.decimals + 2 : printed.decimals;
      const printedPercent = printed.unit === "‱" ? printed.value.div(100) : printed.value;
      const differenceFen = Math.abs(currentFen - prior.fen);
      const formula = `${amountText(differenceFen)} ÷ ${amountText(prior.fen)}`;
      const priorNote = prior.derived ? `，上年数按 ${prior.formula} 推算` : "";
      const found = rate.change.text;
      const current = site.current;
      // The rounding range reads the 万元 text of the working copy, whatever the unit messages are printed in.
      // A document printed in whole 万元 is known only to 1 万元 (衢江区 2016: 476 ÷ 2840 = 16.76% for a printed 16.77%).
      const whole = printsWholeWan(dataset);
      const priorText = whole ? new Dec(prior.fen).div(1_000_000).toString() : showMessageAmount(prior.fen);
      const range = current === undefined ? null : changeRateRangeOverRounding(current, priorText, whole ? 0 : 2);
      const verdict = judgePrintedValue({ value: printedPercent, decimals }, exact, {
        expectedDecimals: profile.rounding.rateDecimals,
        range,
      });
      if (verdict !== "exact" && verdict !== "lowPrecision" && prior.derived && prior.halfFen !== undefined) {
        // Last year recovered from a change printed in 亿元 is known only to its rounding: a rate inside that range
        // is right.
        if (withinDerivedRange(currentFen, prior.fen, prior.halfFen, printedPercent, decimals)) continue;
      }
      if (verdict === "exact") continue;
      if (verdict === "lowPrecision") {
        const expected = showPercent(exact, profile.rounding.rateDecimals);
        findings.push({
          code: this.code,
          severity: "info",
          location: rate.at.path,
          expected,
          found,
          message: `${site.label}增减率保留 ${profile.rounding.rateDecimals} 位小数应为 ${expected}（${formula}${priorNote}），原文为 ${printed.valueText}${printed.unit ?? ""}`,
        });
        continue;
      }
      const expected = showPercent(exact, Math.max(profile.rounding.rateDecimals, decimals));
      const hints: string[] = [];
      if (verdict === "truncated") hints.push("尾数被截断而非四舍五入");
      const overCurrent = currentFen === 0 ? null : new Dec(differenceFen).div(currentFen).times(100);
      if (overCurrent && sameAtPrecision(overCurrent, printedPercent, decimals)) {
        hints.push(
          `原文以本年数作分母（${amountText(differenceFen)} ÷ ${amountText(currentFen)} = ${showPercent(overCurrent, 2)}），增减率应以上年数为分母`,
        );
      } else if (
        decimals > 0 &&
        (sameAtPrecision(exact.times(10), printedPercent, decimals) ||
          sameAtPrecision(exact.div(10), printedPercent, decimals))
      ) {
        // Only a value printed with decimals can show a shifted point; "4%" for 0.39% could be anything.
        hints.push("疑为小数点错位");
      }
      const explained = verdict === "displayRounding";
      if (explained) hints.push("差异在所列金额四舍五入的范围内");
      findings.push({
        code: this.code,
        severity: explained ? "warning" : "error",
        location: rate.at.path,
        expected,
        found,
        message: `${site.label}增减率应为 ${expected}（${formula}${priorNote}），原文为 ${printed.valueText}${printed.unit ?? ""}${hints.length > 0 ? `：${hints.join("；")}` : ""}`,
      });
    }
    return findings;
  },
};
