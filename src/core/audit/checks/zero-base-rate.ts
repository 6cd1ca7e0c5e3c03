/**
 * ZERO-BASE-RATE: a rate whose base is zero has no value and is printed "—" (design §5, rules §5.3), never "0%" or
 * "100%": a share of a zero total, a completion rate of a zero budget, a change rate against a zero prior year.
 *
 * A 三公 item often has no budget of its own in the dataset; when the 三公 budget and the other items' budgets are
 * known or follow from their printed completion rates, the item's budget is what is left (seed 004: 7.60 − 7.41 −
 * 0.19 = 0 for 因公出国（境）, printed "完成预算0%").
 * @module
 */
import type { Sangong } from "../../dataset/schema.ts";
import { type Finding, formatPath } from "../../findings/finding.ts";
import { type Fen, wanToFen } from "../../money/fen.ts";
import { DASH, Dec } from "../../numbers/decimal.ts";
import { amountUnitOf } from "../../dataset/amount-unit.ts";
import type { AuditCheck } from "../audit-check.ts";
import { readChangeSite } from "../change-figures.ts";
import {
  type CompletionSite,
  listChangeSites,
  listCompletionSites,
  listShareSites,
  SANGONG_ITEMS,
  sangongTotal,
} from "../finance-sites.ts";
import { readPrintedRate } from "../printed-values.ts";
import { showMessageAmount } from "../../display/show-number.ts";

interface ImpliedBudget {
  fen: Fen;
  how: string;
}

/** A budget as stored, or amount ÷ printed completion rate when the rate is above zero. */
function budgetOf(
  amount: string | undefined,
  budget: string | undefined,
  completion: string | undefined,
): ImpliedBudget | null {
  if (budget !== undefined) return { fen: wanToFen(budget), how: showMessageAmount(wanToFen(budget)) };
  const rate = readPrintedRate(completion);
  if (amount === undefined || rate === null || rate === "dash" || rate.value.lte(0)) return null;
  const fen = new Dec(wanToFen(amount)).div(rate.value).times(100).round().toNumber();
  return { fen, how: `${showMessageAmount(fen)}（${showMessageAmount(wanToFen(amount))} ÷ ${rate.numberText}%）` };
}

/** The budget of one 三公 item as what is left of the 三公 budget after the other two, or null when unknown. */
function residualSangongBudget(sangong: Sangong, key: (typeof SANGONG_ITEMS)[number][0]): ImpliedBudget | null {
  const total = budgetOf(sangongTotal(sangong, "amount").value, sangong.budget, sangong.printed?.completion);
  if (total === null) return null;
  let fen = total.fen;
  const parts = [`“三公”经费预算 ${total.how}`];
  for (const [other, name] of SANGONG_ITEMS) {
    if (other === key) continue;
    const item = sangong[other];
    const budget = item ? budgetOf(item.amount, item.budget, item.printed?.completion) : null;
    if (budget === null) return null;
    fen -= budget.fen;
    parts.push(`${name} ${budget.how}`);
  }
  // Each implied budget carries the rounding of its printed rate; a residual within it is zero.
  return { fen: Math.abs(fen) <= 15_000 ? 0 : fen, how: parts.join(" − ") };
}

function completionBaseIsZero(site: CompletionSite): boolean {
  return site.bases.length > 0 && site.bases.every((b) => wanToFen(b.value) === 0);
}

export const zeroBaseRateCheck: AuditCheck = {
  code: "ZERO-BASE-RATE",
  severity: "warning",
  title: "基数为零的比率应填“—”",
  run({ dataset }) {
    const findings: Finding[] = [];
    const push = (location: string, found: string, message: string) =>
      findings.push({ code: this.code, severity: this.severity, location, expected: DASH, found, message });
    for (const site of listShareSites(dataset)) {
      const rate = readPrintedRate(site.printed.text);
      if (rate === null || rate === "dash" || site.base === undefined || wanToFen(site.base) !== 0) continue;
      push(
        site.printed.path,
        site.printed.text,
        `${site.baseLabel}为 0，${site.label}的占比无意义，应为“—”，原文为“${site.printed.text}”`,
      );
    }
    for (const site of listCompletionSites(dataset)) {
      const rate = readPrintedRate(site.printed.text);
      if (rate === null || rate === "dash") continue;
      if (completionBaseIsZero(site)) {
        push(
          site.printed.path,
          site.printed.text,
          `${site.label}预算数为 0，完成预算率无意义，应为“—”，原文为“${site.printed.text}”`,
        );
      }
    }
    const sangong = dataset.finalAccounts?.sangong;
    if (sangong) {
      for (const [key, name] of SANGONG_ITEMS) {
        const item = sangong[key];
        const text = item?.printed?.completion;
        const rate = readPrintedRate(text);
        if (!item || text === undefined || item.budget !== undefined || rate === null || rate === "dash") continue;
        const residual = residualSangongBudget(sangong, key);
        if (residual === null || residual.fen !== 0) continue;
        push(
          formatPath(["finalAccounts", "sangong", key, "printed", "completion"]),
          text,
          `${name}预算数为 0（${residual.how} = 0），完成预算率无意义，应为“—”，原文为“${text}”`,
        );
      }
    }
    for (const site of listChangeSites(dataset)) {
      const { rate, prior } = readChangeSite(site, amountUnitOf(dataset));
      if (!rate || prior === null || prior.derived || prior.fen !== 0) continue;
      push(
        rate.at.path,
        rate.change.text,
        `${site.label}上年数为 0，增减率无意义，应为“—”（或写“上年无此项支出”），原文为“${rate.change.text}”`,
      );
    }
    return findings;
  },
};
