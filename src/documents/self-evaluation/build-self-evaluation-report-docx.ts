/**
 * Entry point for the 部门整体支出绩效自评报告 (.docx): the report text with its generated figures, the 基础数据表
 * and the 部门整体支出绩效自评表, in official format.
 * @module
 */
import type { DocumentInput, GeneratedFile } from "../document-input.ts";
import { officialDocument } from "../docx/official-format.ts";
import { documentFileName } from "../file-names.ts";
import { DEPARTMENT_REPORT_TITLE, departmentReportBody } from "./department-report-body.ts";
import { coverPage } from "./filing-blocks.ts";
import { packDocx } from "../docx/pack-docx.ts";

/**
 * Builds the unit's 部门整体支出绩效自评报告.
 *
 * @param input dataset, rule profile and the scores computed from them (`scoreDataset`); every score in the report
 *   is taken from `input.scores`, rounded half-up to the profile's decimals.
 * @returns one .docx of kind "selfEvaluationReport", or `[]` when the dataset has neither `department`, `basicData`
 *   nor any narrative text (nothing to report on the department as a whole). 乐山 and 临泽 publish their reports as
 *   text only, so their narrative alone makes a report.
 */
export async function buildSelfEvaluationReportDocx(input: DocumentInput): Promise<GeneratedFile[]> {
  const { dataset } = input;
  const hasText = dataset.narrative.some((section) => section.text.trim() !== "");
  if (!dataset.department && !dataset.basicData && !hasText) return [];
  const document = officialDocument({
    title: `${dataset.unit?.name ?? ""}${dataset.year}年度${DEPARTMENT_REPORT_TITLE}`,
    // The cover is a section of its own, without a page number; the body's pages count from 1.
    sections: [
      ...(dataset.filing?.cover ? [{ children: coverPage(dataset.filing.cover.lines), cover: true }] : []),
      { children: departmentReportBody(input) },
    ],
  });
  const data = await packDocx(document);
  return [
    {
      name: documentFileName(dataset, DEPARTMENT_REPORT_TITLE, "docx"),
      kind: "selfEvaluationReport",
      format: "docx",
      data,
    },
  ];
}
