/**
 * 三、支出决算情况说明 (with 图3): "2023年度本年支出合计874.05万元，其中：基本支出468.99万元，占53.66%；项目支出405.06
 * 万元，占46.34%。" — shares rounded half-up (seed 004 truncated 53.657% to 53.65%).
 * @module
 */
import { sumFen } from "../../money/fen.ts";
import { compareWithPrior } from "./compare-with-prior.ts";
import { type FinalAccountsBlock, note, paragraph } from "./final-accounts-blocks.ts";
import { type FinalAccountsContext, fenOf } from "./final-accounts-context.ts";
import { type NamedAmount, partsWithShares, zeroPartsSentence } from "./part-list.ts";
import { showAmountWithUnit } from "../../display/show-number.ts";

/**
 * The spending items (基本支出, 项目支出, …) as named amounts in 分; when the dataset gives none, its classes
 * (科学技术支出, …), which is how some provinces split 本年支出合计.
 */
export function expenditureParts(context: FinalAccountsContext): NamedAmount[] {
  const expenditure = context.accounts.expenditure;
  const items = expenditure?.items.length ? expenditure.items : (expenditure?.byClass ?? []);
  return items.map((item) => ({ name: item.name, amount: fenOf(item.amount) ?? 0 }));
}

/** 本年支出合计 in 分: the stated total, else the sum of the items; undefined without either. */
export function expenditureTotal(context: FinalAccountsContext): number | undefined {
  const expenditure = context.accounts.expenditure;
  if (!expenditure) return undefined;
  return fenOf(expenditure.total) ?? sumFen(expenditureParts(context).map((p) => p.amount));
}

/** The paragraph of section 三. */
export function describeExpenditure(context: FinalAccountsContext): FinalAccountsBlock[] {
  const total = expenditureTotal(context);
  if (total === undefined) return [note("（数据中未提供支出决算。）")];
  const parts = expenditureParts(context);
  const listed = partsWithShares(parts, total);
  let text = `${context.year}年度本年支出合计${showAmountWithUnit(total)}${listed === "" ? "。" : `，其中：${listed}。`}${zeroPartsSentence(parts)}`;
  const prior = fenOf(context.accounts.expenditure?.prior);
  if (prior !== undefined) {
    text += compareWithPrior({
      subject: "本年支出合计",
      current: total,
      prior,
      year: context.year,
      priorYear: context.priorYear,
    });
  }
  // Parts that do not add up to the total are SUM-PARTS's finding for the preparer; the public text prints no
  // rounding note (issue 13: nothing internal reaches a filing).
  return [paragraph(text)];
}
