/**
 * The text of the 部门整体支出绩效自评报告. The unit's own report is kept as it wrote it — every section, in its order,
 * under its own title (renumbered) — and laid over its province's outline (`core/outlines`), which says where the
 * generated content goes: 预算执行, 绩效指标, 自评得分及等级 and 未完成的指标 come from the computed scores, 收支 from
 * the 决算. A unit without an outline of its own gets the province's outline. Around the body stand the 公文 parts
 * from `dataset.filing` (cover, 主送, opening, 特此报告, 附件说明, 署名, 日期), then the 基础数据表 and the 部门整体
 * 支出绩效自评表 as attachments.
 *
 * A score, grade or change the unit's text states and the computation contradicts is printed as computed, or the
 * sentence left out where nothing can be computed (`core/prose/contradicted-claims`; the audit's
 * STATED-CLAIM-CONTRADICTED reports the unit's sentence); a line is printed once even when the unit typed it twice.
 * @module
 */
import type { FileChild, Paragraph } from "docx";
import type { NarrativeSection } from "../../core/dataset/schema.ts";
import { departmentSelfEvaluationSections } from "../../core/narrative/split-narrative-documents.ts";
import { describeBudgetAdjustment } from "../../core/narrative/self-evaluation/describe-budget-adjustment.ts";
import { describeExecution } from "../../core/narrative/self-evaluation/describe-execution.ts";
import { describeShortfalls } from "../../core/narrative/self-evaluation/describe-shortfalls.ts";
import { describeSpendingScale } from "../../core/narrative/self-evaluation/describe-spending-scale.ts";
import { describeStaff } from "../../core/narrative/self-evaluation/describe-staff.ts";
import { describeLevelScores, describeTotalScore } from "../../core/narrative/self-evaluation/describe-total-score.ts";
import { describeFrameworkScore, scoreFramework } from "../../core/narrative/self-evaluation/framework-score.ts";
import { flagText } from "../../core/narrative/self-evaluation/flag-text.ts";
import { groupIndicators } from "../../core/narrative/self-evaluation/group-indicators.ts";
import { signatureLines } from "../../core/narrative/self-evaluation/signature-lines.ts";
import { stripLetterClosing } from "../../core/narrative/self-evaluation/strip-letter-closing.ts";
import { type ArrangedSection, arrangeReport } from "../../core/outlines/arrange-report.ts";
import { chooseOutline } from "../../core/outlines/builtin-outlines.ts";
import type { GeneratedContent } from "../../core/outlines/outline-schema.ts";
import { checkText } from "../../core/prose/check-text.ts";
import { correctContradictedClaims } from "../../core/prose/contradicted-claims.ts";
import type { TableScore } from "../../core/scoring/score-types.ts";
import type { DocumentInput } from "../document-input.ts";
import { keepEndWithNext } from "../docx/keep-with-next.ts";
import { titleParagraph } from "../docx/official-format.ts";
import { basicDataTable } from "./basic-data-table.ts";
import { frameworkTable } from "./framework-table.ts";
import { departmentEvaluationTable } from "./department-evaluation-table.ts";
import {
  addresseeParagraph,
  attachmentList,
  closingParagraph,
  filingLines,
  normalizeLine,
  signatureBlock,
  subtitleParagraph,
} from "./filing-blocks.ts";
import { indicatorParagraphs } from "./indicator-paragraphs.ts";
import { type OutlineSection, renderOutline } from "./report-outline.ts";
import { attachmentLabel, reportParagraph, tableNote, tableTitle } from "./report-paragraphs.ts";

/** Title of the report, also used for its file name. */
export const DEPARTMENT_REPORT_TITLE = "部门整体支出绩效自评报告";

/** Lines of a unit's preamble that name the document (its title, "（2024年度）", "（此页为封面）"), printed by us. */
const TITLE_LINE = /(?:报告|范本)$|^[（(]\s*\d{4}\s*年度?\s*[）)]$|^[（(]此页为封面[）)]$|^附件\s*[\d\-－—]*$/;

/** The document body after the cover: title, 主送, opening, outline, closing, 附件说明, signature, the attached tables. */
export function departmentReportBody(input: DocumentInput): FileChild[] {
  const { dataset, profile, scores } = input;
  const unitName = dataset.unit?.name ?? "未命名单位";
  const filing = dataset.filing;
  const evaluation = dataset.department?.evaluation;
  const score = scores.department;
  const printed = new Printed(filingLines(filing, unitName));

  const attachments: Array<{ title: string; body: FileChild[] }> = [];
  if (dataset.basicData) {
    attachments.push({
      title: `${dataset.year}年度部门整体支出绩效评价基础数据表`,
      body: [
        basicDataTable(dataset, profile),
        tableNote(
          "说明：“项目支出”需要填报基本支出以外的所有项目支出情况，“公用经费”填报基本支出中的一般商品和服务支出。",
        ),
      ],
    });
  }
  const framework = dataset.department?.framework;
  if (framework) {
    attachments.push({
      title: `${dataset.year}年度部门整体绩效自评得分表`,
      body: [frameworkTable(framework, scoreFramework(framework, profile), profile)],
    });
  }
  if (evaluation && score) {
    attachments.push({
      title: `${dataset.year}年度部门整体支出绩效自评表`,
      body: [
        departmentEvaluationTable({
          unitName,
          table: evaluation,
          score,
          profile,
          ...(dataset.department?.goals ? { goals: dataset.department.goals } : {}),
        }),
      ],
    });
  }

  const children: FileChild[] = [];
  // A subtitle that names the year ("（2024年度）", as 西藏 prints it) says it once, under the title.
  const yearInSubtitle = filing?.subtitle?.includes(String(dataset.year)) ?? false;
  children.push(
    titleParagraph(`${unitName}\n${yearInSubtitle ? "" : `${dataset.year}年度`}${DEPARTMENT_REPORT_TITLE}`),
  );
  if (filing?.subtitle) children.push(subtitleParagraph(filing.subtitle));
  if (filing?.addressee) children.push(addresseeParagraph(filing.addressee));
  if (filing?.opening) children.push(...printed.paragraphs(filing.opening, { always: true }));

  const report = arrangeReport(departmentSelfEvaluationSections(dataset.narrative), chooseOutline(dataset, profile));
  for (const section of report.preamble) {
    const lines = section.text.split("\n").filter((line) => !TITLE_LINE.test(line.trim()));
    children.push(...printed.paragraphs(lines.join("\n")));
  }
  const sections = report.sections.map((section) => outlineSection(section, input, printed, score));
  // The unit's closing ("特此报告。", "附：…", its name, the date) is printed once, from `filing`, after the last section.
  // The last paragraph of the body goes with the closing: never a page holding the signature alone.
  children.push(...keepEndWithNext(renderOutline(sections)));
  if (filing?.closing) children.push(closingParagraph(filing.closing));
  const listed = filing?.attachments ?? (filing ? attachments.map((a) => a.title) : []);
  children.push(...attachmentList(listed));
  children.push(
    ...signatureBlock(
      signatureLines({ signature: filing?.signature ?? unitName, date: filing?.date, signOff: input.signOff }),
    ),
  );

  attachments.forEach((attachment, i) => {
    children.push(
      attachmentLabel(attachments.length > 1 ? `附件${i + 1}` : "附件"),
      tableTitle(attachment.title),
      ...attachment.body,
    );
  });
  return children;
}

/** The lines printed so far, so that no line of the unit's text or ours is printed twice. */
class Printed {
  private readonly seen = new Set<string>();
  /** Lines the filing prints itself (署名, 日期, 特此报告 …): never repeated from the unit's text, however short. */
  private readonly filing: ReadonlySet<string>;
  constructor(filing: ReadonlySet<string>) {
    this.filing = filing;
  }

  /** Body paragraphs of `text`, one per line not printed before (`always`: the filing's own lines). */
  paragraphs(text: string, options: { always?: boolean } = {}): Paragraph[] {
    const out: Paragraph[] = [];
    for (const raw of text.split("\n")) {
      const line = raw.trim();
      if (line === "") continue;
      const key = normalizeLine(line);
      // Short lines ("无。") may truly stand in two sections; a sentence may not.
      if (!options.always && (this.filing.has(key) || (key.length >= 8 && this.seen.has(key)))) continue;
      this.seen.add(key);
      out.push(reportParagraph(line));
    }
    return out;
  }
}

function outlineSection(
  section: ArrangedSection,
  input: DocumentInput,
  printed: Printed,
  score: TableScore | null,
): OutlineSection {
  const generated = (kinds: readonly GeneratedContent[]) =>
    kinds.flatMap((kind) => generatedContent(kind, input, printed));
  const first = generated(section.generate);
  // Where figures were generated, a line of the unit's that states one of them wrongly gives way to them.
  const own = section.unit ? unitParagraphs(section.unit, input, printed, score, first.length > 0) : [];
  const paragraphs = [...first, ...own, ...(own.length === 0 ? generated(section.fill) : [])];
  const subsections = section.children.map((child) => outlineSection(child, input, printed, score));
  const empty =
    paragraphs.length === 0 &&
    subsections.every((s) => (s.paragraphs ?? []).length === 0 && (s.subsections ?? []).length === 0);
  if (empty && section.required) paragraphs.push(reportParagraph(flagText("请补充", section.title)));
  // A unit's heading with no text of its own and nothing under it ("二、部门整体支出绩效实现情况" before its （一）)
  // still stands when it has subsections; renderOutline drops only sections with nothing at all.
  return { title: section.title, paragraphs, subsections };
}

/** The unit's text of one section without its letter closing, scores it states checked against the computed ones. */
function unitParagraphs(
  section: NarrativeSection,
  input: DocumentInput,
  printed: Printed,
  score: TableScore | null,
  replaceWrongFigures: boolean,
): Paragraph[] {
  let own = stripLetterClosing(section.text, input.dataset.unit?.name);
  if (replaceWrongFigures) own = withoutContradictedLines(own, input.dataset.year);
  const { dataset, scores, profile } = input;
  return printed.paragraphs(correctContradictedClaims(own, { dataset, scores, profile, subject: score }).text);
}

/**
 * The text without the lines whose figures contradict each other (零陵's "增加6.04元" for 6.04万元, "持平" for a
 * change): the generated sentences before them state those figures right. The dataset's audit still reports the
 * unit's line, so the source is corrected too.
 */
function withoutContradictedLines(text: string, year: number): string {
  const wrong = new Set(
    checkText(text, { year })
      .filter((f) => f.severity === "error")
      .map((f) => f.line),
  );
  return text
    .split("\n")
    .filter((_, i) => !wrong.has(i + 1))
    .join("\n");
}

function generatedContent(kind: GeneratedContent, input: DocumentInput, printed: Printed): Paragraph[] {
  const { dataset, profile } = input;
  const score = input.scores.department;
  const executionRow = dataset.department?.evaluation?.execution.find((row) => row.role === "total");
  const lines = (texts: readonly string[]) => printed.paragraphs(texts.filter((t) => t !== "").join("\n"));
  switch (kind) {
    case "execution": {
      const adjustment = describeBudgetAdjustment(executionRow, {
        ...(dataset.budget?.adjustmentStatement ? { statement: dataset.budget.adjustmentStatement } : {}),
      });
      return lines([score?.execution ? describeExecution(score.execution, executionRow, profile) : "", adjustment]);
    }
    case "indicators": {
      if (!score) return [];
      const groups = groupIndicators(score, profile);
      return [...lines([describeLevelScores(groups, profile)]), ...indicatorParagraphs(groups, profile, dataset.year)];
    }
    case "levelScores":
      return score ? lines([describeLevelScores(groupIndicators(score, profile), profile)]) : [];
    case "totalScore":
      return score ? lines([describeTotalScore(score, profile, "部门整体支出")]) : [];
    case "shortfalls":
      return score ? lines([describeShortfalls(score, profile, { year: dataset.year })]) : [];
    case "spendingScale":
      return dataset.finalAccounts ? lines(describeSpendingScale(dataset.finalAccounts, dataset.year)) : [];
    case "staff":
      return dataset.unit ? lines([describeStaff(dataset.unit, dataset.year)]) : [];
    case "framework": {
      const framework = dataset.department?.framework;
      if (!framework) return [];
      return lines([describeFrameworkScore(framework, scoreFramework(framework, profile), profile)]);
    }
    case "goals": {
      const department = dataset.department;
      const fromTable = (department?.evaluation?.goals ?? []).map((goal) => goal.expected?.trim() ?? "");
      if (fromTable.some((t) => t !== "")) return lines(fromTable);
      return lines([department?.goals?.trim() ?? ""]);
    }
  }
}
