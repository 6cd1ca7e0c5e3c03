/**
 * A made-up county 科协 whose final accounts use every branch the 决算说明 has: increases and decreases, a prior
 * year of zero and a missing one, budgets above and below the actual with reasons, a 5-digit (款-level) line, a
 * code the table lacks, non-zero procurement with SME contracts, 因公出国 with groups, and a vehicle purchase.
 * Every figure adds up, so generated prose about it must give the prose audit nothing to report.
 */
import type { Dataset, DatasetInput } from "../../dataset/schema.ts";
import { Dataset as DatasetSchema } from "../../dataset/schema.ts";

const input: DatasetInput = {
  formatVersion: 1,
  year: 2024,
  unit: { name: "示例县科学技术协会" },
  finalAccounts: {
    totals: { amount: "300.5", prior: "280" },
    income: {
      total: "300.5",
      items: [
        { name: "一般公共预算财政拨款收入", source: "generalBudget", amount: "290.5" },
        { name: "事业收入", source: "serviceIncome", amount: "10" },
        { name: "其他收入", source: "other", amount: "0" },
      ],
    },
    expenditure: {
      total: "300.5",
      items: [
        { name: "基本支出", nature: "basic", amount: "180.25" },
        { name: "项目支出", nature: "project", amount: "120.25" },
      ],
    },
    fiscalAppropriation: { amount: "290.5", prior: "290.5" },
    generalBudget: {
      amount: "290.5",
      prior: "300",
      initialBudget: "250",
      adjustedBudget: "295",
      byClass: [
        { name: "科学技术支出", amount: "240" },
        { name: "社会保障和就业支出", code: "208", amount: "30.5" },
        { name: "住房保障支出", code: "221", amount: "20" },
      ],
    },
    functionLines: [
      { code: "2060701", nature: "basic", amount: "150", adjustedBudget: "150" },
      {
        code: "2060702",
        nature: "project",
        amount: "60",
        adjustedBudget: "64.5",
        reason: "部分活动改为线上举办，节约经费。",
      },
      { code: "20699", nature: "project", amount: "30", initialBudget: "25", reason: "年中追加院士专家工作站经费" },
      { code: "2080505", nature: "basic", amount: "20.5", adjustedBudget: "20.5" },
      {
        code: "2089901",
        className: "社会保障和就业支出",
        kuanName: "其他社会保障和就业支出",
        xiangName: "其他社会保障和就业支出",
        amount: "10",
      },
      { code: "2210201", nature: "basic", amount: "20" },
    ],
    basicSpending: { total: "180.25", personnel: "150.75", public: "29.5", prior: "175" },
    sangong: {
      amount: "12.5",
      prior: "10",
      budget: "15",
      abroad: { amount: "3", budget: "4", prior: "0", groups: 1, persons: 2 },
      vehicles: { amount: "8", budget: "9", prior: "9", purchase: "5", operation: "3", vehicleCount: 2 },
      reception: {
        amount: "1.5",
        budget: "2",
        prior: "1",
        domestic: "1.2",
        foreign: "0.3",
        batches: 6,
        personTimes: 40,
      },
    },
    operatingCosts: { amount: "29.5", prior: "31.2" },
    procurement: {
      total: "40",
      goods: "25",
      works: "0",
      services: "15",
      smeContracts: "30",
      smallMicroContracts: "12",
      purpose: "主要用于购置办公设备和科普展品维护服务。",
    },
    assets: { vehicles: 2, vehiclesByUse: { 应急保障用车: 1, 其他用车: 1 }, largeEquipment: 1 },
    governmentFundSpending: "10",
    stateCapitalSpending: "0",
  },
  narrative: [
    { title: "一、部门职责", text: "开展科学普及。\n组织学术交流。" },
    { title: "（一）机关运行经费支出情况", text: "机关运行经费减少。主要原因是压减一般性支出。" },
  ],
  publishedScores: [{ label: "示例县科学技术协会部门整体绩效自评", score: "95.5", grade: "优" }],
};

/** The synthetic dataset, parsed through the real schema (defaults filled in). */
export const SYNTHETIC_DATASET: Dataset = DatasetSchema.parse(input);
