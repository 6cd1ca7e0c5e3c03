/**
 * The table of a department scored by dimension (凉山 附件1-1, the five-dimension framework 27/20/30/14/6) as a `Form`:
 * 评价维度 | 分值 | 自评得分 | 扣分 | 扣分原因, then 合计 with the computed total and grade. Every figure is
 * `scoreFramework`'s, so it matches the 评价结论 sentence.
 * @module
 */
import type { EvaluationFramework } from "../dataset/schema.ts";
import type { FrameworkScore } from "../narrative/self-evaluation/framework-score.ts";
import type { Dec } from "../numbers/decimal.ts";
import type { RuleProfile } from "../profiles/profile-schema.ts";
import { score } from "./figure.ts";
import { figureCell, type Form, type FormCell, headerCell, textCell } from "./form.ts";

export const FRAMEWORK_FORM_NAME = "部门整体绩效自评得分表";

/** Relative widths (twips of the 156 mm type area). */
const COLUMN_WIDTHS = [2400, 900, 1100, 900, 3544] as const;

export interface FrameworkFormOptions {
  framework: EvaluationFramework;
  result: FrameworkScore;
  profile: RuleProfile;
  /** The year in the title; a report attachment prints its own title and may leave it out. */
  year?: number;
}

export function buildFrameworkForm({ framework, result, profile, year }: FrameworkFormOptions): Form {
  const places = profile.rounding.totalDecimals;
  // An unscored dimension is left blank for the unit to fill, as the printed form has it.
  const figure = (value: Dec | null, emphasis = false): FormCell =>
    value === null ? textCell("") : figureCell(score(value, places), emphasis ? { emphasis } : {});
  const rows: FormCell[][] = [
    [textCell(`指标体系：${framework.name}`, { colSpan: 5, align: "left" })],
    ["评价维度", "分值", "自评得分", "扣分", "扣分原因"].map((text) => headerCell(text)),
    ...result.dimensions.map((d) => [
      textCell(d.name, { align: "left" }),
      figure(d.weight),
      figure(d.score),
      d.deduction === null || d.deduction.isZero() ? textCell("—") : figure(d.deduction),
      textCell(d.reason ?? "", { align: "left" }),
    ]),
    [
      headerCell("合计"),
      figure(result.weight, true),
      figure(result.total, true),
      figure(result.weight.minus(result.total), true),
      textCell(result.grade === null ? "" : `自评等级：${result.grade}`, { align: "left", emphasis: true }),
    ],
  ];
  return {
    name: FRAMEWORK_FORM_NAME,
    title: year === undefined ? FRAMEWORK_FORM_NAME : `${FRAMEWORK_FORM_NAME}（${year}年度）`,
    columnWidths: COLUMN_WIDTHS,
    headerRows: 2,
    rows,
    notes: [],
    landscape: false,
    textSize: 12,
  };
}
