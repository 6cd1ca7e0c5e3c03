/**
 * Draws a `Form` (src/core/forms) as a worksheet: the title, the caption line, the grid with the form's merges and
 * real numbers for its figures (0.00 for 万元, 0.00% for rates), the notes, frozen header rows and the print setup.
 * The Word renderer (`docx/render-form-table.ts`) draws the same Form, so the two files hold the same cell text.
 * @module
 */
import type { Workbook, Worksheet } from "exceljs";
import type { Form } from "../../core/forms/form.ts";
import { writeFormSheet } from "./write-form-sheet.ts";

/** Excel width units a form spans (about A4 portrait / landscape at the sheets' 10 pt text; printing fits one page wide). */
const SHEET_WIDTH = { portrait: 92, landscape: 160 } as const;

/** The form's column widths in Excel units, scaled to the printed page. */
export function formSheetWidths(form: Pick<Form, "columnWidths" | "landscape">): number[] {
  const sum = form.columnWidths.reduce((a, b) => a + b, 0);
  const total = form.landscape ? SHEET_WIDTH.landscape : SHEET_WIDTH.portrait;
  return form.columnWidths.map((w) => Math.max(4, Math.round((w / sum) * total * 10) / 10));
}

/** Adds the form's sheet under `sheetName` (default the form's name) and returns it. */
export function renderFormSheet(workbook: Workbook, form: Form, sheetName = form.name): Worksheet {
  return writeFormSheet(workbook, {
    sheetName,
    title: form.title,
    columnWidths: formSheetWidths(form),
    rows: form.rows,
    ...(form.caption ? { caption: form.caption } : {}),
    ...(form.code ? { code: form.code } : {}),
    headerRows: form.headerRows,
    notes: form.notes,
    landscape: form.landscape,
  });
}
