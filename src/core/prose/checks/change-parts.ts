/**
 * PROSE-CHANGE-PARTS: where a total and its 其中 parts each state their change against last year ("收入99,000万元，…
 * 减收11,000万元；其中：税收收入80,000万元，…减收4,210.53万元；非税收入19,000万元，…减收6,789.47万元"), the parts'
 * changes, signed by their verbs, add up to the total's change. Each change is the one stated between its amount and
 * the next amount of the list; a list where any part states none is not judged.
 *
 * The list is read in three shapes:
 * - in one sentence, its parts separated by "；" after 其中;
 * - across sentences: the total and its change end one sentence, the next begins with 其中 and its parts follow, one
 *   or more to a sentence (separated by "。" or "；"), to the end of that paragraph; sentences of the paragraph
 *   without an amount (the reasons) are passed over (天山区 2019: "三公经费支出合计585.53万元…同比减少144.92万元。
 *   其中：因公出国（境）经费0万元，同比减少0万元……。公务用车购置及运行费585.53万元，同比减少144.92万元……。公务接待费
 *   0.00万元，同比减少0.11万元");
 * - in parentheses right after an amount and its change, the parts separated by "；" ("公务用车购置及运行费585.53万元，
 *   同比减少144.92万元（公务用车购置费0万元，同比减少0万元；公务用车运行维护费585.53万元，同比减少0万元）").
 * In each shape the list is judged only when it is complete: the parts' amounts add up to the total's (within their
 * rounding), so a 其中 that names some parts only says nothing of the rest.
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
import type { ProseDocument, ReadSentence } from "../prose-document.ts";
import { showMessageAmount } from "../../display/show-number.ts";

interface SignedChange {
  figure: Figure;
  fen: number;
}

/** A stretch of a sentence (offsets in its text) that holds one part: its amount, then its change. */
interface Segment {
  sentence: ReadSentence;
  from: number;
  to: number;
}

interface Part {
  level: Figure;
  change: SignedChange;
}

/**
 * The first change amount after figure `from` and before figure `until` in the sentence, signed by its verb. With
 * `inParentheses` set, only figures inside or outside parentheses count.
 */
function changeBetween(
  sentence: ReadSentence,
  from: number,
  until: number,
  inParentheses?: boolean,
): SignedChange | null {
  for (let i = from + 1; i < Math.min(until, sentence.figures.length); i++) {
    const figure = sentence.figures[i];
    if (!figure || !isMoney(figure)) continue;
    if (inParentheses !== undefined && figure.inParentheses !== inParentheses) continue;
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

/** An amount inside parentheses read by the same roles as one outside ("（公务用车购置费0万元，同比减少0万元…）"). */
function isLevelInParentheses(sentence: ReadSentence, figure: Figure, reportYear: number | null): boolean {
  return figure.inParentheses && isLevelAmount(sentence, { ...figure, inParentheses: false }, reportYear);
}

/** The part a segment states: its first level amount and the first change after it, or null when it lacks either. */
function partOf(segment: Segment, reportYear: number | null, inParentheses: boolean): Part | null {
  const { sentence } = segment;
  const inSegment = sentence.figures.filter((f) => f.start >= segment.from && f.start < segment.to);
  const level = inSegment.find((f) =>
    inParentheses ? isLevelInParentheses(sentence, f, reportYear) : isLevelAmount(sentence, f, reportYear),
  );
  if (!level) return null;
  const lastIndex = (inSegment.at(-1)?.index ?? level.index) + 1;
  const change = changeBetween(sentence, level.index, lastIndex, inParentheses);
  return change ? { level, change } : null;
}

/** Splits `from`..`to` of the sentence at each "；" or ";" — not at one inside parentheses opened in that stretch. */
function splitAtSemicolons(sentence: ReadSentence, text: string, from: number, to: number): Segment[] {
  const segments: Segment[] = [];
  let start = from;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === "（" || ch === "(") depth++;
    else if ((ch === "）" || ch === ")") && depth > 0) depth--;
    else if (depth === 0 && (ch === "；" || ch === ";")) {
      segments.push({ sentence, from: start, to: i });
      start = i + 1;
    }
  }
  segments.push({ sentence, from: start, to });
  return segments;
}

const MARKER = /其中\s*[：:]?/;
const SENTENCE_END = /[。！？!?]/;

/** The finding when the parts' changes do not add up to the total's change beyond their rounding; null otherwise. */
function judgeParts(
  where: ReadSentence,
  total: Figure,
  totalChange: SignedChange,
  parts: Part[],
  partsName: string,
  totalName: string,
): Finding | null {
  if (parts.length < 2) return null;
  // Only a complete list: its levels add up to the total (a "其中" naming some parts says nothing of the rest).
  const totalFen = figureFen(total);
  const levelFens = parts.map((p) => figureFen(p.level));
  if (totalFen === null || levelFens.some((fen) => fen === null)) return null;
  const levelGap = Math.abs((levelFens as number[]).reduce((a, b) => a + b, 0) - totalFen);
  if (parts.reduce((acc, p) => acc.plus(halfUnitFen(p.level)), halfUnitFen(total)).lessThan(levelGap)) return null;
  const sum = parts.reduce((acc, p) => acc + p.change.fen, 0);
  const gap = Math.abs(sum - totalChange.fen);
  if (gap === 0) return null;
  const tolerance = parts.reduce((acc, p) => acc.plus(halfUnitFen(p.change.figure)), halfUnitFen(totalChange.figure));
  if (tolerance.greaterThanOrEqualTo(gap)) return null;
  const signed = (fen: number) => `${fen < 0 ? "−" : fen > 0 ? "+" : ""}${showMessageAmount(Math.abs(fen))}`;
  const listed = parts.map((p) => signed(p.change.fen)).join(" ");
  return proseFinding(
    "PROSE-CHANGE-PARTS",
    where,
    `${partsName}的增减额 ${listed} = ${signed(sum)}万元，与${totalName}${total.number}万元的增减额${signed(totalChange.fen)}万元相差${showMessageAmount(gap)}万元`,
    { expected: `${signed(sum)}万元`, found: `${signed(totalChange.fen)}万元` },
  );
}

/** The last level amount of the figures given, with the change stated after it in the sentence. */
function totalWithChange(
  sentence: ReadSentence,
  figures: readonly Figure[],
  until: number,
  reportYear: number | null,
): { total: Figure; change: SignedChange } | null {
  const total = [...figures].reverse().find((f) => isLevelAmount(sentence, f, reportYear));
  if (!total) return null;
  const change = changeBetween(sentence, total.index, until, false);
  return change ? { total, change } : null;
}

/** The 其中 list of a sentence, with its total in the same sentence or, when the sentence begins with 其中, the one before. */
function judgeList(document: ProseDocument, sentence: ReadSentence): Finding | null {
  const reportYear = document.reportYear;
  const text = normalizeWidth(sentence.text);
  const marker = MARKER.exec(text);
  if (!marker) return null;
  const markerAt = marker.index;
  const before = sentence.figures.filter((f) => f.start < markerAt);
  const listFrom = markerAt + marker[0].length;
  if (before.length > 0) {
    const stated = totalWithChange(sentence, before, before.length, reportYear);
    if (!stated) return null;
    const endAt = text.slice(markerAt).search(SENTENCE_END);
    const end = endAt < 0 ? text.length : markerAt + endAt;
    const parts = splitAtSemicolons(sentence, text, listFrom, end).map((s) => partOf(s, reportYear, false));
    if (parts.some((p) => p === null)) return null;
    return judgeParts(sentence, stated.total, stated.change, parts as Part[], "其中各项", "合计");
  }
  // 其中 opens the sentence: the total is the one the sentence before ends with, the parts run to the paragraph's end.
  if (text.slice(0, markerAt).trim() !== "") return null;
  const previous = document.sentences[sentence.index - 1];
  if (!previous || previous.figures.length === 0) return null;
  const stated = totalWithChange(previous, previous.figures, previous.figures.length, reportYear);
  if (!stated) return null;
  const segments: Segment[] = splitAtSemicolons(sentence, text, listFrom, text.length);
  for (let i = sentence.index + 1; i < document.sentences.length; i++) {
    const next = document.sentences[i];
    if (!next || next.line !== sentence.line) break;
    if (!next.figures.some(isMoney)) continue;
    segments.push(...splitAtSemicolons(next, normalizeWidth(next.text), 0, next.text.length));
  }
  const parts = segments
    .filter((s) => s.sentence.figures.some((f) => f.start >= s.from && f.start < s.to && isMoney(f)))
    .map((s) => partOf(s, reportYear, false));
  if (parts.some((p) => p === null)) return null;
  return judgeParts(sentence, stated.total, stated.change, parts as Part[], "其中各项", "合计");
}

/** Parts listed in parentheses right after an amount and its change. */
function judgeParenthesized(sentence: ReadSentence, reportYear: number | null): Finding[] {
  const text = normalizeWidth(sentence.text);
  const findings: Finding[] = [];
  for (const level of sentence.figures) {
    if (!isLevelAmount(sentence, level, reportYear)) continue;
    const next = sentence.figures[level.index + 1];
    const change = changeBetween(sentence, level.index, level.index + 2, false);
    if (!next || !change || change.figure !== next) continue;
    // The parentheses must open right after the change, before any other figure.
    const rest = text.slice(change.figure.end);
    const open = /^[^\d（(]{0,6}[（(]/.exec(rest);
    if (!open) continue;
    const openAt = change.figure.end + open[0].length - 1;
    let depth = 0;
    let closeAt = -1;
    for (let i = openAt; i < text.length; i++) {
      if (text[i] === "（" || text[i] === "(") depth++;
      else if (text[i] === "）" || text[i] === ")") {
        depth--;
        if (depth === 0) {
          closeAt = i;
          break;
        }
      }
    }
    if (closeAt < 0) continue;
    const parts = splitAtSemicolons(sentence, text, openAt + 1, closeAt).map((s) => partOf(s, reportYear, true));
    if (parts.some((p) => p === null)) continue;
    const finding = judgeParts(sentence, level, change, parts as Part[], "括号内各项", "");
    if (finding) findings.push(finding);
  }
  return findings;
}

export const checkChangeParts: ProseCheck = ({ document }) =>
  document.sentences.flatMap((sentence) => {
    const list = judgeList(document, sentence);
    return [...(list ? [list] : []), ...judgeParenthesized(sentence, document.reportYear)];
  });
