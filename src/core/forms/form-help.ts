/**
 * The 填报说明 printed above a whole form of the workspace (a table or a group of fields), decided here with the fields'
 * own (field-help.ts) so that the page carries no rule text of its own. Keyed by the form's dataset path ("evaluation."
 * for a part of the department's or a project's self-evaluation table, as in field-help.ts).
 * @module
 */
export const FORM_HELP = {
  "basicData.funds":
    "填报说明：按基础数据表逐行填写（一、部门基本支出，其中公用经费、三公经费及其明细，二、项目支出及各项目，政府采购金额）；“类别”告诉系统该行是哪一项，用于与决算数据核对；金额单位万元，没有数字的格留空。",
  "evaluation.goals": "填报说明：左栏写年初设定的预期目标，右栏写全年实际完成情况；多条目标可分行写在一格中。",
  "evaluation.weights":
    "填报说明：预算执行率分值与各一级指标分值按自评表所印填写，留空时按规则方案；各分值之和应为 100。",
  "finalAccounts.totals":
    "填报说明：收、支总计为本年收入、上年结转结余合计，应与支出及年末结转结余合计相等；金额单位万元。",
  "finalAccounts.income":
    "填报说明：按收入来源逐行填写（一般公共预算财政拨款、政府性基金、事业收入、其他收入等），各行之和应等于本年收入合计。",
  "finalAccounts.expenditure":
    "填报说明：按支出性质（基本支出、项目支出、上缴上级、经营支出、对附属单位补助）逐行填写；按功能分类（类）的支出在其下填写。",
  "finalAccounts.fiscalAppropriation": "填报说明：先填本年财政拨款收、支总计，再填上年数。",
  "finalAccounts.generalBudget": "填报说明：先填本年支出决算数；年初预算数与调整后预算数用于说明决算数与预算数的差异。",
  "finalAccounts.functionLines":
    "填报说明：科目编码 3 位为类、5 位为款、7 位为项；输入完整编码后名称按《政府收支分类科目》自动填写。各项之和应等于一般公共预算财政拨款支出。",
  "finalAccounts.basicSpending": "填报说明：基本支出合计 = 人员经费 + 公用经费；先填合计。",
  "finalAccounts.projectSpending":
    "填报说明：一般公共预算财政拨款项目支出合计，应等于功能分类科目中性质为“项目支出”的各项之和；先填本年数，再填上年数。",
  "finalAccounts.sangong":
    "填报说明：“三公”经费 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费；预算数为全年预算数，决算数为本年实际支出。",
  "finalAccounts.operatingCosts": "填报说明：行政单位和参照公务员法管理的事业单位填写，先填本年决算数。",
  "finalAccounts.procurement":
    "填报说明：先填政府采购支出总额，再按货物、工程、服务分列；授予中小企业合同金额及其中小微企业合同金额用于计算占比。",
  "finalAccounts.assets": "填报说明：填年末数：车辆（辆）与单价100万元以上设备（台、套）；没有的填 0。",
  "finalAccounts.otherBudgets": "填报说明：本年没有这两类财政拨款支出时填 0，公开时说明“无此类支出”。",
  "department.framework.start":
    "填报说明：上级按评价维度（如部门预算总体绩效、项目绩效、结果应用、自评质量）给出指标体系、不按单项指标打分时填写。",
  "department.framework":
    "填报说明：逐个评价维度填写分值和自评得分，扣分的维度写明扣分原因；各维度分值合计应为 100，自评得分合计即部门整体自评得分。",
  narrative:
    "填报说明：按报告提纲逐段填写，每段一个标题（如“一、基本情况”“（一）单位基本情况”）；只有标题的段落正文可留空。",
  filing:
    "填报说明：封面每行一项（报告标题、单位名称、日期）；署名与成文日期印在正文之后；留空的项不印（不会印出空白的“年 月 日”）。",
  "budget.initial":
    "填报说明：先填年初预算总额（部门预算批复数），再按资金来源（一般公共预算拨款、上年结转等）或按支出性质（基本支出、项目支出）逐行填写其构成，各行之和应等于总额；支出预算按功能分类（类）在其下填写。金额单位万元。",
  "evaluation.execution":
    "填报说明：第一行为年度资金总额（年初预算数、全年预算数即调整后预算、全年执行数），其下按资金来源（或支出性质）分列“其中”行；金额单位万元，执行数不能为负。执行率 = 全年执行数 ÷ 全年预算数（四川表：预算执行数 ÷ 调整后预算数），得分 = 分值 × min(执行率, 100%)；执行率未达到 90% 或预算调整较大时须说明原因。",
  publishedScores:
    "填报说明：照报告和附表原文，逐项抄录所印的得分与等级，按官方表格的顺序——先部门整体（部门整体支出绩效自评表或评价指标体系得分表），再各项目支出绩效自评表（按项目顺序）；有分项得分的（如凉山 27/20/30/14/6）逐项填在其下。系统将它们与按表计算的得分、等级核对（PUBLISHED-SCORE、GRADE）。",
  "publishedScores[].components": "得分的组成部分：照原文逐项填写名称、得分和分值；各部分得分之和应等于上面的得分。",
} as const satisfies Readonly<Record<string, string>>;

export type FormHelpKey = keyof typeof FORM_HELP;
