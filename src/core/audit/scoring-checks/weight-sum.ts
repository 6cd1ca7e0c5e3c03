/**
 * WEIGHT-SUM: the weights of a table must add up — indicator weights of each 绩效指标 block to the section weight
 * (90 beside a 10-point execution block), each 一级 to its stated weight, and the whole table to its printed total
 * weight (100). A second, repeated block (seed 004 人才发展专项) shows up here as 120. The sums are over the rows
 * that carry a weight: an unused row printed without one (an empty 生态效益 row "0") does not switch the check off
 * for the rest of its table; a table printed with no weight column at all, or printed incompletely, is not summed.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { Dec } from "../../numbers/decimal.ts";
import type { AuditCheck } from "../audit-check.ts";
import { listScoredTables } from "../evaluation-tables.ts";
import { readPrintedNumber } from "../printed-number.ts";

export const weightSum: AuditCheck = {
  code: "WEIGHT-SUM",
  severity: "error",
  title: "权重合计与分值不符",
  run(context) {
    const findings: Finding[] = [];
    for (const { table, score, path, label } of listScoredTables(context)) {
      const used = score.indicators.filter((s) => !s.empty);
      if (used.length === 0 || used.every((s) => s.indicator.weight === undefined) || table.incomplete) continue;
      const indicatorWeight = score.execution ? score.totalWeight.minus(score.execution.weight) : score.totalWeight;
      const blocks = new Set(table.indicators.map((i) => i.block ?? 1));
      // A table that sets its own budget weight (20 of a 20/80 form) leaves the rest of the profile's total to the
      // indicators, unless it states that part too.
      const { profile } = context;
      const sectionWeight =
        table.indicatorSectionWeight !== undefined
          ? new Dec(table.indicatorSectionWeight)
          : table.executionWeight !== undefined
            ? new Dec(profile.execution.weight).plus(profile.indicatorWeight).minus(table.executionWeight)
            : new Dec(profile.indicatorWeight);
      if (score.execution && !indicatorWeight.equals(sectionWeight)) {
        findings.push({
          code: this.code,
          severity: this.severity,
          location: `${path}.indicators`,
          expected: sectionWeight.toString(),
          found: indicatorWeight.toString(),
          message:
            `${label}绩效指标权重合计为 ${indicatorWeight}，应为 ${sectionWeight}` +
            (blocks.size > 1 ? `（表中有 ${blocks.size} 个“绩效指标”区块，疑似重复填列）` : ""),
        });
      }
      const printedTotal = readPrintedNumber(table.printed?.totalWeight);
      if (printedTotal && !printedTotal.value.equals(score.totalWeight)) {
        findings.push({
          code: this.code,
          severity: this.severity,
          location: `${path}.printed.totalWeight`,
          expected: score.totalWeight.toString(),
          found: printedTotal.text,
          message: `${label}合计分值印为 ${printedTotal.text}，各项权重（含预算执行率）实际合计 ${score.totalWeight}`,
        });
      }
      const { levels } = score;
      table.level1Weights.forEach((stated, i) => {
        const sum = score.indicators.reduce(
          (acc, s, k) =>
            levels[k]?.level1 === stated.level1 || levels[k]?.level1.startsWith(stated.level1)
              ? acc.plus(s.weight)
              : acc,
          new Dec(0),
        );
        if (!sum.equals(stated.weight)) {
          findings.push({
            code: this.code,
            severity: this.severity,
            location: `${path}.level1Weights[${i}]`,
            expected: stated.weight,
            found: sum.toString(),
            message: `${label}“${stated.level1}”标明 ${stated.weight} 分，其下三级指标权重合计 ${sum}`,
          });
        }
      });
    }
    return findings;
  },
};
