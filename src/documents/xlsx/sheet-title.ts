/**
 * The lines above and below a form on a sheet: the centred title merged across the form's width, a caption line
 * (单位, 金额单位) and printed notes below, all without borders.
 * @module
 */
import type { Worksheet } from "exceljs";
import { cellFont, SHEET_SIZE, titleFont } from "./cell-styles.ts";
import { heightForLines, linesNeeded } from "./row-heights.ts";
import { writeSafeText } from "./safe-text.ts";

/** The sheet title in row `row`, merged over `columns` columns. */
export function writeTitle(sheet: Worksheet, row: number, text: string, columns: number): void {
  const cell = sheet.getCell(row, 1);
  writeSafeText(cell, text);
  cell.font = titleFont();
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  if (columns > 1) sheet.mergeCells(row, 1, row, columns);
  sheet.getRow(row).height = 32;
}

/**
 * A line of text without border, merged over columns `from`..`to` (1-based), e.g. "单位：凉山州科学技术协会" on the
 * left and "金额单位：万元" on the right of the same row; its row grows to fit the text.
 */
export function writeCaption(
  sheet: Worksheet,
  row: number,
  text: string,
  span: { from: number; to: number; widthUnits: number; align?: "left" | "right" },
): void {
  const cell = sheet.getCell(row, span.from);
  writeSafeText(cell, text);
  cell.font = cellFont(false, SHEET_SIZE.subtitle);
  cell.alignment = { horizontal: span.align ?? "left", vertical: "middle", wrapText: true };
  if (span.to > span.from) sheet.mergeCells(row, span.from, row, span.to);
  const height = heightForLines(linesNeeded(text, span.widthUnits, SHEET_SIZE.subtitle), SHEET_SIZE.subtitle);
  const current = sheet.getRow(row).height ?? 0;
  sheet.getRow(row).height = Math.max(current, height);
}
