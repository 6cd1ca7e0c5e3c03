/**
 * BLANK-ACTUAL-SCORED: an indicator with no 完成值 (or no operator and target) that still carries a score —
 * nobody can verify it. Seed 004 gives full marks to several blank rows. A row that prints only 分值 and 得分 over
 * 其中 sub-rows holding its values (indicator-sub-rows.ts) is not blank: its score is judged from them. Nor is the row
 * a table's cut runs through (cut-indicator-row.ts): its values may be in the part not printed.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import type { AuditCheck } from "../audit-check.ts";
import { listScoredTables, shortName } from "../evaluation-tables.ts";
import { readPrintedNumber } from "../printed-number.ts";
import { findSubRows, hasValuesOnSubRows } from "../../scoring/indicator-sub-rows.ts";
import { isCutIndicatorRow } from "../../scoring/cut-indicator-row.ts";

export const blankActualScored: AuditCheck = {
  code: "BLANK-ACTUAL-SCORED",
  severity: "error",
  title: "完成值空白却有得分",
  run(context) {
    const findings: Finding[] = [];
    for (const { table, path, label } of listScoredTables(context)) {
      const subRows = findSubRows(table.indicators);
      table.indicators.forEach((indicator, i) => {
        const printed = readPrintedNumber(indicator.printed?.score);
        if (!printed || printed.value.isZero() || hasValuesOnSubRows(table.indicators, subRows, i)) return;
        if (isCutIndicatorRow(table, i)) return;
        const blankActual = (indicator.actual ?? "").trim() === "";
        const blankTarget =
          (indicator.target ?? "").trim() === "" &&
          (indicator.operator ?? indicator.operatorPrinted ?? "").trim() === "";
        if (!blankActual && !blankTarget) return;
        const missing = [blankTarget ? "指标性质和指标值" : null, blankActual ? "完成值" : null]
          .filter(Boolean)
          .join("、");
        findings.push({
          code: this.code,
          severity: this.severity,
          location: `${path}.indicators[${i}].${blankActual ? "actual" : "target"}`,
          found: printed.text,
          message: `${label}“${shortName(indicator.level3 || indicator.level2 || indicator.level1)}”${missing}空白，却得 ${printed.text} 分（权重 ${indicator.weight ?? "未填"}），无法核实`,
        });
      });
    }
    return findings;
  },
};
