/**
 * PROSE-CHANGE-RATE for a change against the year's own budget: "“三公”经费41万元，较上年减少19万元，下降31.67%，
 * 较年初预算数减少4万元，下降8.89%". The rate's base is the budget, which is this year's figure plus the decrease (or
 * minus the increase), or the budget the sentence names right after the comparison ("较年初预算45万元减少4万元").
 *
 * Changes against last year are read by extract-changes; "比上年预算" is a comparison with last year's budget and is
 * theirs too. Only the figures between the budget comparison and the next comparison belong to it.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import type { Fen } from "../../money/fen.ts";
import { Dec, percentOf } from "../../numbers/decimal.ts";
import { normalizeWidth } from "../../parse/normalize-text.ts";
import { directionOf } from "../../parse/parse-change.ts";
import { AGAINST_BUDGET, changeVerbBefore, isDoubleNegative } from "../comparison-markers.ts";
import { type Figure, figureFen, halfUnitFen, isMoney, isPercent } from "../extract-figures.ts";
import { isLevelAmount } from "../figure-roles.ts";
import { ratioRange } from "../../numbers/printed-verdict.ts";
import type { ProseCheck } from "../prose-check.ts";
import type { ReadSentence } from "../prose-document.ts";
import { reportPercent } from "../report-percent.ts";
import { showMessageAmount } from "../../display/show-number.ts";

export const checkBudgetChanges: ProseCheck = ({ document }) => {
  const findings: Finding[] = [];
  for (const sentence of document.sentences) {
    const text = normalizeWidth(sentence.text);
    for (const match of text.matchAll(AGAINST_BUDGET)) {
      const finding = checkBudgetChange(
        sentence,
        text,
        match.index ?? 0,
        (match.index ?? 0) + match[0].length,
        document.reportYear,
      );
      if (finding) findings.push(finding);
    }
  }
  return findings;
};

function checkBudgetChange(
  sentence: ReadSentence,
  text: string,
  markerStart: number,
  markerEnd: number,
  reportYear: number | null,
): Finding | null {
  const nextComparison = Math.min(
    ...sentence.comparisons.filter((m) => m.start >= markerEnd).map((m) => m.start),
    nextBudgetMarker(text, markerEnd),
  );
  const within = sentence.figures.filter((f) => f.start >= markerEnd && f.start < nextComparison);
  const change = within.find((f) => isMoney(f) && changeVerbBefore(f) !== null);
  const rate = within.find((f) => isPercent(f) && changeVerbBefore(f) !== null);
  if (!change || !rate || rate.start < change.start || isDoubleNegative(change) || isDoubleNegative(rate)) return null;
  const direction = directionOf(changeVerbBefore(change));
  const rateDirection = directionOf(changeVerbBefore(rate));
  if (direction === null || direction === "flat" || (rateDirection !== null && rateDirection !== direction))
    return null;
  const changeFen = figureFen(change);
  if (changeFen === null) return null;
  const stated = within.find((f) => f.start < change.start && isMoney(f) && changeVerbBefore(f) === null);
  const base = stated
    ? budgetStated(stated)
    : budgetDerived(sentence, markerStart, change, changeFen, direction === "increase", reportYear);
  if (!base || base.fen <= 0) return null;
  const exact = percentOf(changeFen, base.fen);
  if (exact === null) return null;
  const changeHalf = halfUnitFen(change);
  return reportPercent({
    kind: "changeRate",
    sentence,
    printed: rate,
    exact,
    range: ratioRange(new Dec(changeFen), changeHalf, new Dec(base.fen), base.half.plus(stated ? 0 : changeHalf)),
    formula: `${showMessageAmount(changeFen)}÷${showMessageAmount(base.fen)}，${base.note}`,
  });
}

interface Budget {
  fen: Fen;
  half: Dec;
  note: string;
}

function budgetStated(figure: Figure): Budget | null {
  const fen = figureFen(figure);
  return fen === null ? null : { fen, half: halfUnitFen(figure), note: `预算数${figure.number}` };
}

/** The budget from this year's figure, the last level amount before the comparison, and the change. */
function budgetDerived(
  sentence: ReadSentence,
  markerStart: number,
  change: Figure,
  changeFen: Fen,
  increase: boolean,
  reportYear: number | null,
): Budget | null {
  const current = sentence.figures
    .filter((f) => f.start < markerStart && isLevelAmount(sentence, f, reportYear))
    .at(-1);
  const currentFen = current ? figureFen(current) : null;
  if (!current || currentFen === null) return null;
  return {
    fen: increase ? currentFen - changeFen : currentFen + changeFen,
    half: halfUnitFen(current),
    note: `预算数=${current.number}${increase ? "−" : "+"}${change.number}`,
  };
}

function nextBudgetMarker(text: string, from: number): number {
  const pattern = new RegExp(AGAINST_BUDGET.source, "g");
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? text.length;
}
