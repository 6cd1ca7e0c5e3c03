/**
 * Cuts a report into sentences that keep their line number and their exact wording, because every prose finding
 * quotes the sentence as written and points at its line.
 *
 * A line holding tabs is a table row (that is how Word tables come out as text): each cell is read on its own, so a
 * number in one cell is never taken as the unit-less amount of the text in the next. Word's bookmark residue
 * ("[bookmark: OLE_LINK4]") is not part of any sentence.
 * @module
 */

export interface ProseSentence {
  /** 1-based line number in the input. */
  line: number;
  /** Offset of the sentence within its line. */
  start: number;
  /** The sentence exactly as written (a substring of the input). */
  text: string;
  /** True for a table cell rather than running text. */
  inTable: boolean;
  /** Position in the whole document, in reading order. */
  index: number;
}

const SENTENCE_END = /[。！？!?]/;
const LEADING_NOISE = /^(?:[\s\u3000\u00a0]|\[bookmark:[^\]]*\])+/;
const TRAILING_SPACE = /[\s\u3000\u00a0]+$/;

/** Splits the input on "\n" (a trailing "\r" is dropped) into lines. */
export function splitLines(text: string): string[] {
  return text.split("\n").map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line));
}

/** All sentences of the text, in order. Empty pieces and pure whitespace are left out. */
export function splitSentences(text: string): ProseSentence[] {
  const sentences: ProseSentence[] = [];
  splitLines(text).forEach((lineText, lineIndex) => {
    const inTable = lineText.includes("\t");
    const pieces = inTable ? splitCells(lineText) : [{ start: 0, text: lineText }];
    for (const piece of pieces) {
      for (const sentence of splitPiece(piece.text)) {
        sentences.push({
          line: lineIndex + 1,
          start: piece.start + sentence.start,
          text: sentence.text,
          inTable,
          index: sentences.length,
        });
      }
    }
  });
  return sentences;
}

function splitCells(lineText: string): { start: number; text: string }[] {
  const cells: { start: number; text: string }[] = [];
  let start = 0;
  for (const cell of lineText.split("\t")) {
    cells.push({ start, text: cell });
    start += cell.length + 1;
  }
  return cells;
}

function splitPiece(piece: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let from = 0;
  for (let i = 0; i < piece.length; i++) {
    if (SENTENCE_END.test(piece[i] ?? "")) {
      // Closing quotes and brackets after the full stop belong to the sentence they close.
      let end = i + 1;
      while (end < piece.length && /[”’」』）)]/.test(piece[end] ?? "")) end++;
      pushTrimmed(out, piece, from, end);
      from = end;
      i = end - 1;
    }
  }
  pushTrimmed(out, piece, from, piece.length);
  return out;
}

function pushTrimmed(out: { start: number; text: string }[], piece: string, from: number, to: number): void {
  const raw = piece.slice(from, to);
  const lead = LEADING_NOISE.exec(raw)?.[0].length ?? 0;
  const text = raw.slice(lead).replace(TRAILING_SPACE, "");
  if (text !== "") out.push({ start: from + lead, text });
}
