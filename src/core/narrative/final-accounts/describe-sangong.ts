/**
 * 七、财政拨款“三公”经费支出决算情况说明: （一）总体 — the amount, its completion of the 全年预算 and the change
 * against last year (86.62% for 凉山, where seed 004 divided by the current year and printed 647.24%); （二）具体 (with
 * 图7) — the three kinds with their shares, then 因公出国（境）, 公务用车 and 公务接待 one by one. A zero budget gets
 * "完成率为—", never "完成预算0%".
 * @module
 */
import type { Sangong } from "../../dataset/schema.ts";
import { type Fen, sumFen } from "../../money/fen.ts";
import { completionAgainstText, shareText } from "../phrases.ts";
import { compareWithPrior, hasChange } from "./compare-with-prior.ts";
import { type FinalAccountsBlock, note, paragraph } from "./final-accounts-blocks.ts";
import { type FinalAccountsContext, fenOf } from "./final-accounts-context.ts";
import { type NarrativePlace, narrativePurpose, narrativeReason } from "./unit-narrative.ts";
import { showAmountWithUnit } from "../../display/show-number.ts";

const BUDGET_NAME = "全年预算";
const OVERALL = /“三公”经费财政拨款支出决算总体/;
const DETAIL = /“三公”经费财政拨款支出决算具体/;
const place = (line: RegExp): NarrativePlace => ({ section: DETAIL, line });

interface SangongItemView {
  name: string;
  amount: Fen;
  budget: Fen | undefined;
  prior: Fen | undefined;
}

/** The three kinds of 三公经费 as named amounts, in the order of the official form. */
export function sangongItems(sangong: Sangong): SangongItemView[] {
  const view = (name: string, item: { amount?: string; budget?: string; prior?: string } | undefined) => ({
    name,
    amount: fenOf(item?.amount) ?? 0,
    budget: fenOf(item?.budget),
    prior: fenOf(item?.prior),
  });
  return [
    view("因公出国（境）费", sangong.abroad),
    view("公务用车购置及运行维护费", sangong.vehicles),
    view("公务接待费", sangong.reception),
  ];
}

/** 三公经费 in 分: the stated amount, else the sum of the three kinds. */
export function sangongTotal(sangong: Sangong): Fen {
  return fenOf(sangong.amount) ?? sumFen(sangongItems(sangong).map((i) => i.amount));
}

/** 三公经费 of the prior year in 分: the stated one, else the sum of the three kinds' when every kind has one. */
export function sangongPriorTotal(sangong: Sangong): Fen | undefined {
  return totalOf(
    sangong.prior,
    sangongItems(sangong).map((i) => i.prior),
  );
}

/** The stated prior year (or budget), else the sum of the three kinds' when every kind has one. */
function totalOf(stated: string | undefined, items: readonly (Fen | undefined)[]): Fen | undefined {
  const own = fenOf(stated);
  if (own !== undefined) return own;
  return items.every((v) => v !== undefined) ? sumFen(items as Fen[]) : undefined;
}

/** （一）总体情况. */
export function describeSangongOverall(context: FinalAccountsContext): FinalAccountsBlock[] {
  const sangong = context.accounts.sangong;
  if (!sangong) return [note("（数据中未提供“三公”经费。）")];
  const current = sangongTotal(sangong);
  const items = sangongItems(sangong);
  const prior = totalOf(
    sangong.prior,
    items.map((i) => i.prior),
  );
  const budget = totalOf(
    sangong.budget,
    items.map((i) => i.budget),
  );
  let text = `${context.year}年度“三公”经费财政拨款支出决算为${showAmountWithUnit(current)}`;
  text += budget === undefined ? "。" : `，${completionAgainstText(current, budget, BUDGET_NAME)}。`;
  text += compareWithPrior({
    subject: "“三公”经费财政拨款支出",
    current,
    prior,
    year: context.year,
    priorYear: context.priorYear,
  });
  if (hasChange(current, prior)) text += narrativeReason(context.dataset, { section: OVERALL }) ?? "";
  return [paragraph(text)];
}

/** （二）具体情况: the structure sentence. The chart and the item paragraphs follow it (see `describeSangongItems`). */
export function describeSangongStructure(context: FinalAccountsContext): FinalAccountsBlock[] {
  const sangong = context.accounts.sangong;
  if (!sangong) return [note("（数据中未提供“三公”经费。）")];
  const total = sangongTotal(sangong);
  const parts = sangongItems(sangong)
    .map((item) => `${item.name}${showAmountWithUnit(item.amount)}，${shareText(item.amount, total)}`)
    .join("；");
  return [
    paragraph(
      `${context.year}年度“三公”经费财政拨款支出决算${showAmountWithUnit(total)}，其中：${parts}。具体情况如下：`,
    ),
  ];
}

/** The three numbered item paragraphs of （二）. */
export function describeSangongItems(context: FinalAccountsContext): FinalAccountsBlock[] {
  const sangong = context.accounts.sangong;
  if (!sangong) return [];
  const [abroad, vehicles, reception] = sangongItems(sangong);
  if (!abroad || !vehicles || !reception) return [];
  return [
    paragraph(abroadText(context, abroad, sangong)),
    ...vehicleTexts(context, vehicles, sangong),
    ...receptionTexts(context, reception, sangong),
  ];
}

/** "支出决算X万元，完成全年预算的Y%。与2022年相比，…。主要原因是…" shared by the three items. */
function itemHead(context: FinalAccountsContext, item: SangongItemView, reasonLine: RegExp): string {
  let text = `${item.name}支出决算${showAmountWithUnit(item.amount)}`;
  text += item.budget === undefined ? "。" : `，${completionAgainstText(item.amount, item.budget, BUDGET_NAME)}。`;
  text += compareWithPrior({
    subject: `${item.name}支出`,
    current: item.amount,
    prior: item.prior,
    year: context.year,
    priorYear: context.priorYear,
  });
  if (hasChange(item.amount, item.prior)) text += narrativeReason(context.dataset, place(reasonLine)) ?? "";
  return text;
}

function abroadText(context: FinalAccountsContext, item: SangongItemView, sangong: Sangong): string {
  let text = `1.${itemHead(context, item, /^\d+[.．、]\s*因公出国/)}`;
  const groups = sangong.abroad?.groups;
  const persons = sangong.abroad?.persons;
  if (groups === 0) text += "全年未安排因公出国（境）团组。";
  else if (groups !== undefined)
    text += `全年安排因公出国（境）团组${groups}个${persons === undefined ? "" : `，累计${persons}人次`}。`;
  return text;
}

function vehicleTexts(context: FinalAccountsContext, item: SangongItemView, sangong: Sangong): FinalAccountsBlock[] {
  const blocks = [paragraph(`2.${itemHead(context, item, /^\d+[.．、]\s*公务用车/)}`)];
  const purchase = fenOf(sangong.vehicles?.purchase);
  const operation = fenOf(sangong.vehicles?.operation);
  if (purchase === undefined && operation === undefined) return blocks;
  const parts: string[] = [];
  if (purchase !== undefined) parts.push(`公务用车购置支出${showAmountWithUnit(purchase)}`);
  if (operation !== undefined) parts.push(`公务用车运行维护费支出${showAmountWithUnit(operation)}`);
  let text = `其中：${parts.join("；")}。`;
  const purpose = narrativePurpose(context.dataset, place(/^(?:其中[：:])?\s*公务用车运行维护费/));
  if (operation !== undefined && operation !== 0 && purpose) text += `公务用车运行维护费${purpose}`;
  const count = sangong.vehicles?.vehicleCount;
  if (count !== undefined) text += `年末公务用车保有量${count}辆。`;
  blocks.push(paragraph(text));
  return blocks;
}

function receptionTexts(context: FinalAccountsContext, item: SangongItemView, sangong: Sangong): FinalAccountsBlock[] {
  const blocks = [paragraph(`3.${itemHead(context, item, /^\d+[.．、]\s*公务接待/)}`)];
  const reception = sangong.reception;
  const domestic = fenOf(reception?.domestic);
  const foreign = fenOf(reception?.foreign);
  if (!reception || (domestic === undefined && foreign === undefined)) return blocks;
  const parts: string[] = [];
  if (domestic !== undefined) parts.push(domesticText(context, domestic, reception));
  if (foreign !== undefined) parts.push(`外事接待支出${showAmountWithUnit(foreign)}`);
  blocks.push(paragraph(`其中：${parts.join("；")}。`));
  return blocks;
}

/** "国内公务接待支出0.19万元，共接待2批次、18人次，主要用于…，具体包括：接待会东县科协5人、…". */
function domesticText(
  context: FinalAccountsContext,
  domestic: Fen,
  reception: NonNullable<Sangong["reception"]>,
): string {
  let text = `国内公务接待支出${showAmountWithUnit(domestic)}`;
  const visits = [
    reception.batches === undefined ? "" : `${reception.batches}批次`,
    reception.personTimes === undefined ? "" : `${reception.personTimes}人次`,
  ].filter((s) => s !== "");
  if (visits.length > 0) text += `，共接待${visits.join("、")}`;
  const purpose = narrativePurpose(context.dataset, place(/^国内公务接待/));
  if (domestic !== 0 && purpose) text += `，${purpose.replace(/。$/, "")}`;
  // Who was received, not what each visit cost: the detail amounts are often kept to the 元 (凉山: 0.0714 + 0.1144 =
  // 0.1858万元) while the total is printed to two decimals (0.19), and printing both would state two totals.
  const listed = reception.details.map((d) => `${d.description}${d.persons === undefined ? "" : `${d.persons}人`}`);
  if (listed.length > 0) text += `，具体包括：${listed.join("、")}`;
  return text;
}
