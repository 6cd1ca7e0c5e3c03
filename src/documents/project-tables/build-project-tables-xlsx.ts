/**
 * Excel workbook of the 部门预算项目支出绩效自评表: a summary sheet of all projects first, then one sheet per project
 * drawn from the same Form as the Word file (`buildProjectForm`), so a unit can hand in either file and a reviewer can sort and
 * filter the summary.
 * @module
 */
import type { DocumentInput, GeneratedFile } from "../document-input.ts";
import { documentFileName } from "../file-names.ts";
import { uniqueSheetName } from "../xlsx/sheet-names.ts";
import { createWorkbook, workbookFile } from "../xlsx/workbook-file.ts";
import { buildProjectForm, PROJECT_FORM_TITLE } from "../../core/forms/project/project-form.ts";
import { renderFormSheet } from "../xlsx/render-form-sheet.ts";
import { writeProjectSummarySheet } from "./project-summary-sheet.ts";

export const SUMMARY_SHEET_NAME = "汇总";

/**
 * Builds the .xlsx with the summary sheet and every project's form, or `[]` when the dataset has no projects.
 * Project sheets are named "1.项目名称" (cut to Excel's 31 characters, made unique).
 */
export async function buildProjectTablesXlsx(input: DocumentInput): Promise<GeneratedFile[]> {
  const { dataset, profile } = input;
  if (dataset.projects.length === 0) return [];
  const workbook = createWorkbook(input.generatedAt);
  const used = new Set<string>();
  writeProjectSummarySheet(workbook, uniqueSheetName(SUMMARY_SHEET_NAME, used), input);
  dataset.projects.forEach((project, i) => {
    const name = uniqueSheetName(`${i + 1}.${project.name}`, used);
    const form = buildProjectForm({ project, score: input.scores.projects[i] ?? null, profile, year: dataset.year });
    renderFormSheet(workbook, form, name);
  });
  return [await workbookFile(workbook, documentFileName(dataset, PROJECT_FORM_TITLE, "xlsx"), "projectTables")];
}
