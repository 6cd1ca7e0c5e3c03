/**
 * The 填报说明 of every field of the dataset, decided once here from the rules (docs/domain/rules.md): what the field
 * is, its unit, how it is computed or where it comes from, and the official table it belongs to. The web app shows
 * the text beside or under the field the path names; a unit test checks that every field the schema has, and so every
 * field a form can show (an audit finding opens any of them), has one.
 *
 * Texts are keyed by the field's pattern: list indexes written `[]` ("finalAccounts.functionLines[].amount"), and a
 * self-evaluation table's fields once for the department's and every project's table ("evaluation.execution[]
 * .adjusted" for "projects[3].evaluation.execution[0].adjusted"). A figure as a document printed it (`printed.*`) has
 * one text per kind of figure, said with the figure it stands beside.
 * @module
 */
import { type DatasetPath, parsePath } from "../dataset/dataset-path.ts";

/** The unit of every amount a form shows (the dataset may hold 元; the page shows and takes 万元). */
const WAN = "单位：万元";

/** The fields of a money line of a 决算/预算 table (收入、支出、功能分类（类）): the same meaning, table by table. */
function amountLineHelp(list: string, table: string, line: string): Record<string, string> {
  return {
    [`${list}[].name`]: `${line}的名称，照${table}所印填写，如“一般公共预算财政拨款收入”。`,
    [`${list}[].amount`]: `本年决算数：${table}本行的本年金额；${WAN}。各行之和应等于合计。`,
    [`${list}[].prior`]: `上年决算数：上年${table}本行的金额，用于计算增减额（本年 − 上年）与增减率（÷ 上年）；${WAN}。`,
    [`${list}[].budget`]: `预算数：本行的全年预算数，用于计算完成预算（决算数 ÷ 预算数）；预算数为 0 时完成率记“—”。${WAN}。`,
  };
}

/** What a figure a document printed is, by its key; the system computes each one and compares. */
const PRINTED_HELP: Readonly<Record<string, string>> = {
  share: "原文所印占比，照抄（如“53.65%”）；系统按 分项 ÷ 合计 × 100% 计算（两位小数，四舍五入）并核对。",
  change: "原文所印增减额，照抄（如“减少3.42万元”）；系统按 本年数 − 上年数 计算并核对。",
  changeRate: "原文所印增减率，照抄（如“下降4%”）；系统按 (本年 − 上年) ÷ 上年 × 100% 计算，上年为 0 时记“—”。",
  completion: "原文所印完成预算比例，照抄（如“完成预算100%”）；系统按 决算数 ÷ 预算数 × 100% 计算并核对。",
  total: "原文所印合计，照抄（如“874.05万元”）；系统按各项相加并核对。",
  shareOfTotal: "原文所印占本年支出合计的比例，照抄；系统按 本项 ÷ 本年支出合计 × 100% 计算并核对。",
  comparison: "原文关于决算数大于、小于或等于预算数的表述，照抄；系统按决算数与预算数比较核对。",
  personnelChange: "原文所印人员经费增减，照抄；系统按 本年人员经费 − 上年人员经费 计算并核对。",
  publicChange: "原文所印公用经费增减，照抄；系统按 本年公用经费 − 上年公用经费 计算并核对。",
  smeShare: "原文所印授予中小企业合同金额占政府采购支出总额的比例，照抄；系统按两数相除计算并核对。",
  smallMicroShare: "原文所印授予小微企业合同金额占授予中小企业合同金额的比例，照抄；系统计算并核对。",
  utilisationRate: "原文所印固定资产利用率，照抄（如“100%”）；系统按 在用固定资产 ÷ 固定资产总计 计算并核对。",
  controlRate: "原文所印财政供养人员控制率，照抄（如“87.5%”）；系统按 实际在职人数 ÷ 编制数 × 100% 计算并核对。",
  rate: "原表本行所印执行率，照抄（如“98.25%”）；系统按 全年执行数 ÷ 全年预算数 × 100% 计算并核对。",
  weight: "原表所印分值，照抄；系统按规则方案与各指标权重核对。",
  score: "原表所印得分，照抄；系统按评分规则计算建议得分并核对。",
  totalWeight: "原表所印总分值（应为 100），照抄；系统按各部分分值相加核对。",
  totalScore: "原表所印总分，照抄；系统按各指标得分相加核对。",
  grade:
    "原表所印等级（优、良、中、差），照抄；系统按总分评定（90 分及以上为优，80—90 为良，60—80 为中，60 以下为差）并核对。",
};

/** A 决算 total with its prior-year figure (收入支出决算总表's 年初/年末结转和结余, 收入/支出总计). */
function statementFigureHelp(at: string, what: string): Record<string, string> {
  return {
    [`${at}.amount`]: `${what}：收入支出决算总表（财决01表）所印本年数；${WAN}。`,
    [`${at}.prior`]: `${what}的上年数，用于计算增减；${WAN}。`,
  };
}

/** A 三公 item: budget, 决算, prior year (财决附02表). */
function sangongItemHelp(at: string, what: string): Record<string, string> {
  return {
    [`${at}.budget`]: `${what}全年预算数（“三公”经费支出决算表）；${WAN}。完成预算 = 决算数 ÷ 预算数。`,
    [`${at}.amount`]: `${what}本年决算数：用财政拨款安排的本年实际支出；${WAN}。`,
    [`${at}.prior`]: `${what}上年决算数，用于说明增减及原因；${WAN}。`,
  };
}

const EXECUTION_ROW = "预算执行情况（自评表“项目资金”或“年度预算”部分）";
const INDICATOR = "绩效指标（自评表“绩效指标”部分）";

/** A self-evaluation table's fields (部门整体支出绩效自评表 or 项目支出绩效自评表), under "evaluation.". */
const EVALUATION_HELP: Readonly<Record<string, string>> = {
  executionWeight:
    "预算执行率的分值，按自评表所印填写，通常 10 分；留空时按规则方案。预算执行率得分 = 分值 × min(执行率, 100%)。",
  "execution[].label": `${EXECUTION_ROW}本行的行名，如“年度资金总额”“其中：财政资金”“上年结转资金”。`,
  "execution[].role": `${EXECUTION_ROW}本行是总额行还是“其中”行；执行率、分值、得分只按总额行计算。`,
  "execution[].depth":
    "“其中”行的层级：1 为总额的其中项，2 为其上方最近一个层级 1 行的其中项（如财政拨款下的一般公共预算）。",
  "execution[].source":
    "本行资金来源：财政拨款（一般公共预算、政府性基金）、财政专户管理资金、单位资金、上年结转等；用于与决算收入核对。",
  "execution[].nature": "本行支出性质：基本支出或项目支出（湖南部门整体表“按支出性质分”）。",
  "execution[].initial": `年初预算数：年初批复的预算；${WAN}。`,
  "execution[].adjusted": `全年预算数（四川表称调整后预算数）：含年中追加、调减和上年结转；执行率 = 全年执行数 ÷ 全年预算数。${WAN}。`,
  "execution[].budget": `预算数：表中只印一列预算数时填此项（不分年初与全年），执行率以它为分母；${WAN}。`,
  "execution[].executed": `全年执行数（预算执行数）：本年实际支出；不能为负；执行率 = 执行数 ÷ 全年预算数。${WAN}。`,
  "execution[].reason":
    "执行率偏低或预算调整的原因：执行率未达到 90%（四川要求，100 字以内）或年中追加、调减预算时须说明理由。",
  "goals[].expected": "年度总体目标的预期目标：年初设定、随预算批复的绩效目标，照自评表“预期目标”栏填写。",
  "goals[].actual": "年度总体目标的实际完成情况：对照预期目标写全年实际完成的内容和数字。",
  indicatorSectionWeight: "绩效指标部分的总分值（四川表为 90 分），与预算执行率分值相加应为 100。",
  "level1Weights[].level1": "一级指标名称：产出指标、效益指标、满意度指标（四川另有成本指标）。",
  "level1Weights[].weight":
    "该一级指标的分值，按表所印填写（财预〔2020〕10号原则上产出 50、效益 30、满意度 10）；其下各指标权重之和应等于它。",
  "indicators[].id": "指标的编号（导入时的标识），不印在表中。",
  "indicators[].level1": `${INDICATOR}的一级指标：产出指标、效益指标、满意度指标或成本指标。`,
  "indicators[].level2": `二级指标：如数量指标、质量指标、时效指标、成本指标、社会效益指标、服务对象满意度指标。`,
  "indicators[].level3": "三级指标：具体考核的内容，如“举办科普活动场次”，照批复的绩效目标填写。",
  "indicators[].operator":
    "指标性质：≥ 正向（完成值不低于指标值得满分，未达按 完成值 ÷ 指标值 × 权重）、≤ 反向、＝ 等于、定性（按达成等级给分）。",
  "indicators[].operatorPrinted": "原表所印的指标符号（如 ≧、＝、＞），照抄；系统统一为规范符号后计分。",
  "indicators[].target":
    "年度指标值：年初设定的目标值，定量指标只写数字（如 95），单位写在度量单位栏；定性指标写文字。",
  "indicators[].unit": "度量单位：如 %、场次、人次、万人次、篇；指标值与完成值必须同一单位，否则无法比较。",
  "indicators[].actual": "实际完成值：全年实际达到的数值，单位与指标值相同；定量指标不能写文字，留空时该指标不计分。",
  "indicators[].weight": "权重（分值）：本指标的满分；得分不得超过权重，同一一级指标下各权重之和应等于其分值。",
  "indicators[].qualitativeGrade":
    "定性指标的达成等级：达成年度指标（权重的 80%—100%）、部分达成并具有一定效果（60%—80%）、未达成且效果较差（60% 以下）。",
  "indicators[].override.score": "人工调整后的得分：不得超过权重，也不得为负；须同时写明调整理由。",
  "indicators[].override.reason": "人工调整得分的理由，如“指标值设定明显偏低，按偏离度调减”；与调整得分同时填写。",
  "indicators[].reason": "偏差原因分析及改进措施：未完成指标值，或完成值远超指标值（≥ 130%）时，写明原因和改进措施。",
  "indicators[].block": "指标在原表中所属的区块序号（导入时记录），不印在表中。",
  "reasonCells.execution": "预算执行部分是否有原因栏（缺省有）；没有时不要求填写执行率偏低的原因。",
  "reasonCells.indicators": "绩效指标部分是否有偏差原因栏（缺省有）；没有时不要求填写偏差原因。",
  incomplete: "原文印得不全（跨页截断、节选）时勾选：不再核对跨越缺失部分的合计、占比与权重。",
  incompleteNote: "印得不全的说明，如“第2页未收录”。",
  incompleteFrom: "原表从哪一部分起印得不全（年度目标或绩效指标），其前的预算执行部分照常核对。",
};

const OWN_HELP: Readonly<Record<string, string>> = {
  year: "报表所属年度（自评、决算的年度），新建报表时确定。",
  amountUnit: "数据集中所有金额的单位：万元（缺省，最多 6 位小数）或元（最多 2 位小数）。",
  source: "数据来源，如导入的原文文件名；不印在文档中。",

  // 单位信息
  "unit.name": "单位全称，如“凉山州科学技术协会”；由报表所属单位决定，在单位管理中修改。",
  "unit.shortName": "报告正文中使用的简称，如“零陵区科协”。",
  "unit.level": "单位级次：省级、市（州）级、县（区）级；决定适用的提纲和规则方案。",
  "unit.levelPrinted": "原文所写的级次，照抄，如“正县级”。",
  "unit.parent": "上级单位（主管部门），如“四川省科学技术协会”。",
  "unit.type": "单位性质：行政单位、参照公务员法管理的事业单位或事业单位；只有前两类填报机关运行经费。",
  "unit.typePrinted": "原文所写的单位性质，照抄，如“正科级全额拨款事业单位（参照公务员管理）”。",
  "unit.staff.authorized": "编制数（人）：机构编制部门核定的编制；在职人员控制率 = 实际在职人数 ÷ 编制数。",
  "unit.staff.inService": "实际在职人数（人）：年末实有在职人员，不含退休人员。",
  "unit.staff.retired": "退休人数（人）：年末由本单位管理的退休人员。",
  "unit.staff.retiredCadres": "离休人数（人）。",
  "unit.staff.totalYearEnd": "年末实有人数（人）：在职与离退休人员合计。",
  "unit.assets.fixedAssetsTotal": `固定资产总计：年末固定资产原值合计（国有资产占有使用情况）；${WAN}。`,
  "unit.assets.fixedAssetsInUse": `在用固定资产：年末在用的固定资产原值；利用率 = 在用 ÷ 总计。${WAN}。`,
  "unit.assets.newFixedAssets": `本年新增固定资产原值；${WAN}。`,

  // 基础数据表（湖南）
  "basicData.staff.authorized": "基础数据表“财政供养人员情况”的编制数（人）。",
  "basicData.staff.inService":
    "基础数据表的实际在职人数（人）；控制率 = 实际在职人数 ÷ 编制数 × 100%，由系统计算（零陵 7 ÷ 8 = 87.5%）。",
  "basicData.funds[].item": "基础数据表“经费控制情况”的项目名，照表所印，如“其中：公用经费”“公务用车购置和维护”。",
  "basicData.funds[].kind":
    "本行是哪一项（基本支出、公用经费、三公经费及明细、项目支出、政府采购）：系统据此与决算数据核对。",
  "basicData.funds[].priorFinal": `上年决算数：上一年度决算中本项的金额；${WAN}。`,
  "basicData.funds[].budget": `本年预算数：本年度预算中本项的金额；${WAN}。`,
  "basicData.funds[].final": `本年决算数：本年度决算中本项的金额，应与部门决算表一致；${WAN}。“公用经费”填基本支出中的商品和服务支出。`,
  "basicData.fundsIncomplete": "经费控制情况印得不全时勾选：不再核对跨越缺失部分的合计。",
  "basicData.fundsIncompleteNote": "经费控制情况印得不全的说明。",
  "basicData.frugalityMeasures": "厉行节约保障措施：基础数据表最后一栏，写明本年压减“三公”经费、会议费等的制度和措施。",

  // 年初预算
  "budget.initial.total": `年初预算总额：部门预算批复数（含上年结转）；其构成各行之和应等于它。${WAN}。`,
  ...amountLineHelp("budget.initial.items", "年初预算", "年初预算构成项"),
  "budget.initial.items[].source": "本项资金来源：一般公共预算拨款、政府性基金、上年结转等。",
  "budget.initial.items[].nature": "本项支出性质：基本支出或项目支出。",
  "budget.initial.items[].amount": `本项年初预算金额；${WAN}。各项之和应等于年初预算总额，占比 = 本项 ÷ 总额。`,
  ...amountLineHelp("budget.initial.byClass", "年初支出预算（按功能分类）", "功能分类（类）"),
  "budget.initial.byClass[].code": "支出功能分类“类”的 3 位编码，如 206 科学技术支出、208 社会保障和就业支出。",
  "budget.initial.byClass[].amount": `该类年初支出预算；${WAN}。`,
  "budget.initial.incomplete": "年初预算印得不全时勾选：不再核对其构成之和。",
  "budget.initial.incompleteNote": "年初预算印得不全的说明。",
  "budget.adjustmentStatement":
    "预算调整情况说明：年初预算与全年预算（调整后预算）不同时，写明调整的金额和原因；未调整时写“未进行预算调整”。",

  // 部门整体
  "department.name": "部门（单位）名称，如自评表表头所印。",
  "department.code": "部门（单位）预算编码，如自评表表头所印。",
  "department.goals": "部门整体年度绩效目标：随部门预算批复的整体目标，按报告所写填写。",
  "department.framework.name": "指标体系名称，如“2023年凉山州部门预算绩效评价指标体系”。",
  "department.framework.dimensions[].name":
    "评价维度，如部门预算总体绩效、部门预算项目绩效、专项预算绩效、绩效结果应用情况、自评质量情况。",
  "department.framework.dimensions[].weight":
    "该维度的分值，按指标体系填写；各维度分值合计应为 100（凉山 30/20/30/14/6）。",
  "department.framework.dimensions[].score":
    "该维度的自评得分，不超过分值；各维度得分合计即部门整体自评得分，等级按 90/80/60 分段评定。",
  "department.framework.dimensions[].reason": "扣分原因：得分低于分值的维度写明扣分的原因。",

  // 决算（部门决算公开 附表）
  "finalAccounts.totals.amount": `收、支总计：收入支出决算总表（财决01表）的收入总计，应等于支出总计；${WAN}。`,
  "finalAccounts.totals.prior": `上年收、支总计，用于计算增减额与增减率（÷ 上年）；${WAN}。`,
  "finalAccounts.income.total": `本年收入合计：收入决算表（财决03表）各收入来源之和；${WAN}。`,
  "finalAccounts.income.prior": `上年收入合计；${WAN}。`,
  ...amountLineHelp("finalAccounts.income.items", "收入决算表（财决03表）", "收入项目"),
  "finalAccounts.income.items[].source":
    "收入来源：一般公共预算财政拨款、政府性基金、国有资本经营、上级补助、事业收入、经营收入、附属单位上缴、其他收入。",
  ...statementFigureHelp("finalAccounts.income.openingCarryOver", "年初结转和结余"),
  ...statementFigureHelp("finalAccounts.income.grandTotal", "收入总计（收入合计 + 年初结转和结余）"),
  "finalAccounts.income.incomplete": "收入决算表印得不全时勾选：不再核对各项之和。",
  "finalAccounts.income.incompleteNote": "收入决算表印得不全的说明。",
  "finalAccounts.expenditure.total": `本年支出合计：支出决算表（财决04表）基本支出、项目支出等之和；${WAN}。`,
  "finalAccounts.expenditure.prior": `上年支出合计；${WAN}。`,
  ...amountLineHelp("finalAccounts.expenditure.items", "支出决算表（财决04表）", "支出项目"),
  "finalAccounts.expenditure.items[].nature":
    "支出性质：基本支出（人员经费和公用经费）、项目支出、上缴上级支出、经营支出、对附属单位补助支出。",
  ...amountLineHelp("finalAccounts.expenditure.byClass", "支出决算表（按功能分类）", "功能分类（类）"),
  "finalAccounts.expenditure.byClass[].code": "支出功能分类“类”的 3 位编码，如 206 科学技术支出。",
  ...statementFigureHelp("finalAccounts.expenditure.closingCarryOver", "年末结转和结余"),
  ...statementFigureHelp("finalAccounts.expenditure.grandTotal", "支出总计（支出合计 + 年末结转和结余）"),
  "finalAccounts.expenditure.incomplete": "支出决算表印得不全时勾选：不再核对各项之和。",
  "finalAccounts.expenditure.incompleteNote": "支出决算表印得不全的说明。",
  "finalAccounts.fiscalAppropriation.amount": `财政拨款收、支总计：财政拨款收入支出决算总表（财决05表）；${WAN}。`,
  "finalAccounts.fiscalAppropriation.prior": `上年财政拨款收、支总计；${WAN}。`,
  "finalAccounts.generalBudget.amount": `一般公共预算财政拨款支出决算数（财决07表），应等于各功能分类科目之和；${WAN}。`,
  "finalAccounts.generalBudget.prior": `上年一般公共预算财政拨款支出；${WAN}。`,
  "finalAccounts.generalBudget.initialBudget": `年初预算数：完成年初预算 = 决算数 ÷ 年初预算数；${WAN}。`,
  "finalAccounts.generalBudget.adjustedBudget": `调整后预算数：完成预算 = 决算数 ÷ 调整后预算数，说明中写明所用的预算数；${WAN}。`,
  ...amountLineHelp("finalAccounts.generalBudget.byClass", "一般公共预算财政拨款支出决算表", "功能分类（类）"),
  "finalAccounts.generalBudget.byClass[].code": "支出功能分类“类”的 3 位编码，如 206 科学技术支出、210 卫生健康支出。",
  "finalAccounts.generalBudget.incomplete": "一般公共预算财政拨款支出印得不全时勾选。",
  "finalAccounts.generalBudget.incompleteNote": "一般公共预算财政拨款支出印得不全的说明。",
  "finalAccounts.functionLines[].code":
    "支出功能分类科目编码（《政府收支分类科目》）：3 位为类、5 位为款、7 位为项，如 2060702 科普活动。",
  "finalAccounts.functionLines[].className": "类名称，如“科学技术支出”；输入完整编码后按科目表自动填写。",
  "finalAccounts.functionLines[].kuanName": "款名称，如“科学技术普及”；按科目表自动填写。",
  "finalAccounts.functionLines[].xiangName": "项名称，如“科普活动”；按科目表自动填写。",
  "finalAccounts.functionLines[].nature": "该科目支出是基本支出还是项目支出（财决08、09表的划分）。",
  "finalAccounts.functionLines[].amount": `该科目一般公共预算财政拨款支出决算数；${WAN}。`,
  "finalAccounts.functionLines[].initialBudget": `该科目年初预算数；${WAN}。`,
  "finalAccounts.functionLines[].adjustedBudget": `该科目调整后预算数；完成预算 = 决算数 ÷ 调整后预算数，预算为 0 时记“—”。${WAN}。`,
  "finalAccounts.functionLines[].prior": `该科目上年决算数；${WAN}。`,
  "finalAccounts.functionLines[].reason": "决算数大于或小于预算数的主要原因（决算说明“具体情况”逐项写明）。",
  "finalAccounts.functionLinesIncomplete": "功能分类科目明细印得不全时勾选：不再核对各项之和。",
  "finalAccounts.functionLinesIncompleteNote": "功能分类科目明细印得不全的说明。",
  "finalAccounts.basicSpending.total": `基本支出合计（财决08表）= 人员经费 + 公用经费；${WAN}。`,
  "finalAccounts.basicSpending.personnel": `人员经费：基本支出中的工资福利支出（301）与对个人和家庭的补助（303）；${WAN}。`,
  "finalAccounts.basicSpending.public": `公用经费：基本支出中的商品和服务支出（302）及资本性支出（310）；${WAN}。`,
  "finalAccounts.basicSpending.prior": `上年基本支出；${WAN}。`,
  "finalAccounts.basicSpending.priorPersonnel": `上年人员经费；${WAN}。`,
  "finalAccounts.basicSpending.priorPublic": `上年公用经费；${WAN}。`,
  "finalAccounts.projectSpending.total": `一般公共预算财政拨款项目支出合计（财决09表），应等于性质为“项目支出”的科目之和；${WAN}。`,
  "finalAccounts.projectSpending.prior": `上年项目支出；${WAN}。`,
  ...sangongItemHelp("finalAccounts.sangong", "“三公”经费（因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费）"),
  ...sangongItemHelp("finalAccounts.sangong.abroad", "因公出国（境）费"),
  "finalAccounts.sangong.abroad.groups": "因公出国（境）团组数（个）。",
  "finalAccounts.sangong.abroad.persons": "因公出国（境）人次。",
  ...sangongItemHelp("finalAccounts.sangong.vehicles", "公务用车购置及运行维护费"),
  "finalAccounts.sangong.vehicles.purchase": `其中公务用车购置费（含车辆购置税）；${WAN}。`,
  "finalAccounts.sangong.vehicles.operation": `其中公务用车运行维护费（燃料、维修、过路过桥、保险等）；${WAN}。`,
  "finalAccounts.sangong.vehicles.vehicleCount": "年末公务用车保有量（辆）。",
  ...sangongItemHelp("finalAccounts.sangong.reception", "公务接待费"),
  "finalAccounts.sangong.reception.domestic": `其中国内接待费；${WAN}。`,
  "finalAccounts.sangong.reception.foreign": `其中外事接待费；${WAN}。`,
  "finalAccounts.sangong.reception.batches": "国内公务接待批次。",
  "finalAccounts.sangong.reception.personTimes": "国内公务接待人次。",
  "finalAccounts.sangong.reception.details[].description": "一次（一类）公务接待的内容，如“接待省科协调研”。",
  "finalAccounts.sangong.reception.details[].persons": "该次接待人次。",
  "finalAccounts.sangong.reception.details[].amount": `该次接待的金额；${WAN}。`,
  "finalAccounts.operatingCosts.amount": `机关运行经费本年决算数：行政单位和参照公务员法管理的事业单位用一般公共预算安排的基本支出中的日常公用经费；${WAN}。`,
  "finalAccounts.operatingCosts.prior": `机关运行经费上年决算数；${WAN}。`,
  "finalAccounts.operatingCosts.budget": `机关运行经费预算数；${WAN}。`,
  "finalAccounts.procurement.total": `政府采购支出总额（货物 + 工程 + 服务）；${WAN}。`,
  "finalAccounts.procurement.goods": `其中政府采购货物支出；${WAN}。`,
  "finalAccounts.procurement.works": `其中政府采购工程支出；${WAN}。`,
  "finalAccounts.procurement.services": `其中政府采购服务支出；${WAN}。`,
  "finalAccounts.procurement.smeContracts": `授予中小企业合同金额；占比 = 本数 ÷ 政府采购支出总额。${WAN}。`,
  "finalAccounts.procurement.smallMicroContracts": `其中授予小微企业合同金额；占比 = 本数 ÷ 授予中小企业合同金额。${WAN}。`,
  "finalAccounts.procurement.purpose": "政府采购的主要内容，如“办公设备、印刷服务”。",
  "finalAccounts.assets.vehicles": "国有资产占有使用情况：年末车辆数（辆）；没有的填 0。",
  "finalAccounts.assets.vehiclesByUse.*": "按用途分的年末车辆数（辆），如机要通信用车、应急保障用车。",
  "finalAccounts.assets.largeEquipment": "年末单价 100 万元以上设备（台、套）；没有的填 0。",
  "finalAccounts.governmentFundSpending": `政府性基金预算财政拨款支出；本年没有时填 0，公开时说明“无此类支出”。${WAN}。`,
  "finalAccounts.stateCapitalSpending": `国有资本经营预算财政拨款支出；本年没有时填 0，公开时说明“无此类支出”。${WAN}。`,
  "finalAccounts.charts[].figure": "图号，如“图1”（决算说明中的收支变动、结构图）。",
  "finalAccounts.charts[].kind": "图的类型：柱状图（变动情况）或饼状图（结构）。",
  "finalAccounts.charts[].title": "图的标题，如“收、支决算总计变动情况”。",
  "finalAccounts.charts[].categories": "图的分类（横轴或扇区）名称，每行一个。",
  "finalAccounts.charts[].series[].name": "数据系列名称，如“2023年”。",
  "finalAccounts.charts[].series[].values": `数据系列各分类的金额，顺序与分类相同；${WAN}。`,

  // 项目
  "projects[].code": "项目编码，如“51340022T000000278908”（四川表写作“编码-名称”）。",
  "projects[].name": "项目名称，照项目支出绩效自评表所印；不能为空。",
  "projects[].category": "项目类别：如常年项目、阶段项目、人员类、运转类、特定目标类。",
  "projects[].department": "主管部门，如自评表表头所印。",
  "projects[].implementer": "实施单位，如自评表表头所印。",
  "projects[].goals": "项目年度目标：随预算批复的年度绩效目标（四川表“项目基本情况”1）。",
  "projects[].goalCompletion": "年度目标完成情况：对照年度目标写实际完成情况（四川表要求 100 字以内）。",
  "projects[].process": "项目实施内容及过程概述（四川表“项目基本情况”2）。",
  "projects[].conclusion": "评价结论：自评得分、等级和总体评价（四川表要求 200 字以内）。",
  "projects[].problems": "存在问题：实施和管理中发现的问题（200 字以内）。",
  "projects[].measures": "改进措施：针对存在问题的改进措施（200 字以内）。",
  "projects[].projectLead": "项目负责人姓名，印在自评表末尾。",
  "projects[].financeLead": "财务负责人姓名，印在自评表末尾。",

  // 叙述
  "narrative[].id": "段落的提纲编号（由提纲给出），不印在文档中。",
  "narrative[].title": "段落标题，按报告提纲，如“一、基本情况”“（一）单位基本情况”。",
  "narrative[].text": "段落正文；只有标题的段落可留空。占位符（如“【请补充】”）须在提交前改为实际内容。",
  "narrative[].incomplete": "原文本段印得不全时勾选。",
  "narrative[].incompleteNote": "本段印得不全的说明。",

  // 原文得分
  "publishedScores[].label":
    "所印得分的对象，照原文，如“部门整体绩效自评得分”或项目名称；按官方表格顺序：部门整体在前，各项目在后。",
  "publishedScores[].score":
    "原文所印得分，如“97分”：数字可带“分”，全角数字自动转换；系统与自评表或指标体系算出的总分核对。",
  "publishedScores[].grade":
    "原文所印等级：优（90 分及以上）、良（80—90）、中（60—80）、差（60 以下）；系统按得分核对。",
  "publishedScores[].components[].label": "得分的组成部分名称，如“部门预算总体绩效”。",
  "publishedScores[].components[].score": "该部分原文所印得分，如“27分”；各部分之和应等于总得分。",
  "publishedScores[].components[].weight": "该部分的分值（满分），如 30。",

  // 公文要素
  "filing.outline": "报告提纲编号（national、sichuan、hunan、tibet、gansu），缺省取规则方案的提纲。",
  "filing.cover.lines": "封面各行，每行一项：报告标题、单位名称、日期；全部清空则不印封面。",
  "filing.subtitle": "标题下的一行，如“（2024年度）”；留空不印。",
  "filing.addressee": "主送机关，如“区财政局”“自治区财政厅”；留空不印。",
  "filing.opening": "开头段，如“根据……要求，现将自评工作有关情况报告如下：”。",
  "filing.closing": "结束语，如“特此报告。”；留空不印。",
  "filing.attachments": "附件名称，每行一个，按顺序；印在正文之后。",
  "filing.signature": "署名：印在正文之后的单位名称。",
  "filing.date": "成文日期，如“2025年7月10日”；留空不印（不会印出空白的“年 月 日”）。",
};

/** Every field's 填报说明 by its pattern (a table's fields under "evaluation."). */
export const FIELD_HELP: Readonly<Record<string, string>> = {
  ...OWN_HELP,
  ...Object.fromEntries(Object.entries(EVALUATION_HELP).map(([key, text]) => [`evaluation.${key}`, text])),
};

/**
 * What the page shows beside the fields but computes itself (no field of the dataset): said the same way, so the grid's
 * 建议得分 column explains itself like the cells around it.
 */
const COMPUTED_HELP: Readonly<Record<string, string>> = {
  "evaluation.indicators[].score":
    "建议得分（系统计算，不能填写）：定量指标按指标性质计分（≥ 未达标时 = 完成值 ÷ 指标值 × 权重），定性指标按达成等级，得分不超过权重；需要时填写调整得分和理由。",
};

/**
 * The pattern a path's help is found under: indexes as "[]", a table's fields under "evaluation." whichever table
 * ("projects[3].evaluation.execution[0].adjusted" → "evaluation.execution[].adjusted"), a map's keys as "*".
 */
export function helpPattern(path: DatasetPath | string): string {
  const segments = typeof path === "string" ? (parsePath(path) ?? []) : path;
  let out = "";
  for (const segment of segments) out += typeof segment === "number" ? "[]" : out === "" ? segment : `.${segment}`;
  out = out.replace(/^(?:projects\[\]|department)\.evaluation\./, "evaluation.");
  return out.replace(/^finalAccounts\.assets\.vehiclesByUse\..+$/, "finalAccounts.assets.vehiclesByUse.*");
}

/** The 填报说明 of the field at `path`, or null for a place that is no field (a whole table, a source line). */
export function fieldHelp(path: DatasetPath | string): string | null {
  const pattern = helpPattern(path);
  const own = FIELD_HELP[pattern] ?? COMPUTED_HELP[pattern];
  if (own !== undefined) return own;
  // A printed figure: said by its kind ("printed.changeRate"), the same wherever it stands.
  const printed = /(?:^|\.)printed\.(\w+)$/.exec(pattern);
  return printed ? (PRINTED_HELP[printed[1] as string] ?? null) : null;
}
