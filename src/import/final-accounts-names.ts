/**
 * The printed names of 决算 lines and what they are: income lines by fund source, spending lines by nature. Shared by
 * the table recognizer and the stated-figure reader, so a line means the same whether a table or a sentence gives it.
 * @module
 */
import type { FundSource, SpendingNature } from "../core/dataset/schema.ts";

export const INCOME_LINE_SOURCES: ReadonlyArray<readonly [RegExp, FundSource]> = [
  // The specific fund sources first: "政府性基金预算财政拨款收入" also ends in 财政拨款收入.
  [/政府性基金预算(财政)?拨款收入|政府性基金/, "governmentFund"],
  [/国有资本经营预算(财政)?(拨款)?收入|国有资本经营/, "stateCapital"],
  [/一般公共预算(财政)?拨款收入|一般公共预算财政收入|^财政拨款收入$/, "generalBudget"],
  [/财政专户管理资金收入|专户/, "specialAccount"],
  [/上级补助收入/, "superiorSubsidy"],
  [/事业收入/, "serviceIncome"],
  [/经营收入/, "operatingIncome"],
  [/附属单位上缴收入/, "affiliatedRemittance"],
  [/上年结转/, "carryOver"],
  [/其他收入/, "other"],
];

export const SPENDING_LINE_NATURES: ReadonlyArray<readonly [RegExp, SpendingNature]> = [
  [/基本支出/, "basic"],
  [/项目支出/, "project"],
  [/上缴上级支出/, "remitToSuperior"],
  [/经营支出/, "operating"],
  [/对附属单位补助支出/, "subsidyToAffiliated"],
];

export function incomeSourceOf(name: string): FundSource | undefined {
  return INCOME_LINE_SOURCES.find(([pattern]) => pattern.test(name))?.[1];
}

export function spendingNatureOf(name: string): SpendingNature | undefined {
  return SPENDING_LINE_NATURES.find(([pattern]) => pattern.test(name))?.[1];
}
