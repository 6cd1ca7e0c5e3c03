/**
 * Recognises the words that make a sentence a comparison with last year ("与2022年度相比", "较上年度", "比2022年",
 * "同比") and the figures that are last year's ("上年度148.40万元", the 148.40 in "与2023年收入支出决算148.40万元相比").
 *
 * A change ("减少23.52万元") is only checked where such words say what it is measured against; the same verbs
 * elsewhere ("减少结余资金", "增加至417.82万元") describe actions, not changes between two years.
 * @module
 */

import { normalizeWidth } from "../parse/normalize-text.ts";
import type { Figure } from "./extract-figures.ts";

export interface ComparisonMarker {
  start: number;
  end: number;
  /** For "与…相比": the span between 与 and 相比, where last year's figure is named. */
  priorSpan: { start: number; end: number } | null;
}

const WITH_COMPARED = /与([^,，;；。]{0,40}?)相比/g;
const MAX_WITH_COMPARED_LENGTH = 44;
const THAN_PRIOR = /(?:比|较)\s*(?:上年度?|去年|上一年度?|上年同期|同期|(?:19|20)\d{2}\s*年度?)/g;
const YEAR_ON_YEAR = /同比/g;
/**
 * "上年度", "去年", "上一年" — but not "上年结转" / "结转上年…资金", which are this year's money carried over from
 * last year.
 */
const PRIOR_LABEL = /(?<!结转)(?:上年度?|去年|上一年度?)(?!结转|结余|末)/;

/** Comparison markers of a sentence, in order. */
export function findComparisonMarkers(sentence: string): ComparisonMarker[] {
  const text = normalizeWidth(sentence);
  const markers: ComparisonMarker[] = [];
  for (const match of text.matchAll(WITH_COMPARED)) {
    const start = match.index ?? 0;
    markers.push({
      start,
      end: start + match[0].length,
      priorSpan: { start: start + 1, end: start + match[0].length - 2 },
    });
  }
  for (const pattern of [THAN_PRIOR, YEAR_ON_YEAR]) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      markers.push({ start, end: start + match[0].length, priorSpan: null });
    }
  }
  return markers.sort((a, b) => a.start - b.start);
}

/** "较年初预算数", "比调整后预算", "与全年预算相比": the year's own budget, not last year's ("比上年预算"). */
export const AGAINST_BUDGET = /(?:比|较|与)\s*(?:本年|当年|年初|全年|年度|调整后的?)?预算(?:数|额)?(?:相比|相较)?/g;

/**
 * The parts of a sentence that compare with the year's own budget: from each "较年初预算数" to the next comparison
 * (with last year or another budget) or the end. Their changes are against the budget (budget-changes.ts), not last
 * year's: "支出9.07万元，较年初预算数减少10.93万元，下降54.65%，较上年支出数减少0.71万元，下降7.83%".
 */
export function findBudgetComparisonSpans(
  sentence: string,
  markers: readonly ComparisonMarker[],
): { start: number; end: number }[] {
  const text = normalizeWidth(sentence);
  const spans: { start: number; end: number }[] = [];
  const starts = [...text.matchAll(AGAINST_BUDGET)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  starts.forEach((marker, i) => {
    const nextPrior = markers.find((m) => m.start >= marker.end)?.start ?? text.length;
    spans.push({ start: marker.start, end: Math.min(nextPrior, starts[i + 1]?.start ?? text.length) });
  });
  return spans;
}

/**
 * True when a figure is last year's: named inside "与…相比", or labelled "上年度…" / "去年…", or labelled with the year
 * before the report year ("2023年度…" in a 2024 report).
 */
export function isPriorFigure(
  figure: Figure,
  markers: readonly ComparisonMarker[],
  reportYear: number | null,
): boolean {
  if (insideWithComparedSpan(markers, figure.start)) return true;
  if (PRIOR_LABEL.test(figure.label)) return true;
  if (reportYear !== null) {
    const year = /^((?:19|20)\d{2})\s*年/.exec(figure.label)?.[1];
    if (year !== undefined && Number(year) === reportYear - 1) return true;
  }
  return false;
}

/** True when the offset lies between 与 and 相比; spans are at most 44 characters, so only markers that close are tried. */
function insideWithComparedSpan(markers: readonly ComparisonMarker[], offset: number): boolean {
  let low = 0;
  let high = markers.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((markers[middle]?.start ?? 0) <= offset) low = middle + 1;
    else high = middle;
  }
  for (let i = low - 1; i >= 0; i--) {
    const marker = markers[i];
    if (!marker || marker.start < offset - MAX_WITH_COMPARED_LENGTH) break;
    const span = marker.priorSpan;
    if (span && offset >= span.start && offset < span.end) return true;
  }
  return false;
}

// Two-character verbs anywhere; a lone 增/减 ends too many other words ("压减10%会议费", "新增"), so it is a verb only
// right after the comparison it belongs to ("较上年减12.30万元", "同比增4.16万元"). A minus sign after the verb
// ("下降-5.20%") is a double negative, read by isDoubleNegative.
const CHANGE_VERB_AT_END =
  /(增加|减少|增长|下降|上升|降低|提高|增收|减收|增支|减支|增幅为?|降幅为?|减幅为?)\s*了?\s*[-－−]?\s*$/;
const SINGLE_VERB_AFTER_COMPARISON = /(?:比|较|同比|相比|相较)[^，,。；;：:\d]{0,12}?(增|减)\s*了?\s*[-－−]?\s*$/;
const DOUBLE_NEGATIVE_AT_END = /[-－−]\s*$/;

/** The change verb that directly precedes a figure ("减少" in "各减少3.42万元", "减" in "较上年减12.30万元"), or null. */
export function changeVerbBefore(figure: Figure): string | null {
  const verb =
    CHANGE_VERB_AT_END.exec(figure.label)?.[1] ?? SINGLE_VERB_AFTER_COMPARISON.exec(figure.label)?.[1] ?? null;
  return verb === null ? null : verb.replace(/为$/, "");
}

/** "下降-5.20%": a change verb followed by a minus sign, which turns the direction round. */
export function isDoubleNegative(figure: Figure): boolean {
  return changeVerbBefore(figure) !== null && DOUBLE_NEGATIVE_AT_END.test(figure.label);
}
