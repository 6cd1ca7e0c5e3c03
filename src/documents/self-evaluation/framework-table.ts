/**
 * The table of a department scored by dimension (凉山 附件1-1): the Form of `buildFrameworkForm` (src/core/forms)
 * drawn as a Word table; the tables workbook draws the same Form.
 * @module
 */
import type { FileChild } from "docx";
import type { EvaluationFramework } from "../../core/dataset/schema.ts";
import { buildFrameworkForm } from "../../core/forms/framework-form.ts";
import type { FrameworkScore } from "../../core/narrative/self-evaluation/framework-score.ts";
import type { RuleProfile } from "../../core/profiles/profile-schema.ts";
import { renderFormTable } from "../docx/render-form-table.ts";

export function frameworkTable(
  framework: EvaluationFramework,
  result: FrameworkScore,
  profile: RuleProfile,
): FileChild {
  return renderFormTable(buildFrameworkForm({ framework, result, profile }));
}
