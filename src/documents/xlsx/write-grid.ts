/**
 * Writes the rows of a `Form` (src/core/forms) into a worksheet: the same rows the Word renderer gives `gridTable`, so a sheet has exactly the merges of the printed form. Each cell's value and style are set on the
 * master cell *before* the range is merged — ExcelJS then shares that style with the covered cells, which gives the
 * merged range its full border — and nothing is written to a covered cell afterwards (a style set on a covered
 * cell overwrites the master's). Row heights are estimated from the wrapped text.
 * @module
 */
import type { Cell, Worksheet } from "exceljs";
import { cellAlignment, cellFont, SHEET_SIZE, thinBorders } from "./cell-styles.ts";
import { figureCellValue, figureNumFmt } from "./figure.ts";
import { heightForLines, linesNeeded } from "./row-heights.ts";
import { writeSafeText } from "./safe-text.ts";
import { type FormCell, isBold } from "../../core/forms/form.ts";

export interface WriteGridOptions {
  /** Sheet row (1-based) of the first grid row. */
  startRow: number;
  /** Width of every column in Excel units; their count is the grid's column count. */
  columnWidths: readonly number[];
  /** Font size of the cells in points. */
  fontSize?: number;
}

/** Sets the widths of the first columns; only the width, so no column style can leak into merged cells. */
export function setColumnWidths(sheet: Worksheet, widths: readonly number[]): void {
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
}

/** Puts a cell's content in place: a figure as a number with its format (or "—"), text as a safe string. */
export function writeCellContent(target: Cell, cell: FormCell): void {
  if (cell.figure) {
    const value = figureCellValue(cell.figure);
    target.value = value;
    if (typeof value === "number") target.numFmt = figureNumFmt(cell.figure);
    return;
  }
  writeSafeText(target, cell.text);
}

/**
 * Writes the rows and returns the next free sheet row. Throws a RangeError (Chinese message) when a row has too few
 * or too many cells for the columns, as `gridTable` does.
 */
export function writeGrid(sheet: Worksheet, rows: readonly (readonly FormCell[])[], options: WriteGridOptions): number {
  const columns = options.columnWidths.length;
  const size = options.fontSize ?? SHEET_SIZE.cell;
  const rowsLeft = new Array<number>(columns).fill(0);
  const spanOf = new Array<number>(columns).fill(1);
  const heights = rows.map(() => heightForLines(1, size));
  const tallCells: { first: number; rowSpan: number; height: number }[] = [];

  rows.forEach((cells, rowIndex) => {
    const sheetRow = options.startRow + rowIndex;
    let next = 0;
    let column = 0;
    while (column < columns) {
      if ((rowsLeft[column] ?? 0) > 0) {
        rowsLeft[column] = (rowsLeft[column] ?? 1) - 1;
        column += spanOf[column] ?? 1;
        continue;
      }
      const cell = cells[next++];
      if (!cell) throw new RangeError(`表格第 ${rowIndex + 1} 行单元格不足（第 ${column + 1} 列起为空）`);
      const span = Math.min(cell.colSpan ?? 1, columns - column);
      const rowSpan = cell.rowSpan ?? 1;
      const target = sheet.getCell(sheetRow, column + 1);
      writeCellContent(target, cell);
      target.font = cellFont(isBold(cell), size);
      target.alignment = cellAlignment(cell.align ?? "center");
      target.border = thinBorders();
      // A 【请补充】 flag the unit must resolve stands out as it does in Word (highlighted there).
      if (cell.missing) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
      if (span > 1 || rowSpan > 1) sheet.mergeCells(sheetRow, column + 1, sheetRow + rowSpan - 1, column + span);

      const width = options.columnWidths.slice(column, column + span).reduce((a, b) => a + b, 0);
      const height = heightForLines(linesNeeded(cell.text, width, size), size);
      if (rowSpan > 1) tallCells.push({ first: rowIndex, rowSpan, height });
      else heights[rowIndex] = Math.max(heights[rowIndex] ?? 0, height);
      if (rowSpan > 1) {
        rowsLeft[column] = rowSpan - 1;
        spanOf[column] = span;
      }
      column += span;
    }
    if (next < cells.length) throw new RangeError(`表格第 ${rowIndex + 1} 行单元格多于 ${columns} 列`);
  });

  // A cell merged down several rows (项目基本情况, 一级指标) gets its height spread over those rows.
  for (const tall of tallCells) {
    const spanned = heights.slice(tall.first, tall.first + tall.rowSpan);
    const missing = tall.height - spanned.reduce((a, b) => a + b, 0);
    if (missing <= 0) continue;
    const extra = Math.ceil(missing / tall.rowSpan);
    for (let i = tall.first; i < tall.first + tall.rowSpan && i < heights.length; i++)
      heights[i] = (heights[i] ?? 0) + extra;
  }
  heights.forEach((height, i) => {
    sheet.getRow(options.startRow + i).height = height;
  });
  return options.startRow + rows.length;
}
