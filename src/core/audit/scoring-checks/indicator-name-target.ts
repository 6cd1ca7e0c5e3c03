/**
 * INDICATOR-NAME-TARGET: the indicator's name states a number in the indicator's own unit that differs from its
 * target ("组织100名以上…" with 指标值 ≥20 名; "满意度92%左右" with ≥95%). One of the two is wrong.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { Dec } from "../../numbers/decimal.ts";
import { normalizeWidth } from "../../parse/normalize-text.ts";
import { readIndicatorValues } from "../../scoring/read-indicator-values.ts";
import type { AuditCheck } from "../audit-check.ts";
import { listScoredTables } from "../evaluation-tables.ts";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export const indicatorNameTarget: AuditCheck = {
  code: "INDICATOR-NAME-TARGET",
  severity: "warning",
  title: "指标名称中的数值与指标值不符",
  run(context) {
    const findings: Finding[] = [];
    for (const { score, label } of listScoredTables(context)) {
      for (const scored of score.indicators) {
        const values = readIndicatorValues(scored.indicator);
        if (values.target === null || values.targetUnit === null) continue;
        const name = normalizeWidth(scored.indicator.level3);
        const pattern = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*${escapeRegExp(values.targetUnit)}`, "g");
        const stated = [...name.matchAll(pattern)];
        if (stated.length === 0) continue;
        // A name listing several amounts (38.9万元；25万元；…) states the parts of the target: compare their sum.
        const statedTotal = stated.reduce((sum, m) => sum.plus(m[1] ?? "0"), new Dec(0));
        if (statedTotal.equals(values.target)) continue;
        const what = stated.length === 1 ? (stated[0]?.[0] ?? "") : `${stated.map((m) => m[0]).join("、")}（合计 ${statedTotal}${values.targetUnit}）`;
        findings.push({
          code: this.code,
          severity: this.severity,
          location: `${scored.path}.target`,
          expected: `${statedTotal}${values.targetUnit}`,
          found: `${scored.indicator.target ?? ""}${scored.indicator.unit ?? ""}`,
          message: `${label}指标名称“${scored.indicator.level3}”写的是 ${what}，指标值却是 ${scored.indicator.operatorPrinted ?? scored.indicator.operator ?? ""}${scored.indicator.target ?? ""}${scored.indicator.unit ?? ""}`,
        });
      }
    }
    return findings;
  },
};
