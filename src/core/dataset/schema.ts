/**
 * The unit-year dataset: everything one budget unit reports for one year, defined once with zod.
 *
 * Conventions, so that a file can be written by hand or by another system:
 * - every section is optional, so a single project table or a bare 决算 can be checked on its own;
 * - money is a decimal string in the document's amount unit `amountUnit` — 万元 by default ("874.05", up to 6
 *   decimals, i.e. exact to the 分) or 元 ("8740500.00", up to 2 decimals); core turns it into integer 分 before any
 *   sum. Amounts are limited to 9 999 999.999999 万元 (99 999 999 999.99 元) so that a sum of the longest list (500
 *   lines) stays an exact integer of 分 (see money/fen.ts);
 * - format version 2 (docs/dataset-format.md); a version-1 file is migrated on reading (migrate-dataset.ts);
 * - `incomplete: true` on a table, a list's holder or a text section says the document printed it incompletely
 *   (cut at a page, an excerpt): no sum, share or weight check runs across the missing part;
 * - weights, scores and rates are decimal strings ("9.8", "98.25");
 * - values a document printed but that the system computes (shares, rates, changes, totals, scores, grades) live in
 *   a `printed` object beside the inputs, verbatim ("下降4%", "53.65%"), so the audit can compare them with the
 *   computed value; a generated dataset simply leaves `printed` out.
 * @module
 */
import { z } from "zod";

export const FORMAT_VERSION = 2;

/** The units a document prints its amounts in. Every money field of a dataset is in its `amountUnit`. */
export const AMOUNT_UNITS = ["万元", "元"] as const;
export const AmountUnitSchema = z
  .enum(AMOUNT_UNITS)
  .describe("金额单位：万元（缺省）或元；数据集中所有金额都以此为单位");
export type DatasetAmountUnit = (typeof AMOUNT_UNITS)[number];

/**
 * The pattern every amount matches whatever its unit (up to 24 integer digits, so that a large one is told 金额过大 rather than 格式不对); the unit's own limits
 * (万元: 7 integer digits and 6 decimals, 元: 11 and 2) are checked over the whole dataset in `checkAmountLimits`.
 */
export const MONEY_PATTERN = /^-?\d{1,24}(\.\d{1,6})?$/;
export const MoneyWan = z
  .string()
  .regex(MONEY_PATTERN, "金额应为数字（万元最多6位小数，元最多2位小数），如 874.05")
  .describe("金额（按数据集的金额单位，缺省万元）");
/** The same field under the name that says what it is: an amount in the dataset's `amountUnit`. */
export const Money = MoneyWan;

export const DecimalText = z
  .string()
  .regex(/^-?\d{1,9}(\.\d{1,6})?$/, "应为数字，如 9.8")
  .describe("数值（十进制文本）");

/** A weight (分值): a decimal string that is never negative. */
export const WeightText = z
  .string()
  .regex(/^\d{1,9}(\.\d{1,6})?$/, "权重应为不小于 0 的数字，如 10")
  .describe("权重（十进制文本，不小于 0）");

/** Verbatim text as printed in a document; never parsed by the schema. */
const Printed = z.string().max(2000);
const Text = z.string().max(20_000);
const ShortText = z.string().max(500);
const SourceLine = z.number().int().positive().describe("原文行号");
/** Printed incompletely (cut at a page, an excerpt): no sum, share or weight check across the missing part. */
const Incomplete = z
  .boolean()
  .optional()
  .describe("原文印得不全（跨页截断、节选）：不再核对跨越缺失部分的合计、占比与权重");
const IncompleteNote = ShortText.optional().describe("印得不全的说明，如“第2页未收录”");

/** Where the money came from (收入来源 / 资金来源). */
export const FUND_SOURCES = [
  "generalBudget",
  "governmentFund",
  "stateCapital",
  "specialAccount",
  "superiorSubsidy",
  "serviceIncome",
  "operatingIncome",
  "affiliatedRemittance",
  "other",
  "carryOver",
] as const;
export const FundSource = z.enum(FUND_SOURCES);
export type FundSource = z.infer<typeof FundSource>;

/** What the money was spent on (支出性质). */
export const SPENDING_NATURES = ["basic", "project", "remitToSuperior", "operating", "subsidyToAffiliated"] as const;
export const SpendingNature = z.enum(SPENDING_NATURES);
export type SpendingNature = z.infer<typeof SpendingNature>;

export const UnitLevel = z.enum(["province", "prefecture", "county", "other"]);
export const UnitType = z.enum(["administrative", "civilServiceManaged", "publicInstitution", "other"]);

export const UnitProfile = z
  .object({
    name: ShortText,
    shortName: ShortText.optional(),
    level: UnitLevel.optional(),
    levelPrinted: ShortText.optional(),
    parent: ShortText.optional(),
    type: UnitType.optional(),
    typePrinted: ShortText.optional(),
    staff: z
      .object({
        authorized: z.number().int().nonnegative().optional().describe("编制数"),
        inService: z.number().int().nonnegative().optional().describe("实际在职人数"),
        retired: z.number().int().nonnegative().optional().describe("退休人数"),
        retiredCadres: z.number().int().nonnegative().optional().describe("离休人数"),
        totalYearEnd: z.number().int().nonnegative().optional().describe("年末实有人数"),
      })
      .strict()
      .optional(),
    assets: z
      .object({
        fixedAssetsTotal: MoneyWan.optional().describe("固定资产总计"),
        fixedAssetsInUse: MoneyWan.optional().describe("在用固定资产"),
        newFixedAssets: MoneyWan.optional().describe("本年新增固定资产"),
        printed: z.object({ utilisationRate: Printed.optional() }).strict().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** One row of the 基础数据表 经费控制情况 section. */
export const BasicDataFundRow = z
  .object({
    item: ShortText.describe("项目，如“其中：公用经费”"),
    kind: z
      .enum([
        "basic",
        "public",
        "sangong",
        "sangongVehicles",
        "sangongAbroad",
        "sangongReception",
        "project",
        "procurement",
        "other",
      ])
      .optional(),
    priorFinal: MoneyWan.optional().describe("上年决算数"),
    budget: MoneyWan.optional().describe("本年预算数"),
    final: MoneyWan.optional().describe("本年决算数"),
    sourceLine: SourceLine.optional(),
  })
  .strict();

export const BasicData = z
  .object({
    staff: z
      .object({
        authorized: z.number().int().nonnegative().optional(),
        inService: z.number().int().nonnegative().optional(),
        printed: z.object({ controlRate: Printed.optional() }).strict().optional(),
      })
      .strict()
      .optional(),
    funds: z.array(BasicDataFundRow).max(500).default([]),
    fundsIncomplete: Incomplete,
    fundsIncompleteNote: IncompleteNote,
    frugalityMeasures: Text.optional(),
  })
  .strict();

/** A row of a 预算执行情况 block: 年初预算 / 全年(调整后)预算 / 执行数. */
export const ExecutionRow = z
  .object({
    label: ShortText.describe("行名，如“年度资金总额”“其中：财政资金”"),
    role: z.enum(["total", "part"]).describe("总额或其中项"),
    depth: z
      .number()
      .int()
      .min(1)
      .max(4)
      .optional()
      .describe(
        "其中项的层级：1（缺省）为总额的其中项，2 为其上方最近一个层级 1 行的其中项（如财政拨款下的一般公共预算），依此类推",
      ),
    source: z.union([FundSource, z.enum(["fiscal", "unitFunds"])]).optional(),
    nature: SpendingNature.optional(),
    initial: MoneyWan.optional().describe("年初预算数"),
    adjusted: MoneyWan.optional().describe("全年（调整后）预算数"),
    budget: MoneyWan.optional().describe("预算数（表中只印一列预算数时填此项，不分年初与全年）"),
    executed: MoneyWan.optional().describe("执行数"),
    reason: Text.optional().describe("执行率偏低或预算调整的原因"),
    printed: z
      .object({
        rate: Printed.optional().describe("本行印的执行率"),
        weight: Printed.optional().describe("本行印的分值"),
        score: Printed.optional().describe("本行印的得分"),
      })
      .strict()
      .optional()
      .describe("原表印在本行的执行率、分值、得分（有的表印在总额行，有的印在“其中：财政拨款”行），按印的行核对"),
    sourceLine: SourceLine.optional(),
  })
  .strict();

export const Indicator = z
  .object({
    id: ShortText.optional(),
    level1: ShortText.describe("一级指标"),
    level2: ShortText.optional().describe("二级指标"),
    level3: ShortText.describe("三级指标"),
    operator: z.enum(["≥", "≤", "=", ">", "<", "定性"]).optional().describe("指标性质（规范符号）"),
    operatorPrinted: ShortText.optional().describe("原文符号，如 ≧、＝"),
    target: ShortText.optional().describe("指标值，如 95、≧2万人次、较为认可"),
    unit: ShortText.optional().describe("度量单位"),
    actual: ShortText.optional().describe("完成值"),
    weight: WeightText.optional().describe("权重（分值）；缺省时该指标无法计分"),
    qualitativeGrade: z.enum(["achieved", "partlyAchieved", "notAchieved"]).optional().describe("定性指标达成等级"),
    override: z
      .object({ score: DecimalText, reason: z.string().min(1, "人工调整得分必须说明理由").max(2000) })
      .strict()
      .optional()
      .describe("人工调整的得分及理由"),
    reason: Text.optional().describe("偏差（未完成）原因分析及改进措施"),
    printed: z.object({ score: Printed.optional(), weight: Printed.optional() }).strict().optional(),
    block: z.number().int().positive().optional().describe("原表中的指标区块序号"),
    sourceLine: SourceLine.optional(),
  })
  .strict();
export type Indicator = z.infer<typeof Indicator>;

/** A self-evaluation table: execution block, goals, indicators, printed totals. Used for the department and each project. */
export const EvaluationTable = z
  .object({
    executionWeight: WeightText.optional().describe("预算执行率分值，缺省按规则方案"),
    execution: z.array(ExecutionRow).max(50).default([]),
    goals: z
      .array(z.object({ expected: Text.optional(), actual: Text.optional() }).strict())
      .max(50)
      .default([]),
    indicatorSectionWeight: WeightText.optional().describe("绩效指标部分总分值，如 90"),
    level1Weights: z
      .array(z.object({ level1: ShortText, weight: WeightText }).strict())
      .max(20)
      .default([])
      .describe("一级指标分值，如 产出指标 50"),
    indicators: z.array(Indicator).max(2000).default([]),
    printed: z
      .object({ totalWeight: Printed.optional(), totalScore: Printed.optional(), grade: Printed.optional() })
      .strict()
      .optional(),
    reasonCells: z
      .object({
        execution: z.boolean().optional().describe("预算执行部分是否有原因栏（缺省有）"),
        indicators: z.boolean().optional().describe("绩效指标部分是否有偏差原因栏（缺省有）"),
      })
      .strict()
      .optional()
      .describe("表中是否印有原因栏；没有原因栏的表不要求填写原因"),
    incomplete: Incomplete,
    incompleteNote: IncompleteNote,
    incompleteFrom: z
      .enum(["goals", "indicators"])
      .optional()
      .describe(
        "与 incomplete 同用：原表从哪一部分起印得不全（goals 年度目标、indicators 绩效指标），其前的预算执行部分完整，照常核对",
      ),
  })
  .strict();
export type EvaluationTable = z.infer<typeof EvaluationTable>;

export const Project = z
  .object({
    code: ShortText.optional(),
    name: ShortText,
    category: ShortText.optional().describe("项目类别，如 常年项目、阶段项目、人员类、运转类、特定目标类"),
    department: ShortText.optional().describe("主管部门"),
    implementer: ShortText.optional().describe("实施单位"),
    goals: Text.optional().describe("项目年度目标"),
    goalCompletion: Text.optional().describe("年度目标完成情况"),
    process: Text.optional().describe("项目实施内容及过程概述"),
    evaluation: EvaluationTable.optional(),
    conclusion: Text.optional().describe("评价结论"),
    problems: Text.optional().describe("存在问题"),
    measures: Text.optional().describe("改进措施"),
    projectLead: ShortText.optional().describe("项目负责人"),
    financeLead: ShortText.optional().describe("财务负责人"),
    sourceLine: SourceLine.optional(),
  })
  .strict();
export type Project = z.infer<typeof Project>;

/** A money line with its prior-year value and the figures a document printed for it. */
const AmountLine = z
  .object({
    name: ShortText,
    amount: MoneyWan.optional(),
    prior: MoneyWan.optional().describe("上年数"),
    budget: MoneyWan.optional().describe("预算数"),
    printed: z
      .object({
        share: Printed.optional().describe("占比，如 53.65%"),
        change: Printed.optional().describe("增减，如 减少3.42万元"),
        changeRate: Printed.optional().describe("增减率，如 下降4%"),
        completion: Printed.optional().describe("完成预算，如 完成预算100%"),
      })
      .strict()
      .optional(),
    sourceLine: SourceLine.optional(),
  })
  .strict();

const IncomeLine = AmountLine.extend({ source: FundSource.optional() }).strict();
const SpendingLine = AmountLine.extend({ nature: SpendingNature.optional() }).strict();
const ClassLine = AmountLine.extend({
  code: z
    .string()
    .regex(/^\d{3}$/)
    .optional(),
}).strict();

const TotalPrinted = z
  .object({
    total: Printed.optional().describe("合计，如 874.05万元"),
    change: Printed.optional(),
    changeRate: Printed.optional(),
    completion: Printed.optional(),
    shareOfTotal: Printed.optional(),
  })
  .strict();

/** A single printed figure of the 收入支出决算总表: an amount with its prior-year value and what was printed beside it. */
const StatementFigure = z
  .object({
    amount: MoneyWan,
    prior: MoneyWan.optional().describe("上年数"),
    printed: TotalPrinted.optional(),
    sourceLine: SourceLine.optional(),
  })
  .strict();

export const FunctionLine = z
  .object({
    code: z
      .string()
      .regex(/^\d{3}(\d{2}){0,2}$/, "功能分类科目编码应为 3、5 或 7 位数字")
      .describe("功能分类编码 类/款/项"),
    className: ShortText.optional(),
    kuanName: ShortText.optional(),
    xiangName: ShortText.optional(),
    nature: z.enum(["basic", "project"]).optional(),
    amount: MoneyWan.describe("决算数"),
    initialBudget: MoneyWan.optional().describe("年初预算数"),
    adjustedBudget: MoneyWan.optional().describe("调整后预算数"),
    prior: MoneyWan.optional(),
    reason: Text.optional().describe("决算数与预算数差异原因"),
    printed: z.object({ completion: Printed.optional(), comparison: Printed.optional() }).strict().optional(),
    sourceLine: SourceLine.optional(),
  })
  .strict();

const SangongItem = z
  .object({
    budget: MoneyWan.optional(),
    amount: MoneyWan.optional(),
    prior: MoneyWan.optional(),
    printed: z
      .object({
        share: Printed.optional(),
        completion: Printed.optional(),
        change: Printed.optional(),
        changeRate: Printed.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

const ReceptionDetail = z
  .object({ description: ShortText, persons: z.number().int().nonnegative().optional(), amount: MoneyWan })
  .strict();

export const Sangong = z
  .object({
    budget: MoneyWan.optional(),
    amount: MoneyWan.optional(),
    prior: MoneyWan.optional(),
    abroad: SangongItem.extend({
      groups: z.number().int().nonnegative().optional(),
      persons: z.number().int().nonnegative().optional(),
    })
      .strict()
      .optional(),
    vehicles: SangongItem.extend({
      purchase: MoneyWan.optional().describe("公务用车购置费"),
      operation: MoneyWan.optional().describe("公务用车运行维护费"),
      vehicleCount: z.number().int().nonnegative().optional(),
    })
      .strict()
      .optional(),
    reception: SangongItem.extend({
      domestic: MoneyWan.optional(),
      foreign: MoneyWan.optional(),
      batches: z.number().int().nonnegative().optional(),
      personTimes: z.number().int().nonnegative().optional(),
      details: z.array(ReceptionDetail).max(500).default([]),
    })
      .strict()
      .optional(),
    printed: TotalPrinted.optional(),
    sourceLine: SourceLine.optional(),
  })
  .strict();

export const ChartData = z
  .object({
    figure: ShortText.describe("图号，如 图1"),
    kind: z.enum(["bar", "pie"]),
    title: ShortText.optional(),
    categories: z.array(ShortText).max(100),
    series: z.array(z.object({ name: ShortText, values: z.array(MoneyWan).max(100) }).strict()).max(10),
  })
  .strict();

export const FinalAccounts = z
  .object({
    totals: z
      .object({ amount: MoneyWan.describe("收、支总计"), prior: MoneyWan.optional(), printed: TotalPrinted.optional() })
      .strict()
      .optional(),
    income: z
      .object({
        total: MoneyWan.optional(),
        prior: MoneyWan.optional(),
        items: z.array(IncomeLine).max(50).default([]),
        printed: TotalPrinted.optional(),
        openingCarryOver: StatementFigure.optional().describe("年初结转和结余（收入合计 + 年初结转和结余 = 收入总计）"),
        grandTotal: StatementFigure.optional().describe("收入总计"),
        incomplete: Incomplete,
        incompleteNote: IncompleteNote,
      })
      .strict()
      .optional()
      .describe("本年收入：total 为收入合计"),
    expenditure: z
      .object({
        total: MoneyWan.optional(),
        prior: MoneyWan.optional(),
        items: z.array(SpendingLine).max(50).default([]),
        byClass: z.array(ClassLine).max(50).default([]).describe("按功能分类（类）"),
        printed: TotalPrinted.optional(),
        closingCarryOver: StatementFigure.optional().describe("年末结转和结余（支出合计 + 年末结转和结余 = 支出总计）"),
        grandTotal: StatementFigure.optional().describe("支出总计"),
        incomplete: Incomplete,
        incompleteNote: IncompleteNote,
      })
      .strict()
      .optional(),
    fiscalAppropriation: z
      .object({ amount: MoneyWan, prior: MoneyWan.optional(), printed: TotalPrinted.optional() })
      .strict()
      .optional()
      .describe("财政拨款收、支总计"),
    generalBudget: z
      .object({
        amount: MoneyWan.describe("一般公共预算财政拨款支出"),
        prior: MoneyWan.optional(),
        initialBudget: MoneyWan.optional(),
        adjustedBudget: MoneyWan.optional(),
        byClass: z.array(ClassLine).max(50).default([]),
        printed: TotalPrinted.optional(),
        incomplete: Incomplete,
        incompleteNote: IncompleteNote,
      })
      .strict()
      .optional(),
    functionLines: z.array(FunctionLine).max(500).default([]),
    functionLinesIncomplete: Incomplete,
    functionLinesIncompleteNote: IncompleteNote,
    basicSpending: z
      .object({
        total: MoneyWan,
        personnel: MoneyWan.optional(),
        public: MoneyWan.optional(),
        prior: MoneyWan.optional(),
        priorPersonnel: MoneyWan.optional(),
        priorPublic: MoneyWan.optional(),
        printed: z
          .object({ change: Printed.optional(), personnelChange: Printed.optional(), publicChange: Printed.optional() })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
    projectSpending: z
      .object({
        total: MoneyWan,
        prior: MoneyWan.optional(),
        printed: z.object({ change: Printed.optional() }).strict().optional(),
      })
      .strict()
      .optional(),
    sangong: Sangong.optional(),
    operatingCosts: z
      .object({
        amount: MoneyWan,
        prior: MoneyWan.optional(),
        budget: MoneyWan.optional(),
        printed: TotalPrinted.optional(),
      })
      .strict()
      .optional()
      .describe("机关运行经费"),
    procurement: z
      .object({
        total: MoneyWan,
        goods: MoneyWan.optional(),
        works: MoneyWan.optional(),
        services: MoneyWan.optional(),
        smeContracts: MoneyWan.optional().describe("授予中小企业合同金额"),
        smallMicroContracts: MoneyWan.optional().describe("其中授予小微企业合同金额"),
        purpose: Text.optional(),
        printed: z.object({ smeShare: Printed.optional(), smallMicroShare: Printed.optional() }).strict().optional(),
      })
      .strict()
      .optional(),
    assets: z
      .object({
        vehicles: z.number().int().nonnegative().optional(),
        vehiclesByUse: z.record(z.string(), z.number().int().nonnegative()).optional(),
        largeEquipment: z.number().int().nonnegative().optional().describe("单价100万元以上设备（台、套）"),
      })
      .strict()
      .optional(),
    governmentFundSpending: MoneyWan.optional(),
    stateCapitalSpending: MoneyWan.optional(),
    charts: z.array(ChartData).max(20).default([]),
  })
  .strict();
export type FinalAccounts = z.infer<typeof FinalAccounts>;

export const Budget = z
  .object({
    /** The department's own budget statement (年初预算 with its parts), as in 部门整体自评 reports. */
    initial: z
      .object({
        total: MoneyWan,
        items: z
          .array(IncomeLine.extend({ nature: SpendingNature.optional() }).strict())
          .max(50)
          .default([]),
        byClass: z.array(ClassLine).max(50).default([]).describe("支出预算按功能分类（类）"),
        printed: TotalPrinted.optional(),
        incomplete: Incomplete,
        incompleteNote: IncompleteNote,
      })
      .strict()
      .optional(),
    adjustmentStatement: Text.optional().describe("文中关于预算调整的表述"),
  })
  .strict();

export const NarrativeSection = z
  .object({
    id: ShortText.optional(),
    title: ShortText,
    text: Text,
    sourceLine: SourceLine.optional(),
    incomplete: Incomplete,
    incompleteNote: IncompleteNote,
  })
  .strict();

export const PublishedScore = z
  .object({
    label: ShortText,
    score: Printed.optional(),
    grade: Printed.optional(),
    components: z
      .array(z.object({ label: ShortText, score: Printed, weight: WeightText.optional() }).strict())
      .max(50)
      .default([]),
    sourceLine: SourceLine.optional(),
  })
  .strict();

/**
 * A 部门整体绩效评价指标体系 scored by dimension rather than by indicator, as 凉山's 附件1-1 is against the "2023年凉山州
 * 部门预算绩效评价指标体系": 部门预算总体绩效 30, 部门预算项目绩效 20, 专项预算绩效 30, 绩效结果应用情况 14, 自评质量
 * 情况 6. The total and the grade are computed from the dimensions' scores.
 */
export const EvaluationFramework = z
  .object({
    name: ShortText.describe("指标体系名称，如 2023年凉山州部门预算绩效评价指标体系"),
    dimensions: z
      .array(
        z
          .object({
            name: ShortText.describe("评价维度"),
            weight: WeightText.describe("分值"),
            score: WeightText.optional().describe("自评得分"),
            reason: Text.optional().describe("扣分原因"),
            sourceLine: SourceLine.optional(),
          })
          .strict(),
      )
      .min(1)
      .max(20),
  })
  .strict();
export type EvaluationFramework = z.infer<typeof EvaluationFramework>;

/**
 * How the unit files its 部门整体支出绩效自评报告 as a 公文 (GB/T 9704): what stands before and after the body.
 * Each field is printed as written; a field left out is left out of the document (never a blank "年 月 日").
 */
export const Filing = z
  .object({
    outline: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional()
      .describe("报告提纲编号（national、sichuan、hunan、tibet、gansu），默认取规则方案的提纲"),
    cover: z
      .object({ lines: z.array(ShortText).min(1).max(10).describe("封面各行，如 报告标题、单位名称、日期") })
      .strict()
      .optional()
      .describe("封面"),
    subtitle: ShortText.optional().describe("标题下的一行，如 （2024年度）"),
    addressee: ShortText.optional().describe("主送机关，如 自治区财政厅"),
    opening: Text.optional().describe("开头段，如 根据……要求，现将自评工作有关情况报告如下："),
    closing: ShortText.optional().describe("结束语，如 特此报告。"),
    attachments: z.array(ShortText).max(20).optional().describe("附件名称，按顺序"),
    signature: ShortText.optional().describe("署名"),
    date: ShortText.optional().describe("成文日期，如 2025年5月26日"),
  })
  .strict();
export type Filing = z.infer<typeof Filing>;

export const Dataset = z
  .object({
    // Version 1 files are read as version 2 (the additions are all optional; 万元 was their only unit). The rest of
    // the migration (what moved, said to the user) is migrateDataset's, called by validateDataset.
    formatVersion: z
      .literal([1, FORMAT_VERSION])
      .transform((): typeof FORMAT_VERSION => FORMAT_VERSION)
      .describe("数据格式版本（当前为 2；版本 1 的文件读入时自动迁移）"),
    year: z.number().int().min(2000).max(2100).describe("年度"),
    amountUnit: AmountUnitSchema.default("万元"),
    source: ShortText.optional().describe("数据来源，如样例文件名"),
    unit: UnitProfile.optional(),
    basicData: BasicData.optional(),
    budget: Budget.optional(),
    department: z
      .object({
        name: ShortText.optional().describe("部门（单位）名称，如表头所印"),
        code: ShortText.optional().describe("部门（单位）编码"),
        evaluation: EvaluationTable.optional(),
        goals: Text.optional(),
        framework: EvaluationFramework.optional(),
      })
      .strict()
      .optional()
      .describe("部门整体支出绩效自评表"),
    finalAccounts: FinalAccounts.optional(),
    projects: z.array(Project).max(500).default([]),
    narrative: z.array(NarrativeSection).max(500).default([]),
    publishedScores: z.array(PublishedScore).max(100).default([]),
    filing: Filing.optional().describe("报告的公文要素：封面、主送、开头、特此报告、附件、署名、日期"),
  })
  .strict()
  .superRefine((dataset, context) => {
    // The same project twice (code and name alike) cannot be reviewed or published as two. One budget project may
    // carry tables for its activities under its code with their own names, as 凉山's 51340022T000000278908
    // 凉山州级科普专项经费 and its "（第38届凉山州青少年科技创新大赛）" table do; those are kept.
    const firstOf = new Map<string, number>();
    dataset.projects.forEach((project, index) => {
      const code = project.code?.trim();
      if (!code) return;
      const key = `${code}\u0000${project.name.trim()}`;
      const first = firstOf.get(key);
      if (first === undefined) firstOf.set(key, index);
      else
        context.addIssue({
          code: "custom",
          path: ["projects", index, "code"],
          message: `项目“${code} ${project.name.trim()}”与 projects[${first}] 重复（编码和名称都相同）`,
        });
    });
  });

export type Dataset = z.infer<typeof Dataset>;
export type DatasetInput = z.input<typeof Dataset>;
export type ExecutionRow = z.infer<typeof ExecutionRow>;
export type UnitProfile = z.infer<typeof UnitProfile>;
export type BasicData = z.infer<typeof BasicData>;
export type FunctionLine = z.infer<typeof FunctionLine>;
export type Sangong = z.infer<typeof Sangong>;
export type ChartData = z.infer<typeof ChartData>;
export type Budget = z.infer<typeof Budget>;
export type NarrativeSection = z.infer<typeof NarrativeSection>;
export type PublishedScore = z.infer<typeof PublishedScore>;
