/**
 * Entry point for the 项目支出绩效自评报告 (.docx): one report per project that has an evaluation table, in official
 * format, named "<单位><年度>年度项目支出绩效自评报告-<项目名>.docx" — the unit's own report where its narrative has
 * one for the project (凉山 附件2-1 … 2-3), else generated from the project's fields and scores.
 * @module
 */
import type { DocumentInput, GeneratedFile } from "../document-input.ts";
import { officialDocument } from "../docx/official-format.ts";
import { documentFileName, uniqueFileName } from "../file-names.ts";
import { projectDocuments } from "../../core/narrative/split-narrative-documents.ts";
import { narrativeReportBody } from "./narrative-report-body.ts";
import { PROJECT_REPORT_TITLE, projectReportBody } from "./project-report-body.ts";
import { packDocx } from "../docx/pack-docx.ts";

/**
 * Builds the project reports of a dataset.
 *
 * @param input dataset, rule profile and the scores computed from them (`scoreDataset`); `input.scores.projects[i]`
 *   is the score of `dataset.projects[i]`.
 * @returns one .docx of kind "selfEvaluationReport" per project with an evaluation table, in dataset order; two
 *   projects of the same name get their code (or position) added so no file overwrites another.
 */
export async function buildProjectReportsDocx(input: DocumentInput): Promise<GeneratedFile[]> {
  const { dataset, profile, scores } = input;
  const files: GeneratedFile[] = [];
  const names = new Set<string>();
  const own = projectDocuments(
    dataset.narrative,
    dataset.projects.map((project) => project.name),
  );
  for (const [i, project] of dataset.projects.entries()) {
    const score = scores.projects[i];
    if (!project.evaluation || !score) continue;
    // The unit's own report of the project (凉山 附件2-1 …) is printed as it wrote it; the others are generated.
    const written = own[i];
    const unitName = dataset.unit?.name ?? "";
    const document = officialDocument({
      title: `${unitName}${dataset.year}年度${project.name}${PROJECT_REPORT_TITLE}`,
      sections: [
        {
          children: written
            ? narrativeReportBody({
                document: written,
                unitName,
                profile,
                score,
                dataset,
                scores,
                signOff: input.signOff,
              })
            : projectReportBody({ dataset, project, score, profile, scores, signOff: input.signOff }),
        },
      ],
    });
    const data = await packDocx(document);
    const plain = documentFileName(dataset, `${PROJECT_REPORT_TITLE}-${project.name.trim()}`, "docx");
    // Two projects of one name (or whose long names shorten alike) are told apart by their code, then by a number.
    const name = uniqueFileName(
      names.has(plain)
        ? documentFileName(
            dataset,
            `${PROJECT_REPORT_TITLE}-${project.name.trim()}（${project.code?.trim() || i + 1}）`,
            "docx",
          )
        : plain,
      names,
    );
    files.push({ name, kind: "selfEvaluationReport", format: "docx", data });
  }
  return files;
}
