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

/**
 * Two words closer than this many of their own line's columns are one run ("附件 1", "2024 年度…表"): only a wider
 * gap may split cells. A title in a larger font than the page's body would otherwise be spread out by the body's
 * column width, and its words read as two cells of a table.
 */
const SAME_RUN_COLUMNS = 1.5;

export function writeLayoutLine(line: PdfLine, columnWidth: number): string {
  const words = [...line.words].sort((a, b) => a.xMin - b.xMin);
  const ownColumnWidth = columnWidthOf(words);
  let text = "";
  let previous: PdfWord | undefined;
  for (const word of words) {
    const column = Math.round(word.xMin / columnWidth);
    const width = displayWidth(text);
    const sameRun = previous !== undefined && word.xMin - previous.xMax < SAME_RUN_COLUMNS * ownColumnWidth;
    // Words always keep at least one space between them, as pdftotext does.
    text += " ".repeat(text === "" ? column : sameRun ? 1 : Math.max(1, column - width)) + word.text;
    previous = word;
  }
  return text;
}
