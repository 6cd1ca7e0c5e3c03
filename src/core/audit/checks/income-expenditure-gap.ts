/**
 * INCOME-EXPENDITURE-GAP: spending more than the year's income needs money from somewhere — usually 年初结转和结余 —
 * and a report must say so. Seed 000 spends 3537.34 against an income of 3422.59 (114.75 万元) without a word on it.
 * The gap counts as explained when the 收、支总计 covers the spending, when a carry-over (the income's
 * openingCarryOver, or a version-1 carry-over income line) covers it, or when the text names a 结转/结余 of that amount.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { wanToFen } from "../../money/fen.ts";
import { parseAmount } from "../../parse/parse-amount.ts";
import { amountUnitOf } from "../../dataset/amount-unit.ts";
import type { AuditCheck } from "../audit-check.ts";
import { datasetTexts } from "../dataset-texts.ts";
import { messageAmountIn } from "../../display/show-number.ts";

const CARRY_OVER_AMOUNT = /(?:结转|结余)[^，。；\d]{0,12}?(\d[\d,]*(?:\.\d+)?\s*(?:万元|元)?)/g;

export const incomeExpenditureGapCheck: AuditCheck = {
  code: "INCOME-EXPENDITURE-GAP",
  severity: "warning",
  title: "支出大于收入且未说明资金来源",
  run(context) {
    const { dataset } = context;
    // Amounts in messages are in the document's unit.
    const unit = amountUnitOf(dataset);
    const amountText = messageAmountIn(unit);
    const fa = dataset.finalAccounts;
    const income = fa?.income?.total;
    const spending = fa?.expenditure?.total;
    if (!fa || income === undefined || spending === undefined) return [];
    const gap = wanToFen(spending) - wanToFen(income);
    if (gap <= 0) return [];
    if (fa.totals && wanToFen(fa.totals.amount) >= wanToFen(spending) && wanToFen(fa.totals.amount) > wanToFen(income))
      return [];
    const carried = (fa.income?.items ?? []).filter((item) => item.source === "carryOver" && item.amount !== undefined);
    if (carried.some((item) => wanToFen(item.amount as string) >= gap)) return [];
    // Format 2 holds the 年初结转和结余 beside the income, where the 决算 prints it.
    const opening = fa.income?.openingCarryOver?.amount;
    if (opening !== undefined && wanToFen(opening) >= gap) return [];
    for (const { normalized } of datasetTexts(context)) {
      for (const match of normalized.matchAll(CARRY_OVER_AMOUNT)) {
        const amount = parseAmount(match[1] ?? "");
        if (amount.kind === "amount" && amount.fen === gap) return [];
      }
    }
    const finding: Finding = {
      code: this.code,
      severity: this.severity,
      location: "finalAccounts.expenditure.total",
      expected: `说明 ${amountText(gap)} ${unit}的资金来源（如年初结转和结余）`,
      found: "未说明",
      message: `本年支出 ${amountText(wanToFen(spending))} ${unit}超过本年收入 ${amountText(wanToFen(income))} ${unit}，差额 ${amountText(gap)} ${unit}，未说明资金来源（如年初结转和结余）`,
    };
    return [finding];
  },
};
