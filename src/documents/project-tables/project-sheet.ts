/**
 * One project's form as a worksheet: the title, the form of `layoutProjectForm` with its merges, real numbers
 * (0.00 for 万元, 0.00% for rates) and the notes, with the title and the 项目名称/主管部门 rows frozen, printed A4
 * landscape one page wide.
 * @module
 */
import type { Workbook } from "exceljs";
import { writeFormSheet } from "../xlsx/write-form-sheet.ts";
import { layoutProjectForm, type ProjectFormOptions } from "./project-form-layout.ts";

/** Excel widths of columns A–L: the prose columns (三级指标 D–E, 原因 L) wide, the figures just wide enough. */
const COLUMN_WIDTHS = [9, 9, 10, 14, 14, 6, 8, 8, 8, 6, 8, 28] as const;

/** Adds the project's sheet under `sheetName`. */
export function writeProjectSheet(workbook: Workbook, sheetName: string, options: ProjectFormOptions): void {
  const form = layoutProjectForm(options);
  writeFormSheet(workbook, {
    sheetName,
    title: form.title,
    columnWidths: COLUMN_WIDTHS,
    rows: form.rows,
    // 项目名称 and 主管部门 stay in view and head every printed page, under the title.
    headerRows: 2,
    notes: form.notes.join(""),
  });
}
