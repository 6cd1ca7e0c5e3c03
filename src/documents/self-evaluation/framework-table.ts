/**
 * The table of a department scored by dimension (凉山 附件1-1): 评价维度 | 分值 | 自评得分 | 扣分 | 扣分原因, then 合计
 * with the computed total and grade. Every figure is `scoreFramework`'s, so it matches the 评价结论 sentence.
 * @module
 */
import type { FileChild } from "docx";
import type { EvaluationFramework } from "../../core/dataset/schema.ts";
import { type Dec, formatTrimmed } from "../../core/numbers/decimal.ts";
import type { FrameworkScore } from "../../core/narrative/self-evaluation/framework-score.ts";
import type { RuleProfile } from "../../core/profiles/profile-schema.ts";
import { type GridCell, gridTable } from "../docx/grid-table.ts";
import { SIZE } from "../docx/official-format.ts";

/** Column widths (twips) filling the 156 mm type area: 8844. */
const WIDTHS = [2400, 900, 1100, 900, 3544] as const;

export function frameworkTable(
  framework: EvaluationFramework,
  result: FrameworkScore,
  profile: RuleProfile,
): FileChild {
  const places = profile.rounding.totalDecimals;
  const figure = (value: Dec | null) => (value === null ? "" : formatTrimmed(value, places));
  const header: GridCell[] = ["评价维度", "分值", "自评得分", "扣分", "扣分原因"].map((text) => ({ text, bold: true }));
  const rows: GridCell[][] = [
    [{ text: `指标体系：${framework.name}`, colSpan: 5, align: "left" }],
    header,
    ...result.dimensions.map((d) => [
      { text: d.name, align: "left" as const },
      { text: figure(d.weight) },
      { text: figure(d.score) },
      { text: d.deduction === null || d.deduction.isZero() ? "—" : figure(d.deduction) },
      { text: d.reason ?? "", align: "left" as const },
    ]),
    [
      { text: "合计", bold: true },
      { text: figure(result.weight), bold: true },
      { text: figure(result.total), bold: true },
      { text: figure(result.weight.minus(result.total)), bold: true },
      { text: result.grade === null ? "" : `自评等级：${result.grade}`, align: "left", bold: true },
    ],
  ];
  return gridTable({ columnWidths: [...WIDTHS], rows, fontSize: SIZE.xiaosi, headerRows: 2 });
}
