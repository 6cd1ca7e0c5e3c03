/**
 * CONTROL-RATE: the 财政供养人员控制率 of the 基础数据表 is 实际在职人数 ÷ 编制数 (seed 001: 7 ÷ 8 = 87.5%, right).
 * Judged at the printed precision; a zero 编制数 has no rate.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { comparePrinted, percentOf } from "../../numbers/decimal.ts";
import type { AuditCheck } from "../audit-check.ts";
import { readPrintedRate } from "../printed-values.ts";
import { showPercent } from "../../display/show-number.ts";

export const controlRateCheck: AuditCheck = {
  code: "CONTROL-RATE",
  severity: "error",
  title: "人员控制率与在职人数÷编制数不符",
  run({ dataset, profile }) {
    const staff = dataset.basicData?.staff;
    const text = staff?.printed?.controlRate;
    const printed = readPrintedRate(text);
    if (!staff || text === undefined || printed === null || printed === "dash") return [];
    const authorized = staff.authorized ?? dataset.unit?.staff?.authorized;
    const inService = staff.inService ?? dataset.unit?.staff?.inService;
    if (authorized === undefined || inService === undefined) return [];
    const exact = percentOf(inService, authorized);
    if (exact === null) return [];
    const verdict = comparePrinted(printed.value, printed.decimals, exact);
    if (verdict === "exact") return [];
    const expected = showPercent(exact, Math.max(profile.rounding.rateDecimals, printed.decimals));
    const finding: Finding = {
      code: this.code,
      severity: this.severity,
      location: "basicData.staff.printed.controlRate",
      expected,
      found: printed.text,
      message: `人员控制率应为 ${expected}（实际在职 ${inService} 人 ÷ 编制 ${authorized} 人），原文为 ${printed.text}${verdict === "truncated" ? "：尾数被截断而非四舍五入" : ""}`,
    };
    return [finding];
  },
};
