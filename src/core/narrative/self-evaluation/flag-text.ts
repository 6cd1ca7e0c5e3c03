/**
 * Marks text that the user must complete or check before a generated report can be published ("【请补充：偏差原因】").
 *
 * Sentence generators return plain strings, so the mark is part of the string: 【 + 请补充 / 请核实 + … + 】. The
 * prefix keeps ordinary 【…】 headings a unit may type from being taken as a flag; document builders split on the
 * mark and highlight it, and anyone can find what is left to do by searching for "【请".
 * @module
 */

export type FlagKind = "请补充" | "请核实";

const FLAG = /【(?:请补充|请核实)[^【】]*】/g;

/** "【请补充：偏差原因】" — `kind` says whether something is missing (请补充) or doubtful (请核实). */
export function flagText(kind: FlagKind, what: string): string {
  return `【${kind}：${what}】`;
}

export interface TextPiece {
  text: string;
  flagged: boolean;
}

/** Cuts a generated string into plain and flagged pieces, in order; empty pieces are left out. */
export function splitFlagged(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let from = 0;
  for (const match of text.matchAll(FLAG)) {
    const start = match.index ?? 0;
    if (start > from) pieces.push({ text: text.slice(from, start), flagged: false });
    pieces.push({ text: match[0], flagged: true });
    from = start + match[0].length;
  }
  if (from < text.length) pieces.push({ text: text.slice(from), flagged: false });
  return pieces;
}

/** True when the text still holds a flag for the user. */
export function hasFlag(text: string): boolean {
  return splitFlagged(text).some((piece) => piece.flagged);
}
