/**
 * Guard against formula injection: text that a spreadsheet could take for a formula (= + - @, or a leading tab or
 * carriage return, which some programs strip before looking) is stored as a plain string cell with the Text number
 * format "@", so that it shows as typed and stays text even when someone edits the cell and presses Enter. A project
 * named `=HYPERLINK("http://x")` is a name, never a link or a calculation.
 * @module
 */
import type { Cell } from "exceljs";

const FORMULA_LIKE = /^[=+\-@\t\r]/;

/** True when a spreadsheet could read the text as a formula. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_LIKE.test(text);
}

/**
 * Writes text into a cell as a string value (never a formula object), marking formula-like text with the Text
 * number format. The text itself is kept unchanged, so what the unit typed is what the sheet shows.
 */
export function writeSafeText(cell: Cell, text: string): void {
  cell.value = text;
  if (isFormulaLike(text)) cell.numFmt = "@";
}
