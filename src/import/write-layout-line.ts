/**
 * One line of PDF words written out as `pdftotext -layout` would: each word at the character column of its left
 * edge, so the layout reader's column splitting and its "line runs to the text width" test work on the text around a
 * ruled table the same way as on a page without one.
 * @module
 */
import { displayWidth } from "../cli/display-width.ts";
import type { PdfLine, PdfWord } from "./read-pdf-words.ts";

/** The width of one display column (half a CJK character) on the page: the median over its words. */
export function columnWidthOf(words: readonly PdfWord[]): number {
  const widths = words
    .map((w) => (w.xMax - w.xMin) / Math.max(1, displayWidth(w.text)))
    .filter((w) => w > 0)
    .sort((a, b) => a - b);
  return widths[Math.floor(widths.length / 2)] ?? 5;
}

export function writeLayoutLine(line: PdfLine, columnWidth: number): string {
  let text = "";
  for (const word of [...line.words].sort((a, b) => a.xMin - b.xMin)) {
    const column = Math.round(word.xMin / columnWidth);
    const width = displayWidth(text);
    // Words always keep at least one space between them, as pdftotext does.
    text += " ".repeat(text === "" ? column : Math.max(1, column - width)) + word.text;
  }
  return text;
}
