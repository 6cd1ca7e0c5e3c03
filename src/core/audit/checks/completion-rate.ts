/**
 * COMPLETION-RATE: a printed 完成预算 rate must equal 决算数 ÷ 预算数 on one of the budgets the dataset stores (年初
 * or 调整后). When none fits, the message gives the rate on each, so the reader sees which base was meant. A zero
 * budget is ZERO-BASE-RATE's; mixing bases between a total and its lines is COMPLETION-BASE's.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { wanToFen } from "../../money/fen.ts";
import { amountUnitOf } from "../../dataset/amount-unit.ts";
import type { AuditCheck } from "../audit-check.ts";
import { judgeCompletion } from "../completion-bases.ts";
import { BASE_NAMES, listCompletionSites } from "../finance-sites.ts";
import { messageAmountIn, showPercent } from "../../display/show-number.ts";

export const completionRateCheck: AuditCheck = {
  code: "COMPLETION-RATE",
  severity: "error",
  title: "完成预算比例与决算数÷预算数不符",
  run({ dataset, profile }) {
    const findings: Finding[] = [];
    // Amounts in messages are in the document's unit.
    const amountText = messageAmountIn(amountUnitOf(dataset));
    for (const site of listCompletionSites(dataset)) {
      const judged = judgeCompletion(site);
      if (!judged || judged.results.length === 0 || judged.matched.length > 0) continue;
      const places = Math.max(profile.rounding.rateDecimals, judged.printed.decimals);
      const amount = amountText(wanToFen(site.amount as string));
      const options = judged.results.map(
        (r) =>
          `${showPercent(r.exact, places)}（${amount} ÷ ${BASE_NAMES[r.base.kind]} ${amountText(wanToFen(r.base.value))}）`,
      );
      const truncated = judged.results.some((r) => r.verdict === "truncated");
      findings.push({
        code: this.code,
        severity: this.severity,
        location: site.printed.path,
        expected: judged.results.map((r) => showPercent(r.exact, places)).join(" 或 "),
        found: judged.printed.text,
        message: `${site.label}完成预算应为 ${options.join(" 或 ")}，原文为 ${judged.printed.text}${truncated ? "：尾数被截断而非四舍五入" : ""}`,
      });
    }
    return findings;
  },
};
