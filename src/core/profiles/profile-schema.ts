/**
 * Rule profiles (评分规则方案): the scoring and audit settings that differ between the national rule
 * (财预〔2020〕10号) and provincial practice, kept as data files so a user can write their own.
 * See docs/domain/rules.md §2 for the sources of each setting.
 * @module
 */
import { z } from "zod";

const Share = z.string().regex(/^(0(\.\d+)?|1(\.0+)?)$/, "应为 0 到 1 之间的小数，如 0.8");
const Num = z.string().regex(/^\d+(\.\d+)?$/, "应为非负数字");

export const QualitativeBand = z
  .object({
    grade: z.enum(["achieved", "partlyAchieved", "notAchieved"]),
    label: z.string().min(1).describe("等级名称，如 达成年度指标"),
    min: Share.describe("下限（占权重比例，含）"),
    max: Share.describe("上限（占权重比例）"),
    maxInclusive: z.boolean().describe("上限是否包含"),
  })
  .strict();

export const GradeBand = z.object({ grade: z.string().min(1), min: Num.describe("下限（含）") }).strict();

export const RuleProfile = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, "方案编号只用小写字母、数字和连字符"),
    name: z.string().min(1),
    basis: z.string().describe("依据"),
    execution: z
      .object({
        base: z.enum(["adjusted", "initial"]).describe("执行率分母：全年（调整后）预算数 / 年初预算数"),
        weight: Num.describe("预算执行率分值（与 indicatorWeight 合为总分，如 10/90、20/80）"),
        scoring: z.enum(["linearCapped"]).describe("分值×执行率，超过100%按100%计（目前各地表式均如此）"),
        reasonBelowRate: Num.optional().describe("执行率低于该百分数时须说明原因，如 90"),
      })
      .strict(),
    indicatorWeight: Num.describe("绩效指标部分总分值，如 90（四川、国家 10/90），或 80（预算执行 20 分的省份）"),
    level1Weights: z.record(z.string(), Num).describe("一级指标参考分值"),
    operators: z
      .object({
        lessOrEqual: z
          .enum(["R1", "R2"])
          .describe("R1：权重×指标值/完成值；R2：权重×(1−(完成值−指标值)/指标值)，≥2倍为0"),
        equal: z.enum(["asGreaterOrEqual", "exactOnly"]).describe("＝：按≥处理，或仅相等得满分"),
        strict: z.enum(["warn", "asNonStrict"]).describe("＞/＜ 恰好等于指标值时：给满分并提示，或按≥/≤处理不提示"),
      })
      .strict(),
    overAchievement: z
      .object({ threshold: Num.describe("完成值/指标值达到该倍数时须说明原因，如 1.3"), reasonRequired: z.boolean() })
      .strict(),
    qualitativeBands: z.array(QualitativeBand).min(2).max(6),
    rounding: z
      .object({
        indicatorDecimals: z.number().int().min(0).max(4).describe("单项得分保留小数位"),
        totalDecimals: z.number().int().min(0).max(4),
        rateDecimals: z.number().int().min(0).max(4).describe("百分率保留小数位"),
      })
      .strict(),
    gradeBands: z.array(GradeBand).min(2).max(10).describe("等级，自高到低"),
    reasonRequired: z
      .object({
        belowWeight: z.boolean().describe("得分低于权重须说明原因"),
        overAchievement: z.boolean(),
        unmet: z
          .boolean()
          .optional()
          .describe("未完成的指标须说明原因（无论表中是否印有权重）；缺省与 belowWeight 相同"),
      })
      .strict(),
    prose: z
      .object({
        precisionNotice: z
          .enum(["oncePerDocument", "off"])
          .default("oncePerDocument")
          .describe(
            "百分率未按规则位数书写（如应两位小数而写一位）时：每份文档至多提示一次，或不提示；所写数值本身按其位数核对",
          ),
      })
      .strict()
      .default({ precisionNotice: "oncePerDocument" })
      .describe("文字说明核对的设置"),
    level1Aliases: z.record(z.string(), z.string()).default({}).describe("一级指标别名 → 规范名"),
    outline: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional()
      .describe("部门整体支出绩效自评报告的提纲（profiles/outlines/<编号>.json），默认 national"),
  })
  .strict();

export type RuleProfile = z.infer<typeof RuleProfile>;
export type QualitativeBand = z.infer<typeof QualitativeBand>;
