/**
 * 六、一般公共预算财政拨款基本支出决算情况说明: 基本支出 split into 人员经费 and 公用经费 with their shares, and what each
 * covers by 支出经济分类 (人员经费 = 301 + 303, 公用经费 = 302 + 310), listed from the project's code table.
 * @module
 */
import { economicClassesOf, typicalItemNames } from "../../classification/economic-classification.ts";
import type { Fen } from "../../money/fen.ts";
import { compareWithPrior } from "./compare-with-prior.ts";
import { type FinalAccountsBlock, note, paragraph } from "./final-accounts-blocks.ts";
import { type FinalAccountsContext, fenOf } from "./final-accounts-context.ts";
import { partsWithShares } from "./part-list.ts";
import { showAmountWithUnit } from "../../display/show-number.ts";

/** The paragraphs of section 六. */
export function describeBasicSpending(context: FinalAccountsContext): FinalAccountsBlock[] {
  const basic = context.accounts.basicSpending;
  if (!basic) return [note("（数据中未提供基本支出。）")];
  const total = fenOf(basic.total) ?? 0;
  const personnel = fenOf(basic.personnel);
  const publicCosts = fenOf(basic.public);
  const parts = [
    ...(personnel === undefined ? [] : [{ name: "人员经费", amount: personnel }]),
    ...(publicCosts === undefined ? [] : [{ name: "公用经费", amount: publicCosts }]),
  ];
  const listed = partsWithShares(parts, total);
  let text = `${context.year}年度一般公共预算财政拨款基本支出${showAmountWithUnit(total)}${listed === "" ? "。" : `，其中：${listed}。`}`;
  const prior = fenOf(basic.prior);
  if (prior !== undefined) {
    text += compareWithPrior({
      subject: "基本支出",
      current: total,
      prior,
      year: context.year,
      priorYear: context.priorYear,
    });
  }
  const blocks = [paragraph(text)];
  if (personnel !== undefined) {
    blocks.push(
      paragraph(
        partChange(context, "人员经费", personnel, fenOf(basic.priorPersonnel)) + coverage("人员经费", "personnel"),
      ),
    );
  }
  if (publicCosts !== undefined) {
    blocks.push(
      paragraph(
        partChange(context, "公用经费", publicCosts, fenOf(basic.priorPublic)) + coverage("公用经费", "public"),
      ),
    );
  }
  return blocks;
}

/** "人员经费88.18万元，与2023年相比，人员经费减少6.14万元，下降6.51%。", or "" without a prior year. */
function partChange(context: FinalAccountsContext, name: string, current: Fen, prior: Fen | undefined): string {
  if (prior === undefined) return "";
  const comparison = compareWithPrior({
    subject: name,
    current,
    prior,
    year: context.year,
    priorYear: context.priorYear,
  });
  return `${name}${showAmountWithUnit(current)}，${comparison}`;
}

/** "人员经费按支出经济分类为工资福利支出和对个人和家庭的补助，包括基本工资、津贴补贴…等。" */
function coverage(name: string, expense: "personnel" | "public"): string {
  const classes = economicClassesOf(expense).map((c) => c.name);
  return `${name}按支出经济分类为${classes.join("和")}，包括${typicalItemNames(expense).join("、")}等。`;
}
