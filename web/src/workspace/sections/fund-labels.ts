/** 资金来源 and 支出性质 as the official tables name them, for the selects of the workspace's forms. */
import type { FundSource, SpendingNature } from "../../../../src/core/dataset/schema.ts";

export const SOURCE_LABELS: Readonly<Record<FundSource | "fiscal" | "unitFunds", string>> = {
  fiscal: "财政资金",
  generalBudget: "一般公共预算财政拨款",
  governmentFund: "政府性基金预算财政拨款",
  stateCapital: "国有资本经营预算财政拨款",
  specialAccount: "财政专户管理资金",
  superiorSubsidy: "上级补助收入",
  serviceIncome: "事业收入",
  operatingIncome: "经营收入",
  affiliatedRemittance: "附属单位上缴收入",
  unitFunds: "单位资金",
  other: "其他收入",
  carryOver: "上年结转结余",
};

/** The income sources alone (an income line has no 财政资金/单位资金 aggregate). */
export const INCOME_SOURCE_LABELS: Readonly<Partial<Record<FundSource, string>>> = Object.fromEntries(
  Object.entries(SOURCE_LABELS).filter(([key]) => key !== "fiscal" && key !== "unitFunds"),
);

export const NATURE_LABELS: Readonly<Record<SpendingNature, string>> = {
  basic: "基本支出",
  project: "项目支出",
  remitToSuperior: "上缴上级支出",
  operating: "经营支出",
  subsidyToAffiliated: "对附属单位补助支出",
};
