/**
 * The 部门整体支出绩效自评表 attached to the 部门整体 report: the Form of `buildDepartmentForm` (src/core/forms) drawn
 * as a Word table; the tables workbook draws the same Form, so both print the same cells (零陵's 受众人数 "25000").
 * @module
 */
import type { FileChild } from "docx";
import { buildDepartmentForm, type DepartmentFormOptions } from "../../core/forms/department-form.ts";
import { renderFormTable } from "../docx/render-form-table.ts";

export type DepartmentEvaluationTableOptions = DepartmentFormOptions;

/** What the 偏差原因 column shows, decided in core. */
export { reasonCellText as reasonCell } from "../../core/forms/indicator-reason-cell.ts";

/** Builds the 部门整体支出绩效自评表. */
export function departmentEvaluationTable(options: DepartmentEvaluationTableOptions): FileChild {
  return renderFormTable(buildDepartmentForm(options));
}
