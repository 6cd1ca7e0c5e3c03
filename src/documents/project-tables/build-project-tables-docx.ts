/**
 * Word file of the 部门预算项目支出绩效自评表: one form per project, each starting on a new page, in the layout of
 * `layoutProjectForm` (the 四川 form as seed 004 prints it), on the official A4 page with 仿宋 小五 cells so that the
 * twelve columns fit the 156 mm type area.
 * @module
 */
import { AlignmentType, type FileChild, LineRuleType, Paragraph } from "docx";
import type { DocumentInput, GeneratedFile } from "../document-input.ts";
import { gridTable } from "../docx/grid-table.ts";
import { FONT, officialDocument, run } from "../docx/official-format.ts";
import { documentFileName } from "../file-names.ts";
import { layoutProjectForm, PROJECT_FORM_TITLE } from "./project-form-layout.ts";
import { packDocx } from "../docx/pack-docx.ts";

/**
 * Twips of columns A–L (10, 12, 14, 15, 15, 9, 12, 10, 12, 9, 13, 25 mm); they add up to the 156 mm type area
 * (8 844 twips). Figures get just their width at 小五 (得分 holds "119.47" on one line), prose (三级指标, 原因) the rest.
 */
const COLUMN_WIDTHS = [567, 680, 794, 850, 850, 510, 680, 567, 680, 510, 737, 1419] as const;
/** Single line spacing in the cells: with the 1.25 lines of other tables a seven-indicator form runs onto a third page. */
const CELL_LINE_SPACING = 240;
/** 小五 (9 pt) in half-points: the form's twelve columns need it. */
const CELL_SIZE = 18;
/** 小二 (18 pt) for the form title: 二号 would not fit "部门预算项目支出绩效自评表（2023年度）" on one line. */
const TITLE_SIZE = 36;

/**
 * Builds the .docx holding every project's form, or `[]` when the dataset has no projects.
 * Figures are the computed ones (`input.scores`), rounded half-up to the profile's decimals.
 */
export async function buildProjectTablesDocx(input: DocumentInput): Promise<GeneratedFile[]> {
  const { dataset, profile } = input;
  if (dataset.projects.length === 0) return [];
  const children: FileChild[] = dataset.projects.flatMap((project, i) => {
    const form = layoutProjectForm({ project, score: input.scores.projects[i] ?? null, profile, year: dataset.year });
    return [
      formTitle(form.title, i > 0),
      gridTable({ columnWidths: COLUMN_WIDTHS, rows: form.rows, fontSize: CELL_SIZE, lineSpacing: CELL_LINE_SPACING }),
      notesParagraph(form.notes.join("")),
    ];
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

function formTitle(text: string, newPage: boolean): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    pageBreakBefore: newPage,
    keepNext: true,
    spacing: { before: 0, after: 240, line: 480, lineRule: LineRuleType.EXACT },
    children: [run(text, { font: FONT.title, size: TITLE_SIZE })],
  });
}

function notesParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    spacing: { before: 60, line: 300, lineRule: LineRuleType.AUTO },
    children: [run(text, { font: FONT.table, size: CELL_SIZE })],
  });
}
