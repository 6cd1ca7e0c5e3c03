/**
 * Entry point for the 部门预算绩效评价报告 (.docx) a unit wrote besides its self-evaluation (凉山 附件1-2), printed
 * from its narrative as it wrote it (`narrative-report-body.ts`). A unit that wrote none gets none.
 * @module
 */
import { splitNarrativeDocuments } from "../../core/narrative/split-narrative-documents.ts";
import type { DocumentInput, GeneratedFile } from "../document-input.ts";
import { officialDocument } from "../docx/official-format.ts";
import { packDocx } from "../docx/pack-docx.ts";
import { documentFileName } from "../file-names.ts";
import { narrativeReportBody } from "./narrative-report-body.ts";

export const DEPARTMENT_EVALUATION_TITLE = "部门预算绩效评价报告";

/** One .docx of kind "selfEvaluationReport" per 部门预算绩效评价报告 in the narrative (usually none or one). */
export async function buildDepartmentEvaluationReportDocx(input: DocumentInput): Promise<GeneratedFile[]> {
  const { dataset, profile, scores } = input;
  const unitName = dataset.unit?.name ?? "未命名单位";
  const documents = splitNarrativeDocuments(dataset.narrative).filter((d) => d.kind === "departmentEvaluation");
  const files: GeneratedFile[] = [];
  for (const [i, document] of documents.entries()) {
    const docx = officialDocument({
      title: `${unitName}${dataset.year}年度${DEPARTMENT_EVALUATION_TITLE}`,
      sections: [
        { children: narrativeReportBody({ document, unitName, profile, dataset, scores, signOff: input.signOff }) },
      ],
    });
    const suffix = documents.length > 1 ? `（${i + 1}）` : "";
    files.push({
      name: documentFileName(dataset, `${DEPARTMENT_EVALUATION_TITLE}${suffix}`, "docx"),
      kind: "selfEvaluationReport",
      format: "docx",
      data: await packDocx(docx),
    });
  }
  return files;
}
