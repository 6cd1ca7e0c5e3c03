/**
 * Report outlines (报告提纲) as data: the sections a province's notice asks a 部门整体支出绩效自评报告 to have, in its
 * order, with the title patterns that recognise a unit's own section as one of them and the generated content the
 * section carries. Files live in profiles/outlines/<id>.json (sources in docs/outlines.md); a rule profile names its
 * outline, a dataset's `filing.outline` may name another.
 * @module
 */
import { z } from "zod";

/**
 * Content generated from the data, by kind: `execution` 预算执行 sentence and 预算调整; `indicators` the level sums and
 * one sentence per indicator; `levelScores` the level sums only; `totalScore` 自评得分及等级; `shortfalls` 未完成的
 * 指标; `spendingScale` 部门整体收支 from the 决算; `staff` 编制和人员; `goals` the 绩效目标 from the evaluation table; `framework` the
 * scores of a 指标体系 scored by dimension (凉山 附件1-1).
 */
export const GENERATED_CONTENT = [
  "execution",
  "indicators",
  "levelScores",
  "totalScore",
  "shortfalls",
  "spendingScale",
  "staff",
  "goals",
  "framework",
] as const;
export const GeneratedContent = z.enum(GENERATED_CONTENT);
export type GeneratedContent = z.infer<typeof GeneratedContent>;

const Pattern = z
  .string()
  .min(1)
  .refine((source) => {
    try {
      new RegExp(source);
      return true;
    } catch {
      return false;
    }
  }, "不是有效的正则表达式");

export const OutlineNode = z
  .object({
    title: z.string().min(1).max(100).describe("提纲中的标题（不含编号）"),
    match: z.array(Pattern).max(10).default([]).describe("认出单位自己这一节的标题正则（标题去掉编号后比较）"),
    generate: z.array(GeneratedContent).max(8).default([]).describe("总是由数据生成、放在单位文字之前的内容"),
    fill: z.array(GeneratedContent).max(8).default([]).describe("单位这一节没有文字时才由数据生成的内容"),
    required: z.boolean().default(false).describe("单位没有自己的提纲且无内容时标出【请补充】"),
    get children() {
      return z.array(OutlineNode).max(20).default([]);
    },
  })
  .strict();
export type OutlineNode = z.infer<typeof OutlineNode>;

export const ReportOutline = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, "提纲编号只用小写字母、数字和连字符"),
    name: z.string().min(1),
    source: z.string().min(1).describe("依据（文件或样例）"),
    sections: z.array(OutlineNode).min(1).max(20),
  })
  .strict();
export type ReportOutline = z.infer<typeof ReportOutline>;
