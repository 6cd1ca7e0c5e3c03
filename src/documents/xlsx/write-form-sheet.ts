/**
 * A whole form on its own sheet, the way every generated table sheet looks: the title, an optional caption line
 * (单位 on the left, 金额单位 on the right), the grid, optional notes, frozen header rows and the print setup.
 * @module
 */
import type { Workbook, Worksheet } from "exceljs";
import { applySheetLayout } from "./page-setup.ts";
import type { FormCell } from "../../core/forms/form.ts";
import { writeCaption, writeTitle } from "./sheet-title.ts";
import { setColumnWidths, writeGrid } from "./write-grid.ts";

export interface FormSheetOptions {
  sheetName: string;
  title: string;
  /** Excel widths of the grid's columns (at least 2 when a caption is shown). */
  columnWidths: readonly number[];
  rows: readonly (readonly FormCell[])[];
  /** The official form code ("公开01表"), on its own line flush right above the caption. */
  code?: string;
  /** "单位：…" and "金额单位：万元" under the title; omitted when undefined. */
  caption?: { unit: string; amountUnit?: string };
  /** Grid rows that head the form (column headers); they are frozen and printed on every page with the title. */
  headerRows: number;
  /** Lines printed under the grid, one row each. */
  notes?: readonly string[];
  landscape?: boolean;
}

/** Adds the sheet and returns it. */
export function writeFormSheet(workbook: Workbook, options: FormSheetOptions): Worksheet {
  const sheet = workbook.addWorksheet(options.sheetName);
  const widths = options.columnWidths;
  const columns = widths.length;
  const total = widths.reduce((a, b) => a + b, 0);
  setColumnWidths(sheet, widths);
  writeTitle(sheet, 1, options.title, columns);
  let row = 2;
  if (options.code)
    writeCaption(sheet, row++, options.code, { from: 1, to: columns, widthUnits: total, align: "right" });
  if (options.caption) {
    const split = Math.max(1, Math.ceil(columns / 2));
    const leftWidth = widths.slice(0, split).reduce((a, b) => a + b, 0);
    writeCaption(sheet, row, `单位：${options.caption.unit}`, { from: 1, to: split, widthUnits: leftWidth });
    if (options.caption.amountUnit && split < columns) {
      writeCaption(sheet, row, `金额单位：${options.caption.amountUnit}`, {
        from: split + 1,
        to: columns,
        widthUnits: total - leftWidth,
        align: "right",
      });
    }
    row++;
  }
  const gridStart = row;
  row = writeGrid(sheet, options.rows, { startRow: gridStart, columnWidths: widths });
  for (const note of options.notes ?? []) writeCaption(sheet, row++, note, { from: 1, to: columns, widthUnits: total });
  applySheetLayout(sheet, { frozenRows: gridStart - 1 + options.headerRows, landscape: options.landscape ?? true });
  return sheet;
}
