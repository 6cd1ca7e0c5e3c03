/**
 * Word file of the 部门预算项目支出绩效自评表: one form per project, each starting on a new page, in the layout of
 * `buildProjectForm` (the 四川 form as seed 004 prints it, src/core/forms), drawn by `renderFormBlock` on the official
 * A4 page with 仿宋 小五 cells so that the twelve columns fit the 156 mm type area.
 * @module
 */
import type { FileChild } from "docx";
import { buildProjectForm, PROJECT_FORM_TITLE } from "../../core/forms/project/project-form.ts";
import type { DocumentInput, GeneratedFile } from "../document-input.ts";
import { renderFormBlock } from "../docx/render-form-table.ts";
import { officialDocument } from "../docx/official-format.ts";
import { documentFileName } from "../file-names.ts";
import { packDocx } from "../docx/pack-docx.ts";

/**
 * Builds the .docx holding every project's form, or `[]` when the dataset has no projects.
 * Figures are the computed ones (`input.scores`), rounded half-up to the profile's decimals.
 */
export async function buildProjectTablesDocx(input: DocumentInput): Promise<GeneratedFile[]> {
  const { dataset, profile } = input;
  if (dataset.projects.length === 0) return [];
  const children: FileChild[] = dataset.projects.flatMap((project, i) => {
    const form = buildProjectForm({ project, score: input.scores.projects[i] ?? null, profile, year: dataset.year });
    return renderFormBlock(form, { newPage: i > 0 });
  });
  const document = officialDocument({
    title: `${PROJECT_FORM_TITLE}（${dataset.year}年度）`,
    sections: [{ children }],
  });
  const data = await packDocx(document);
  return [
    {
      name: documentFileName(dataset, PROJECT_FORM_TITLE, "docx"),
      kind: "projectTables",
      format: "docx",
      data,
    },
  ];
}
