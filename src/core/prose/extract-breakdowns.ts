/**
 * Finds the "total, 其中: parts" statements of a report: "本年支出合计874.05万元，其中：基本支出468.99万元，占53.65%；
 * 项目支出405.06万元，占46.34%".
 *
 * Only a tight list counts as the parts: after the marker, clause after clause holding exactly one amount (and maybe
 * its share). The list ends at the first clause that is something else ("年中因执行财政10%压减…"), at last year's
 * figure, at a change, or at the amount that is the total of the next "其中". Amounts in brackets ("（不含…50万元）")
 * are asides, and a "以上…合计" / "小计" amount replaces the parts it sums. That keeps narrative that merely
 * mentions several amounts after "其中" from being read as a sum that does not add up.
 *
 * A list may also follow "X万元，为…" ("省级资金124.23万元，为A项目25万元，B项目0.71万元…"), and an item's name may
 * hold a comma ("村民组长，党小组长基本报酬252000元"): a short bare name with no figure continues the next part's
 * name. A list whose items are listed again in the same document with the same names, where that list adds up
 * exactly, is complete (`listedInFull`): the budget and the 完成 of one project broken down item by item.
 * @module
 */
import { type Fen, sumFen } from "../money/fen.ts";
import { normalizeWidth } from "../parse/normalize-text.ts";
import { clauseIndexAt, clauseStarts, type Figure, figureFen, isMoney } from "./extract-figures.ts";
import { attachedShare, isCompletionBase, isLevelAmount, isShareFigure } from "./figure-roles.ts";
import { earlierInParagraph, type ProseDocument, type ReadSentence } from "./prose-document.ts";

export interface BreakdownPart {
  figure: Figure;
  fen: Fen;
  /** The "占X%" printed with this part, if any. */
  share: Figure | null;
}

export interface Breakdown {
  /** The sentence that lists the parts. */
  sentence: ReadSentence;
  total: Figure;
  totalFen: Fen;
  /** The sentence that states the total (the same one, or the one before it on the same line). */
  totalSentence: ReadSentence;
  parts: BreakdownPart[];
  /** True when the total is a "合计/小计" inside a longer list, checked against the parts before it. */
  isSubtotal: boolean;
  /**
   * True when the same items (same names, in the same order, at least three) are listed again in the document and
   * one of those lists adds up to its total exactly: the list names every part, so a shortfall is a mistake.
   */
  listedInFull?: boolean;
}

const MARKER = /其中\s*[：:]?|主要用于以下方面\s*[：:]?|包括\s*[：:]?|(?<=元\s*[,，]\s*)为(?=\D)/g;
const SUBTOTAL_LABEL = /合计|小计|以上/;
/** Words of narrative, not of an item's name: "年中因…增加至417.82万元", "主要为…支出417.82万元". */
const NARRATIVE_LABEL = /因|由于|为了|用于|主要|以及|[至到]$/;
/** A bare piece of an item's name cut by a comma ("村民组长，党小组长基本报酬…"): a few characters, no verb. */
const NAME_PIECE = /^[\u4e00-\u9fa5]{1,10}$/;
const NOT_A_NAME = /是|为|有|增|减|等|比|较|占|完成|支出|收入|年|月|合计|其中/;

/** Every breakdown with a stated total and at least one part, in document order. */
export function extractBreakdowns(document: ProseDocument): Breakdown[] {
  const breakdowns: Breakdown[] = [];
  for (const sentence of document.sentences) {
    const text = normalizeWidth(sentence.text);
    const markers = [...text.matchAll(MARKER)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
    if (markers.length === 0) continue;
    const clauses = { text, starts: clauseStarts(text) };
    markers.forEach((marker, i) => {
      const nextMarkerStart = markers[i + 1]?.start ?? Number.POSITIVE_INFINITY;
      const found = findTotal(document, sentence, marker.start);
      if (!found) return;
      const parts = readParts(document, sentence, clauses, marker.end, nextMarkerStart);
      breakdowns.push(...foldSubtotals(sentence, found, parts));
    });
  }
  markListsInFull(breakdowns);
  return breakdowns;
}

/** The names of a list's parts, as a key: "其中", spaces and punctuation left out. */
function partNamesKey(breakdown: Breakdown): string | null {
  if (breakdown.parts.length < 3 || breakdown.isSubtotal) return null;
  const names = breakdown.parts.map((p) => p.figure.label.replace(/^其中|[\s,，:：、]/g, ""));
  return names.some((name) => name === "") ? null : names.join("|");
}

/** Marks the lists whose items another list of the same names adds up exactly (see `listedInFull`). */
function markListsInFull(breakdowns: Breakdown[]): void {
  if (breakdowns.length < 2) return;
  const byNames = new Map<string, Breakdown[]>();
  for (const breakdown of breakdowns) {
    const key = partNamesKey(breakdown);
    if (key === null) continue;
    const same = byNames.get(key);
    if (same) same.push(breakdown);
    else byNames.set(key, [breakdown]);
  }
  for (const same of byNames.values()) {
    if (same.length < 2) continue;
    const exact = same.some((b) => sumFen(b.parts.map((p) => p.fen)) === b.totalFen);
    if (exact) for (const breakdown of same) breakdown.listedInFull = true;
  }
}

interface FoundTotal {
  figure: Figure;
  fen: Fen;
  sentence: ReadSentence;
}

function findTotal(document: ProseDocument, sentence: ReadSentence, markerStart: number): FoundTotal | null {
  const countBefore = figuresBefore(sentence, markerStart);
  if (countBefore > 0) return lastLevel(document, sentence, countBefore);
  // "…预算163.68万元，全部为一般公共预算财政拨款。其中科学技术支出125.43万元…": the total closes the sentence before.
  const previous = earlierInParagraph(document, sentence, 1)[0];
  return previous ? lastLevel(document, previous, previous.figures.length) : null;
}

/** How many figures of the sentence start before `offset` (binary search: figures are in order). */
function figuresBefore(sentence: ReadSentence, offset: number): number {
  let low = 0;
  let high = sentence.figures.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sentence.figures[middle]?.start ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The last money figure among the first `count` figures, if it is a level amount. */
function lastLevel(document: ProseDocument, sentence: ReadSentence, count: number): FoundTotal | null {
  for (let i = count - 1; i >= 0; i--) {
    const figure = sentence.figures[i];
    if (!figure || !isMoney(figure) || isCompletionBase(figure)) continue;
    if (!isLevelAmount(sentence, figure, document.reportYear)) return null;
    const fen = figureFen(figure);
    return fen === null ? null : { figure, fen, sentence };
  }
  return null;
}

function readParts(
  document: ProseDocument,
  sentence: ReadSentence,
  { text, starts }: { text: string; starts: number[] },
  from: number,
  nextMarkerStart: number,
): BreakdownPart[] {
  const firstClause = clauseIndexAt(starts, from);
  const byClause = new Map<number, Figure[]>();
  for (let i = figuresBefore(sentence, from); i < sentence.figures.length; i++) {
    const figure = sentence.figures[i];
    if (!figure || figure.start >= nextMarkerStart) break;
    const list = byClause.get(figure.clause);
    if (list) list.push(figure);
    else byClause.set(figure.clause, [figure]);
  }
  const parts: BreakdownPart[] = [];
  for (let clause = firstClause; clause < starts.length; clause++) {
    if ((starts[clause] ?? 0) >= nextMarkerStart) break;
    const inClause = byClause.get(clause) ?? [];
    // A part's own budget ("基本支出100万元，完成年初预算110万元的90.91%") is not another part.
    const amounts = inClause.filter((f) => isMoney(f) && !f.inParentheses && !isCompletionBase(f));
    if (amounts.length === 0) {
      if (inClause.some(isCompletionBase)) continue;
      if (inClause.some(isShareFigure)) continue;
      if (clause === firstClause && clauseIsEmpty(text, starts, clause, from)) continue;
      if (parts.length > 0 && inClause.length === 0 && isNamePiece(text, starts, clause)) continue;
      break;
    }
    const amount = amounts[0];
    if (amounts.length > 1 || !amount || !isLevelAmount(sentence, amount, document.reportYear)) break;
    if (NARRATIVE_LABEL.test(amount.label)) break;
    if (nextMarkerStart !== Number.POSITIVE_INFINITY && isLastMoneyBefore(sentence, amount, nextMarkerStart)) break;
    const fen = figureFen(amount);
    if (fen === null) break;
    parts.push({ figure: amount, fen, share: attachedShare(sentence, amount) });
  }
  return parts;
}

/** True when no other amount comes between this one and the offset: it is the total of the next "其中". */
function isLastMoneyBefore(sentence: ReadSentence, amount: Figure, offset: number): boolean {
  for (let i = amount.index + 1; i < sentence.figures.length; i++) {
    const figure = sentence.figures[i];
    if (!figure || figure.start >= offset) return true;
    if (isMoney(figure)) return false;
  }
  return true;
}

/** A clause that is only a short piece of a name, before a comma that the name itself holds. */
function isNamePiece(text: string, starts: readonly number[], clause: number): boolean {
  const piece = text.slice(starts[clause] ?? 0, starts[clause + 1] ?? text.length).replace(/[\s,，、]/g, "");
  return NAME_PIECE.test(piece) && !NOT_A_NAME.test(piece);
}

function clauseIsEmpty(text: string, starts: readonly number[], clause: number, from: number): boolean {
  const end = starts[clause + 1] ?? text.length;
  return text.slice(Math.max(from, starts[clause] ?? 0), end).replace(/[\s,，;；:：、]/g, "") === "";
}

/** Replaces "A, B, 以上合计C" by C, and records A + B = C as a breakdown of its own. */
function foldSubtotals(sentence: ReadSentence, total: FoundTotal, parts: readonly BreakdownPart[]): Breakdown[] {
  const out: Breakdown[] = [];
  let folded: BreakdownPart[] = [];
  let sinceSubtotal: BreakdownPart[] = [];
  for (const part of parts) {
    if (SUBTOTAL_LABEL.test(part.figure.label) && sinceSubtotal.length > 0) {
      out.push({
        sentence,
        total: part.figure,
        totalFen: part.fen,
        totalSentence: sentence,
        parts: sinceSubtotal,
        isSubtotal: true,
      });
      folded = folded.slice(0, folded.length - sinceSubtotal.length);
      sinceSubtotal = [];
    } else {
      sinceSubtotal.push(part);
    }
    folded.push(part);
  }
  if (folded.length > 0) {
    out.unshift({
      sentence,
      total: total.figure,
      totalFen: total.fen,
      totalSentence: total.sentence,
      parts: folded,
      isSubtotal: false,
    });
  }
  return out;
}
