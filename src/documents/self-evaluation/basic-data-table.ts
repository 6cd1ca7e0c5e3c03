/**
 * The 基础数据表 attached to the 部门整体 report: the Form of `buildBasicDataForm` (src/core/forms) drawn as a Word
 * table — the tables workbook draws the same Form, so both files print the same cells.
 * @module
 */
import type { FileChild } from "docx";
import type { Dataset } from "../../core/dataset/schema.ts";
import { buildBasicDataForm } from "../../core/forms/basic-data-form.ts";
import type { RuleProfile } from "../../core/profiles/profile-schema.ts";
import { renderFormTable } from "../docx/render-form-table.ts";

/** Builds the 基础数据表 of `dataset`. */
export function basicDataTable(dataset: Dataset, profile: RuleProfile): FileChild {
  return renderFormTable(buildBasicDataForm(dataset, profile));
}
