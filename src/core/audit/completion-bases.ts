/**
 * Which budget a printed completion rate (完成预算X%) was computed on: each stored base (年初, 调整后, or a plain
 * 预算数) is tried at the printed precision. Shared by COMPLETION-RATE (no base fits) and COMPLETION-BASE (the
 * total and its lines use different bases).
 * @module
 */
import { wanToFen } from "../money/fen.ts";
import { type Dec, percentOf } from "../numbers/decimal.ts";
import { judgePrintedValue, type PrintedVerdict } from "../numbers/printed-verdict.ts";
import type { BudgetBase, CompletionSite } from "./finance-sites.ts";
import { type PrintedRate, readPrintedRate } from "./printed-values.ts";

export interface BaseResult {
  base: BudgetBase;
  exact: Dec;
  /** At the printed precision, without a rounding range: exact, truncated, offByOne or wrong. */
  verdict: PrintedVerdict;
}

export interface JudgedCompletion {
  site: CompletionSite;
  printed: PrintedRate;
  /** Every non-zero base with its exact rate; empty when no base is stored. */
  results: BaseResult[];
  matched: BaseResult[];
}

/** Null when nothing can be judged: no amount, no printed rate, or "—". */
export function judgeCompletion(site: CompletionSite): JudgedCompletion | null {
  const printed = readPrintedRate(site.printed.text);
  if (printed === null || printed === "dash" || site.amount === undefined) return null;
  const amountFen = wanToFen(site.amount);
  const results: BaseResult[] = [];
  for (const base of site.bases) {
    const exact = percentOf(amountFen, wanToFen(base.value));
    if (exact === null) continue;
    results.push({ base, exact, verdict: judgePrintedValue(printed, exact) });
  }
  return { site, printed, results, matched: results.filter((r) => r.verdict === "exact") };
}
