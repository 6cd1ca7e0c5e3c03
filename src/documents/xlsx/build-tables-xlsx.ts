/**
 * Excel workbook of the unit's other tables, one sheet for each the dataset has: 基础数据表, 部门整体支出绩效自评表,
 * and the 决算 tables (收入支出决算总表, 一般公共预算财政拨款支出决算表 by function line, "三公"经费支出决算表). The
 * project forms have their own workbook (`buildProjectTablesXlsx`).
 * @module
 */
import { publishesDocument } from "../../core/narrative/split-narrative-documents.ts";
import type { DocumentInput, GeneratedFile } from "../document-input.ts";
import { documentFileName } from "../file-names.ts";
import { writeBasicDataSheet } from "./sheets/basic-data-sheet.ts";
import { writeDepartmentTableSheet } from "./sheets/department-table-sheet.ts";
import { writeFunctionLinesSheet } from "./sheets/function-lines-sheet.ts";
import { writeIncomeExpenditureSheet } from "./sheets/income-expenditure-sheet.ts";
import { writeFinalAccountsSchedules } from "./sheets/final-accounts-schedules.ts";
import { writeSangongSheet } from "./sheets/sangong-sheet.ts";
import { createWorkbook, workbookFile } from "./workbook-file.ts";

export const TABLES_WORKBOOK_TITLE = "绩效自评及决算报表";

export const TABLE_SHEET_NAMES = {
  basicData: "基础数据表",
  department: "部门整体支出绩效自评表",
  incomeExpenditure: "收入支出决算总表",
  functionLines: "一般公共预算财政拨款支出决算表",
  sangong: "三公经费支出决算表",
} as const;

/**
 * Builds the .xlsx of the tables the dataset has, or `[]` when it has none of them. The file is of kind
 * "projectTables" (the 表格 family of the package), named `documentFileName(dataset, "绩效自评及决算报表", "xlsx")`.
 */
export async function buildTablesXlsx(input: DocumentInput): Promise<GeneratedFile[]> {
  const { dataset, profile } = input;
  const workbook = createWorkbook(input.generatedAt);
  const accounts = dataset.finalAccounts;
  const departmentTable = dataset.department?.evaluation;
  if (dataset.basicData)
    writeBasicDataSheet(workbook, TABLE_SHEET_NAMES.basicData, dataset, dataset.basicData, profile);
  if (departmentTable) {
    writeDepartmentTableSheet(workbook, TABLE_SHEET_NAMES.department, {
      dataset,
      table: departmentTable,
      score: input.scores.department,
      profile,
    });
  }
  if (accounts && (accounts.income || accounts.expenditure)) {
    writeIncomeExpenditureSheet(workbook, TABLE_SHEET_NAMES.incomeExpenditure, dataset, accounts);
  }
  if (accounts && accounts.functionLines.length > 0) {
    writeFunctionLinesSheet(workbook, TABLE_SHEET_NAMES.functionLines, dataset, accounts.functionLines, profile);
  }
  if (accounts?.sangong) writeSangongSheet(workbook, TABLE_SHEET_NAMES.sangong, dataset, accounts.sangong, profile);
  // The other 决算公开 附表, for a unit that publishes its 决算 (凉山); a unit that did not is not given tables it never
  // filed.
  if (accounts && publishesDocument(dataset.narrative, "finalAccounts"))
    writeFinalAccountsSchedules(workbook, dataset, accounts);
  if (workbook.worksheets.length === 0) return [];
  return [await workbookFile(workbook, documentFileName(dataset, TABLES_WORKBOOK_TITLE, "xlsx"), "projectTables")];
}
