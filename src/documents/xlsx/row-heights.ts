/**
 * Row heights for wrapped text. Neither Excel nor LibreOffice grows a row to fit wrapped text in a merged cell, and
 * the forms are full of them (项目实施内容及过程概述 across eight columns), so the writer sets each row's height from
 * an estimate of the lines its text needs: CJK and full-width characters take about twice the width of a digit.
 * @module
 */
import { isEastAsianWide } from "../../core/text/east-asian-width.ts";

/** Excel's limit for a row height, in points. */
const MAX_ROW_HEIGHT = 409;
/** Noto Serif CJK (what 仿宋/宋体 become in LibreOffice) sets lines about 1.45 em apart. */
const LINE_FACTOR = 1.45;
const PADDING_POINTS = 5;

/** In the CJK fonts of a cell, dashes, ellipses and curly quotes are full-width too, unlike in a terminal. */
function isWide(code: number): boolean {
  return isEastAsianWide(code) || code === 0x2014 || code === 0x2026 || (code >= 0x2018 && code <= 0x201d);
}

/** Width of a text in Excel column units (the width of "0" in the default font) at `size` points. */
export function textWidthUnits(text: string, size: number): number {
  let units = 0;
  for (const char of text) units += isWide(char.codePointAt(0) ?? 0) ? 0.19 * size : 0.105 * size;
  return units;
}

/** Lines the text needs in a cell `widthUnits` wide, counting each "\n" as a line break; at least 1. */
export function linesNeeded(text: string, widthUnits: number, size: number): number {
  const usable = Math.max(1, widthUnits - 1);
  return text
    .split("\n")
    .reduce((lines, line) => lines + Math.max(1, Math.ceil(textWidthUnits(line, size) / usable)), 0);
}

/** Row height in points for `lines` lines of text at `size` points. */
export function heightForLines(lines: number, size: number): number {
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * size * LINE_FACTOR + PADDING_POINTS));
}
