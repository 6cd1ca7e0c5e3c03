/**
 * Excel workbook of the unit's other tables, one sheet for each the dataset has: 基础数据表, 部门整体支出绩效自评表,
 * 部门整体绩效自评得分表, and the 决算公开 附表 of a unit that publishes its 决算 (收入支出决算总表 … "三公"经费支出
 * 决算表). Every sheet draws a Form of `unitForms` (src/core/forms), the same Forms the Word documents print. The
 * project forms have their own workbook (`buildProjectTablesXlsx`).
 * @module
 */
import { unitForms } from "../../core/forms/unit-forms.ts";
import type { DocumentInput, GeneratedFile } from "../document-input.ts";
import { documentFileName } from "../file-names.ts";
import { renderFormSheet } from "./render-form-sheet.ts";
import { uniqueSheetName } from "./sheet-names.ts";
import { createWorkbook, workbookFile } from "./workbook-file.ts";

export const TABLES_WORKBOOK_TITLE = "绩效自评及决算报表";

/**
 * Builds the .xlsx of the tables the dataset has, or `[]` when it has none of them. The file is of kind
 * "projectTables" (the 表格 family of the package), named `documentFileName(dataset, "绩效自评及决算报表", "xlsx")`.
 */
export async function buildTablesXlsx(input: DocumentInput): Promise<GeneratedFile[]> {
  const forms = unitForms(input);
  if (forms.length === 0) return [];
  const workbook = createWorkbook(input.generatedAt);
  const used = new Set<string>();
  for (const form of forms) renderFormSheet(workbook, form, uniqueSheetName(form.name, used));
  return [
    await workbookFile(workbook, documentFileName(input.dataset, TABLES_WORKBOOK_TITLE, "xlsx"), "projectTables"),
  ];
}
