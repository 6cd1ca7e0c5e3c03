/**
 * A report the unit wrote itself, printed from its narrative as it wrote it: 凉山's 附件1-2 部门预算绩效评价报告 and
 * its 附件2-1 … 项目绩效自评报告. The label ("附件1-2") stands top left, the lines under it make the title, every
 * section follows in the unit's order under its own title, renumbered (the unit's flattened "（2） 存在问题" prints
 * as （二）). Where the report is a project's and the project's table is scored, its 评价结论 opens with the total and
 * grade computed from the table, and a figure of the unit's that the computation contradicts is printed as computed
 * (`core/prose/contradicted-claims`; the audit's STATED-CLAIM-CONTRADICTED reports the unit's sentence); no line is
 * printed twice.
 * @module
 */
import { type FileChild, LineRuleType, Paragraph } from "docx";
import type { NarrativeDocument } from "../../core/narrative/split-narrative-documents.ts";
import { buildSectionTree, type SectionNode } from "../../core/narrative/section-tree.ts";
import { describeTotalScore } from "../../core/narrative/self-evaluation/describe-total-score.ts";
import { signatureLines } from "../../core/narrative/self-evaluation/signature-lines.ts";
import { stripLetterClosing } from "../../core/narrative/self-evaluation/strip-letter-closing.ts";
import type { Dataset } from "../../core/dataset/schema.ts";
import type { RuleProfile } from "../../core/profiles/profile-schema.ts";
import { correctContradictedClaims } from "../../core/prose/contradicted-claims.ts";
import type { DatasetScores, TableScore } from "../../core/scoring/score-types.ts";
import type { SignOff } from "../../core/workflow/current-sign-off.ts";
import { keepEndWithNext } from "../docx/keep-with-next.ts";
import { FONT, run, SIZE, titleParagraph } from "../docx/official-format.ts";
import { normalizeLine, signatureBlock } from "./filing-blocks.ts";
import { type OutlineSection, renderOutline } from "./report-outline.ts";
import { reportParagraph } from "./report-paragraphs.ts";

export interface NarrativeReportOptions {
  document: NarrativeDocument;
  unitName: string;
  profile: RuleProfile;
  /** The project's computed score, when the report is a project's and its table is scored. */
  score?: TableScore | null;
  /** The dataset and its scores, against which the unit's stated figures are checked. */
  dataset: Dataset;
  scores: DatasetScores;
  /** The 单位负责人's sign-off, printed in the signature block. */
  signOff?: SignOff | undefined;
}

/** The whole body of the unit's own report. */
export function narrativeReportBody(options: NarrativeReportOptions): FileChild[] {
  const { document, unitName } = options;
  const seen = new Set<string>([normalizeLine(unitName)]);
  const lines = (text: string) =>
    text
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => {
        const key = normalizeLine(line);
        if (line === "" || (key.length >= 8 && seen.has(key)) || key === normalizeLine(unitName)) return false;
        seen.add(key);
        return true;
      })
      .map(reportParagraph);
  // The label's own section holds the title lines; the sections after it are the report.
  const [first, ...rest] = document.sections;
  const sections = document.label && first ? rest : document.sections;
  const tree = buildSectionTree(sections);
  const children: FileChild[] = [];
  if (document.label) children.push(labelParagraph(document.label));
  const title = document.heading.length > 0 ? document.heading : [unitName];
  children.push(titleParagraph(title.join("\n")));
  for (const section of tree.preamble) children.push(...lines(stripLetterClosing(section.text, unitName)));
  const outline = (node: SectionNode): OutlineSection => {
    let text = stripLetterClosing(node.section.text, unitName);
    const paragraphs = [];
    if (options.score && options.score.grade !== null && /评价结论|结论/.test(node.title)) {
      paragraphs.push(...lines(describeTotalScore(options.score, options.profile, "本项目")));
    }
    text = correctContradictedClaims(text, {
      dataset: options.dataset,
      scores: options.scores,
      profile: options.profile,
      // A project's report is judged against its table, the department's reports against the department's.
      subject: options.score !== undefined ? options.score : options.scores.department,
      ownReport: options.score !== undefined,
    }).text;
    paragraphs.push(...lines(text));
    return { title: node.title, paragraphs, subsections: node.children.map(outline) };
  };
  // The last paragraph of the body goes with the signature: never a page holding it alone.
  children.push(...keepEndWithNext(renderOutline(tree.sections.map(outline))));
  children.push(
    ...signatureBlock(signatureLines({ signature: unitName, date: closingDate(document), signOff: options.signOff })),
  );
  return children;
}

/** The date the unit signed the report with ("2024年1月15日" on the last line of its last section), if any. */
function closingDate(document: NarrativeDocument): string | undefined {
  const last = document.sections.at(-1)?.text.trim().split("\n").at(-1)?.trim() ?? "";
  return /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/.test(last) ? last : undefined;
}

function labelParagraph(label: string): Paragraph {
  return new Paragraph({
    spacing: { line: 560, lineRule: LineRuleType.EXACT },
    children: [run(label, { font: FONT.heading1, size: SIZE.sanhao })],
  });
}
