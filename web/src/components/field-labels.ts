/**
 * Dataset paths in words a reviewer reads: "projects[0].evaluation.indicators[1].actual" becomes
 * "项目 1「科普宣传活动」› 绩效自评表 › 指标 2「受益群众人次」› 完成值". Items of a list are named by their own
 * name, indicator or row label, taken from the dataset; a key without a label is shown as it is.
 */
import { type DatasetPath, parsePath } from "../../../src/core/dataset/dataset-path.ts";

const KEY_LABELS: Record<string, string> = {
  year: "年度",
  source: "数据来源",
  unit: "单位信息",
  name: "名称",
  shortName: "简称",
  level: "级次",
  levelPrinted: "级次（原文）",
  parent: "上级单位",
  type: "单位性质",
  typePrinted: "单位性质（原文）",
  staff: "人员情况",
  authorized: "编制数",
  inService: "实际在职人数",
  retired: "退休人数",
  totalYearEnd: "年末实有人数",
  assets: "资产情况",
  fixedAssetsTotal: "固定资产总计",
  fixedAssetsInUse: "在用固定资产",
  newFixedAssets: "本年新增固定资产",
  utilisationRate: "利用率",
  basicData: "基础数据表",
  funds: "经费控制情况",
  item: "项目",
  priorFinal: "上年决算数",
  final: "本年决算数",
  frugalityMeasures: "厉行节约措施",
  controlRate: "控制率",
  budget: "预算",
  initial: "年初预算",
  adjustmentStatement: "预算调整表述",
  department: "部门整体支出绩效自评表",
  goals: "年度目标",
  evaluation: "绩效自评表",
  executionWeight: "预算执行率分值",
  execution: "预算执行情况",
  label: "行名",
  role: "行类别",
  nature: "支出性质",
  adjusted: "全年预算数",
  executed: "执行数",
  reason: "偏差原因及改进措施",
  indicatorSectionWeight: "绩效指标分值",
  level1Weights: "一级指标分值",
  indicators: "绩效指标",
  level1: "一级指标",
  level2: "二级指标",
  level3: "三级指标",
  operator: "指标性质",
  operatorPrinted: "指标符号（原文）",
  target: "指标值",
  actual: "完成值",
  weight: "权重（分值）",
  qualitativeGrade: "定性达成等级",
  override: "人工调整得分",
  score: "得分",
  expected: "预期目标",
  totalWeight: "总分值",
  totalScore: "总分",
  grade: "等级",
  printed: "原文数字",
  projects: "项目",
  code: "编码",
  category: "项目类别",
  implementer: "实施单位",
  goalCompletion: "年度目标完成情况",
  process: "实施过程",
  conclusion: "评价结论",
  problems: "存在问题",
  measures: "改进措施",
  projectLead: "项目负责人",
  financeLead: "财务负责人",
  finalAccounts: "部门决算",
  totals: "收支总计",
  income: "收入",
  expenditure: "支出",
  byClass: "按功能分类",
  fiscalAppropriation: "财政拨款收支",
  generalBudget: "一般公共预算财政拨款支出",
  functionLines: "功能分类科目",
  basicSpending: "基本支出",
  personnel: "人员经费",
  public: "公用经费",
  projectSpending: "项目支出",
  sangong: "“三公”经费",
  abroad: "因公出国（境）",
  vehicles: "公务用车",
  reception: "公务接待",
  operatingCosts: "机关运行经费",
  procurement: "政府采购",
  amount: "金额",
  prior: "上年数",
  total: "合计",
  items: "明细",
  share: "占比",
  change: "增减",
  changeRate: "增减率",
  completion: "完成预算",
  narrative: "报告正文",
  title: "标题",
  text: "正文",
  publishedScores: "原文得分",
  initialBudget: "年初预算数",
  adjustedBudget: "调整后预算数",
  personnelChange: "人员经费增减",
  publicChange: "公用经费增减",
  charts: "图表",
  sourceLine: "原文行号",
  rate: "执行率",
  comparison: "比较",
  smeShare: "中小企业占比",
  smallMicroShare: "小微企业占比",
  purpose: "用途",
};

/** The fields that name an item of a list, in the order they are tried. */
const ITEM_NAME_FIELDS = ["name", "level3", "label", "item", "title", "description"] as const;

/** What one item of each list is called. */
const ITEM_NOUNS: Record<string, string> = { projects: "项目", indicators: "指标", narrative: "段落" };

/** The path (segments, or its text) in words; `dataset` (either version) gives the names of the items along it. */
export function describePath(path: string | DatasetPath, dataset: unknown): string {
  const parts: string[] = [];
  let node: unknown = dataset;
  let listKey = "";
  for (const segment of typeof path === "string" ? (parsePath(path) ?? []) : path) {
    const child =
      node !== null && typeof node === "object" ? (node as Record<string | number, unknown>)[segment] : undefined;
    if (typeof segment === "number") {
      const noun = ITEM_NOUNS[listKey] ?? "第";
      const name = itemName(child);
      const position = noun === "第" ? `第 ${segment + 1} 行` : `${noun} ${segment + 1}`;
      // The list's own label was already said ("项目"), so the item replaces it when it has a noun of its own.
      if (ITEM_NOUNS[listKey]) parts.pop();
      parts.push(name ? `${position}「${name}」` : position);
    } else {
      parts.push(KEY_LABELS[segment] ?? segment);
      listKey = segment;
    }
    node = child;
  }
  return parts.join(" › ") || "（整个数据集）";
}

function itemName(item: unknown): string | null {
  if (item === null || typeof item !== "object") return null;
  for (const field of ITEM_NAME_FIELDS) {
    const value = (item as Record<string, unknown>)[field];
    if (typeof value === "string" && value.trim() !== "") return value.length > 30 ? `${value.slice(0, 30)}…` : value;
  }
  return null;
}

/** A changed value as text: "（无）" where the field did not exist. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return "（无）";
  if (typeof value === "string") return value === "" ? "（空）" : value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}
