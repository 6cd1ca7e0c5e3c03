/**
 * The "部门整体收支情况" paragraph of a self-evaluation report (seed 001 §（二）单位整体支出规模, seed 000 §（五）):
 * income and expenditure against last year, basic and project spending with their shares, 人员经费 and 公用经费, and
 * the 三公 total. Generated from the 决算 figures rather than pasted from last year's text, which is where seed 001
 * printed "增加6.04元" and called 0.67 → 0.68 "持平". A figure the dataset lacks is simply not mentioned.
 * @module
 */
import type { FinalAccounts } from "../../dataset/schema.ts";
import { type Fen, sumFen, wanToFen } from "../../money/fen.ts";
import { changeText, shareText } from "../phrases.ts";
import { showAmountWithUnit } from "../../display/show-number.ts";

/** One paragraph per topic (收入, 支出, 基本支出, 三公), each a complete sentence; empty when nothing is known. */
export function describeSpendingScale(finalAccounts: FinalAccounts, year: number): string[] {
  const paragraphs = [
    levelSentence(`${year}年度收入决算`, finalAccounts.income?.total, finalAccounts.income?.prior),
    expenditureSentence(finalAccounts, year),
    basicSentence(finalAccounts),
    sangongSentence(finalAccounts),
  ];
  return paragraphs.filter((p) => p !== "");
}

function fen(text: string | undefined): Fen | null {
  return text === undefined ? null : wanToFen(text);
}

/** "2024年度收入决算124.88万元，与上年148.40万元相比，减少23.52万元，下降15.85%。" */
function levelSentence(label: string, amount: string | undefined, prior: string | undefined): string {
  const current = fen(amount);
  if (current === null) return "";
  return `${label}${showAmountWithUnit(current)}${versusPrior(current, fen(prior))}。`;
}

function comparesWithPrior(current: Fen, prior: Fen | null): boolean {
  return versusPrior(current, prior) !== "";
}

function versusPrior(current: Fen, prior: Fen | null): string {
  if (prior === null || prior === 0) return "";
  const change = changeText(current, prior);
  return change === "持平"
    ? `，与上年${showAmountWithUnit(prior)}持平`
    : `，与上年${showAmountWithUnit(prior)}相比，${change}`;
}

function expenditureSentence(finalAccounts: FinalAccounts, year: number): string {
  const total = fen(finalAccounts.expenditure?.total);
  const first = levelSentence(
    `${year}年度支出决算`,
    finalAccounts.expenditure?.total,
    finalAccounts.expenditure?.prior,
  );
  const basic = fen(finalAccounts.basicSpending?.total);
  const project = fen(finalAccounts.projectSpending?.total);
  if (total === null || basic === null || project === null) return first;
  const breakdown = `其中：基本支出${showAmountWithUnit(basic)}，${shareText(basic, total)}；项目支出${showAmountWithUnit(project)}，${shareText(project, total)}。`;
  // After a comparison with last year the total is restated before "其中", so that each share sits in one sentence
  // with the total it divides; without one, the breakdown follows the total in the same sentence.
  if (!comparesWithPrior(total, fen(finalAccounts.expenditure?.prior)))
    return `${year}年度支出决算${showAmountWithUnit(total)}，${breakdown}`;
  return `${first}支出决算${showAmountWithUnit(total)}，${breakdown}`;
}

function basicSentence(finalAccounts: FinalAccounts): string {
  const basic = finalAccounts.basicSpending;
  if (!basic) return "";
  const level = levelSentence("基本支出", basic.total, basic.prior);
  const personnel = fen(basic.personnel);
  const publicFunds = fen(basic.public);
  if (personnel === null || publicFunds === null) return level;
  const personnelPart = `人员经费${showAmountWithUnit(personnel)}${versusPrior(personnel, fen(basic.priorPersonnel))}`;
  const publicPart = `公用经费${showAmountWithUnit(publicFunds)}${versusPrior(publicFunds, fen(basic.priorPublic))}`;
  const total = wanToFen(basic.total);
  const breakdown = `基本支出${showAmountWithUnit(total)}，其中：${personnelPart}；${publicPart}。`;
  // Without a comparison the first sentence would only repeat the total: the breakdown says it.
  return comparesWithPrior(total, fen(basic.prior)) ? `${level}${breakdown}` : breakdown;
}

function sangongSentence(finalAccounts: FinalAccounts): string {
  const sangong = finalAccounts.sangong;
  if (!sangong) return "";
  const items = [
    { name: "因公出国（境）费", item: sangong.abroad },
    { name: "公务用车购置及运行维护费", item: sangong.vehicles },
    { name: "公务接待费", item: sangong.reception },
  ];
  const amounts = items.map(({ item }) => fen(item?.amount));
  const total = fen(sangong.amount) ?? (amounts.every((a) => a !== null) ? sumFen(amounts as Fen[]) : null);
  if (total === null) return "";
  const priors = items.map(({ item }) => fen(item?.prior));
  const prior = fen(sangong.prior) ?? (priors.every((p) => p !== null) ? sumFen(priors as Fen[]) : null);
  const parts = items.flatMap(({ name }, i) => {
    const amount = amounts[i];
    return amount === null || amount === undefined ? [] : [`${name}${showAmountWithUnit(amount)}`];
  });
  const breakdown = parts.length === items.length ? `（${parts.join("，")}）` : "";
  return `“三公”经费支出${showAmountWithUnit(total)}${breakdown}${versusPrior(total, prior)}。`;
}
