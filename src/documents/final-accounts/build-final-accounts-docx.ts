/**
 * The 部门决算情况说明 as a Word document: the text and the seven native charts that `composeFinalAccounts` makes
 * from the dataset, then its 附表 (the Forms of `finalAccountsFormsOf`, which the tables workbook draws too), in the
 * official format, named "凉山州科学技术协会2023年度部门决算情况说明.docx".
 * @module
 */
import { finalAccountsFormsOf } from "../../core/forms/unit-forms.ts";
import { composeFinalAccounts } from "../../core/narrative/final-accounts/compose-final-accounts.ts";
import type { DocumentInput, GeneratedFile } from "../document-input.ts";
import { officialDocument, titleParagraph } from "../docx/official-format.ts";
import { documentFileName } from "../file-names.ts";
import { layoutFinalAccounts, layoutSchedules } from "./layout-final-accounts.ts";
import { packDocx } from "../docx/pack-docx.ts";

/**
 * Builds the 决算说明 .docx; returns [] when the dataset has no `finalAccounts`.
 *
 * @example
 * const [file] = await buildFinalAccountsDocx(input);
 * // file.name === "凉山州科学技术协会2023年度部门决算情况说明.docx", file.kind === "finalAccounts"
 */
export async function buildFinalAccountsDocx(input: DocumentInput): Promise<GeneratedFile[]> {
  const text = composeFinalAccounts(input.dataset, { scores: input.scores, profile: input.profile });
  if (!text) return [];
  const document = officialDocument({
    title: text.title,
    sections: [
      {
        children: [
          titleParagraph(text.titleLines.join("\n")),
          ...layoutFinalAccounts(text.blocks),
          ...layoutSchedules(finalAccountsFormsOf(input), text.schedulesHeading),
        ],
      },
    ],
  });
  const data = await packDocx(document);
  return [
    {
      name: documentFileName(input.dataset, "部门决算情况说明", "docx"),
      kind: "finalAccounts",
      format: "docx",
      data,
    },
  ];
}
