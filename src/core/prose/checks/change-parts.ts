/**
 * PROSE-CHANGE-PARTS: where a total and its 其中 parts each state their change against last year ("收入99,000万元，…
 * 减收11,000万元；其中：税收收入80,000万元，…减收4,210.53万元；非税收入19,000万元，…减收6,789.47万元"), the parts'
 * changes, signed by their verbs, add up to the total's change. Each change is the one stated between its amount and
 * the next amount of the list; a list where any part states none is not judged.
 * @module
 */
import type { Finding } from "../../findings/finding.ts";
import { directionOf } from "../../parse/parse-change.ts";
import { changeVerbBefore, isDoubleNegative } from "../comparison-markers.ts";
import { normalizeWidth } from "../../parse/normalize-text.ts";
import { type Figure, figureFen, halfUnitFen, isMoney } from "../extract-figures.ts";
import { isLevelAmount } from "../figure-roles.ts";
import type { ProseCheck } from "../prose-check.ts";
import { proseFinding } from "../prose-finding.ts";
import type { ReadSentence } from "../prose-document.ts";
import { showMessageAmount } from "../../display/show-number.ts";

interface SignedChange {
  figure: Figure;
  fen: number;
}

/** The first change amount after `from` and before `until` (figure indexes) in the sentence, signed by its verb. */
function changeBetween(sentence: ReadSentence, from: number, until: number): SignedChange | null {
  for (let i = from + 1; i < Math.min(until, sentence.figures.length); i++) {
    const figure = sentence.figures[i];
    if (!figure || !isMoney(figure)) continue;
    const verb = changeVerbBefore(figure);
    if (verb === null) continue;
    let direction = directionOf(verb);
    if (direction === null || direction === "flat") return null;
    if (isDoubleNegative(figure)) direction = direction === "increase" ? "decrease" : "increase";
    const fen = figureFen(figure);
    if (fen === null) return null;
    return { figure, fen: direction === "increase" ? fen : -fen };
  }
  return null;
}

const MARKER = /其中\s*[：:]?/;

/**
 * The total and its parts as "；"-separated items after 其中 in one sentence: each item's first level amount is the
 * part, and its change is the first change amount of the item.
 */
function judgeSentence(sentence: ReadSentence, reportYear: number | null): Finding | null {
  const text = normalizeWidth(sentence.text);
  const marker = MARKER.exec(text);
  if (!marker) return null;
  const markerAt = marker.index;
  const before = sentence.figures.filter((f) => f.start < markerAt);
  const total = [...before]
    .reverse()
    .find(
      (f) =>
        isLevelAmount(sentence, f, reportYear) &&
        !before.some((g) => g.index > f.index && isLevelAmount(sentence, g, reportYear)),
    );
  if (!total) return null;
  const totalChange = changeBetween(sentence, total.index, before.length);
  if (!totalChange) return null;
  const after = text.slice(markerAt + marker[0].length);
  const itemStarts = [markerAt + marker[0].length];
  for (let i = after.indexOf("；"); i >= 0; i = after.indexOf("；", i + 1))
    itemStarts.push(markerAt + marker[0].length + i + 1);
  const end = text.indexOf("。", markerAt) < 0 ? text.length : text.indexOf("。", markerAt);
  const changes: SignedChange[] = [];
  const levels: Figure[] = [];
  for (let k = 0; k < itemStarts.length; k++) {
    const from = itemStarts[k] as number;
    const to = Math.min(itemStarts[k + 1] ?? end, end);
    if (from >= end) break;
    const inItem = sentence.figures.filter((f) => f.start >= from && f.start < to);
    const part = inItem.find((f) => isLevelAmount(sentence, f, reportYear));
    if (!part) return null;
    const lastIndex = (inItem.at(-1)?.index ?? part.index) + 1;
    const change = changeBetween(sentence, part.index, lastIndex);
    if (!change) return null;
    changes.push(change);
    levels.push(part);
  }
  if (changes.length < 2) return null;
  // Only a complete list: its levels add up to the total (a "其中" naming some parts says nothing of the rest).
  const totalFen = figureFen(total);
  const levelFens = levels.map(figureFen);
  if (totalFen === null || levelFens.some((fen) => fen === null)) return null;
  const levelGap = Math.abs((levelFens as number[]).reduce((a, b) => a + b, 0) - totalFen);
  if (levels.reduce((acc, f) => acc.plus(halfUnitFen(f)), halfUnitFen(total)).lessThan(levelGap)) return null;
  const sum = changes.reduce((acc, c) => acc + c.fen, 0);
  const gap = Math.abs(sum - totalChange.fen);
  if (gap === 0) return null;
  const tolerance = changes.reduce((acc, c) => acc.plus(halfUnitFen(c.figure)), halfUnitFen(totalChange.figure));
  if (tolerance.greaterThanOrEqualTo(gap)) return null;
  const signed = (fen: number) => `${fen < 0 ? "−" : "+"}${showMessageAmount(Math.abs(fen))}`;
  const listed = changes.map((c) => signed(c.fen)).join(" ");
  return proseFinding(
    "PROSE-CHANGE-PARTS",
    sentence,
    `其中各项的增减额 ${listed} = ${signed(sum)}万元，与合计${total.number}万元的增减额${signed(totalChange.fen)}万元相差${showMessageAmount(gap)}万元`,
    { expected: `${signed(sum)}万元`, found: `${signed(totalChange.fen)}万元` },
  );
}

export const checkChangeParts: ProseCheck = ({ document }) =>
  document.sentences.flatMap((sentence) => judgeSentence(sentence, document.reportYear) ?? []);
