/**
 * CHANGE-AMOUNT: a printed change amount must equal |本年 − 上年| where both years are stored. An amount printed in
 * 元 that is right in 万元 ("增加6.04元") is AMOUNT-UNIT's, not a wrong amount; the direction is CHANGE-VERB's.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { amountUnitOf } from "../../dataset/amount-unit.ts";
import { fenToWan } from "../../money/fen.ts";
import { judgePrintedValue } from "../../numbers/printed-verdict.ts";
import type { AuditCheck } from "../audit-check.ts";
import { readChangeSite } from "../change-figures.ts";
import { listChangeSites } from "../finance-sites.ts";
import { messageAmountIn, showAmountWithUnit } from "../../display/show-number.ts";

export const changeAmountCheck: AuditCheck = {
  code: "CHANGE-AMOUNT",
  severity: "error",
  title: "增减额与本年−上年不符",
  run({ dataset }) {
    const findings: Finding[] = [];
    const unit = amountUnitOf(dataset);
    const show = messageAmountIn(unit);
    for (const site of listChangeSites(dataset)) {
      const { amount, currentFen, prior } = readChangeSite(site, unit);
      if (!amount || currentFen === null || prior === null || prior.derived) continue;
      const differenceFen = Math.abs(currentFen - prior.fen);
      const exactWan = fenToWan(differenceFen);
      const { figure } = amount;
      const rightInWan = judgePrintedValue(figure, exactWan) === "exact";
      const rightInYuan = judgePrintedValue(figure, exactWan.times(10_000)) === "exact";
      if (figure.unit === "亿元" && judgePrintedValue(figure, exactWan.div(10_000)) === "exact") continue;
      // Written without a unit, a figure is in the document's unit; the other unit's reading is AMOUNT-UNIT's.
      const written = figure.unit ?? unit;
      if (written === "元" ? rightInYuan || rightInWan : rightInWan) continue;
      const expected = showAmountWithUnit(differenceFen, unit);
      findings.push({
        code: this.code,
        severity: this.severity,
        location: amount.at.path,
        expected,
        found: amount.change.text,
        message: `${site.label}增减额应为 ${expected}（${show(currentFen)} − ${show(prior.fen)}），原文为 ${figure.valueText}${figure.unit ?? ""}`,
      });
    }
    return findings;
  },
};
