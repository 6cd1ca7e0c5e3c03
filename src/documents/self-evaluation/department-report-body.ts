/**
 * The text of the 部门整体支出绩效自评报告, in the outline the seeds share (000, 001, 003): 一、部门概况 /
 * 二、部门整体支出绩效目标完成情况 (预算执行, 绩效指标, 履职效益, 自评得分) / 三、存在的问题及改进措施 /
 * 四、绩效自评结果拟应用和公开情况, then the 基础数据表 and the 部门整体支出绩效自评表 as attachments.
 *
 * Every figure is generated from the dataset and the computed scores; the unit's own text is used where it wrote
 * the section (matched by title) and is cleared of sentences that contradict the computed score. Sections that carry
 * 决算 figures are generated rather than pasted, which is where seed 001 printed "增加6.04元".
 * @module
 */
import type { FileChild, Paragraph } from "docx";
import type { NarrativeSection } from "../../core/dataset/schema.ts";
import { describeBudgetAdjustment } from "../../core/narrative/self-evaluation/describe-budget-adjustment.ts";
import { describeExecution } from "../../core/narrative/self-evaluation/describe-execution.ts";
import { describeShortfalls } from "../../core/narrative/self-evaluation/describe-shortfalls.ts";
import { describeSpendingScale } from "../../core/narrative/self-evaluation/describe-spending-scale.ts";
import { describeStaff } from "../../core/narrative/self-evaluation/describe-staff.ts";
import { describeLevelScores, describeTotalScore } from "../../core/narrative/self-evaluation/describe-total-score.ts";
import { flagText } from "../../core/narrative/self-evaluation/flag-text.ts";
import { groupIndicators } from "../../core/narrative/self-evaluation/group-indicators.ts";
import { cleanSectionTitle, takeNarrative } from "../../core/narrative/self-evaluation/match-narrative.ts";
import { describeConflicts, reconcileStatedScores } from "../../core/narrative/self-evaluation/reconcile-stated-scores.ts";
import { stripLetterClosing } from "../../core/narrative/self-evaluation/strip-letter-closing.ts";
import type { TableScore } from "../../core/scoring/score-types.ts";
import type { DocumentInput } from "../document-input.ts";
import { heading3, titleParagraph } from "../docx/official-format.ts";
import { basicDataTable } from "./basic-data-table.ts";
import { departmentEvaluationTable } from "./department-evaluation-table.ts";
import { indicatorParagraphs } from "./indicator-paragraphs.ts";
import { type OutlineSection, renderOutline } from "./report-outline.ts";
import {
  attachmentLabel,
  reportParagraph,
  signatureParagraphs,
  tableNote,
  tableTitle,
  textParagraphs,
} from "./report-paragraphs.ts";

/** Title of the report, also used for its file name. */
export const DEPARTMENT_REPORT_TITLE = "部门整体支出绩效自评报告";

/**
 * Title patterns of the unit's own sections, most specific first: each section is used once, so "部门整体支出绩效自评
 * 结果拟应用和公开情况" must be taken as 公开 before the 绩效情况 pattern could see it.
 */
const SLOTS = {
  publicity: /应用|公开/,
  other: /^其他/,
  problems: /问题/,
  measures: /改进|措施|建议|下一步|整改/,
  performance: /绩效情况|履职|成效|工作完成|效益|绩效实现/,
  goals: /(?:绩效|年度|总体)目标$/,
  basic: /基本情况|概况|职责|机构|人员/,
} as const;

type Slot = keyof typeof SLOTS;

/** The whole document body: title, outline, signature and the two attached tables. */
export function departmentReportBody(input: DocumentInput): FileChild[] {
  const { dataset, profile, scores } = input;
  const unitName = dataset.unit?.name ?? "未命名单位";
  const narrative = sortNarrative(dataset.narrative);
  const evaluation = dataset.department?.evaluation;
  const score = scores.department;
  const children: FileChild[] = [titleParagraph(`${unitName}\n${dataset.year}年度${DEPARTMENT_REPORT_TITLE}`)];
  children.push(...renderOutline(outline(input, narrative, score)));
  children.push(...signatureParagraphs(unitName));

  let attachment = 0;
  if (dataset.basicData) {
    attachment++;
    children.push(
      attachmentLabel(`附件${attachment}`),
      tableTitle(`${dataset.year}年度部门整体支出绩效评价基础数据表`),
      basicDataTable(dataset, profile),
      tableNote("说明：“项目支出”需要填报基本支出以外的所有项目支出情况，“公用经费”填报基本支出中的一般商品和服务支出。"),
    );
  }
  if (evaluation && score) {
    attachment++;
    children.push(
      attachmentLabel(`附件${attachment}`),
      tableTitle(`${dataset.year}年度部门整体支出绩效自评表`),
      departmentEvaluationTable({
        unitName,
        table: evaluation,
        score,
        profile,
        ...(dataset.department?.goals ? { goals: dataset.department.goals } : {}),
      }),
    );
  }
  return children;
}

interface SortedNarrative {
  take(slot: Slot): NarrativeSection[];
}

/** Assigns the unit's sections to slots once, in the SLOTS order, so the order of the questions cannot matter. */
function sortNarrative(sections: readonly NarrativeSection[]): SortedNarrative {
  const used = new Set<number>();
  const bySlot = new Map<Slot, NarrativeSection[]>();
  for (const slot of Object.keys(SLOTS) as Slot[]) bySlot.set(slot, takeNarrative(sections, SLOTS[slot], used));
  return { take: (slot) => bySlot.get(slot) ?? [] };
}

function outline(input: DocumentInput, narrative: SortedNarrative, score: TableScore | null): OutlineSection[] {
  const { dataset, profile } = input;
  const evaluation = dataset.department?.evaluation;
  const executionRow = evaluation?.execution.find((row) => row.role === "total");
  const userText = (slot: Slot) => narrativeParagraphs(narrative.take(slot), score, input);

  const basic = userText("basic");
  const staff = dataset.unit ? describeStaff(dataset.unit, dataset.year) : "";
  const goals = goalParagraphs(input, narrative);
  const spending = dataset.finalAccounts ? describeSpendingScale(dataset.finalAccounts, dataset.year) : [];

  const execution: Paragraph[] = [];
  if (score?.execution) execution.push(reportParagraph(describeExecution(score.execution, executionRow, profile)));
  const adjustment = describeBudgetAdjustment(executionRow, {
    ...(dataset.budget?.adjustmentStatement ? { statement: dataset.budget.adjustmentStatement } : {}),
  });
  if (adjustment !== "") execution.push(reportParagraph(adjustment));

  const problems = [
    ...(score ? [describeShortfalls(score, profile, { year: dataset.year })].filter((s) => s !== "").map(reportParagraph) : []),
    ...userText("problems"),
  ];
  const measures = userText("measures");
  const publicity = userText("publicity");
  return [
    {
      title: "部门概况",
      subsections: [
        { title: "部门基本情况", paragraphs: basic.length > 0 ? basic : staff !== "" ? [reportParagraph(staff)] : [] },
        { title: "部门整体支出绩效目标", paragraphs: goals },
        { title: "部门整体收支情况", paragraphs: spending.map(reportParagraph) },
      ],
    },
    {
      title: "部门整体支出绩效目标完成情况",
      subsections: [
        { title: "预算执行情况", paragraphs: execution },
        { title: "绩效指标完成情况", paragraphs: score ? indicatorSection(score, input) : [] },
        { title: "履职效益情况", paragraphs: userText("performance") },
        {
          title: "自评得分及等级",
          paragraphs: score ? [reportParagraph(describeTotalScore(score, profile, "部门整体支出"))] : [],
        },
      ],
    },
    {
      title: "存在的问题及改进措施",
      subsections: [
        {
          title: "存在的问题",
          paragraphs: problems.length > 0 ? problems : [reportParagraph(flagText("请补充", "存在的问题及原因分析"))],
        },
        {
          title: "改进措施",
          paragraphs: measures.length > 0 ? measures : [reportParagraph(flagText("请补充", "下一步改进措施"))],
        },
      ],
    },
    {
      title: "绩效自评结果拟应用和公开情况",
      paragraphs: publicity.length > 0 ? publicity : [reportParagraph(flagText("请补充", "自评结果的应用和公开方式"))],
    },
    { title: "其他需要说明的情况", paragraphs: userText("other") },
  ];
}

function goalParagraphs(input: DocumentInput, narrative: SortedNarrative): Paragraph[] {
  const department = input.dataset.department;
  const fromTable = (department?.evaluation?.goals ?? [])
    .map((goal) => goal.expected?.trim() ?? "")
    .filter((text) => text !== "");
  const written = department?.goals?.trim();
  const fromNarrative = narrativeParagraphs(narrative.take("goals"), input.scores.department, input);
  if (fromTable.length > 0) return fromTable.flatMap(textParagraphs);
  if (written) return textParagraphs(written);
  return fromNarrative;
}

/** The level sums, then one heading per 一级 with a sentence per indicator. */
function indicatorSection(score: TableScore, input: DocumentInput): Paragraph[] {
  const groups = groupIndicators(score, input.profile);
  const summary = describeLevelScores(groups, input.profile);
  return [
    ...(summary === "" ? [] : [reportParagraph(summary)]),
    ...indicatorParagraphs(groups, input.profile, input.dataset.year),
  ];
}

/**
 * The unit's sections as paragraphs; a section beyond the first keeps its own title as a sub-heading, and sentences
 * that state a score the computation does not give are replaced by a flag.
 */
function narrativeParagraphs(sections: readonly NarrativeSection[], score: TableScore | null, input: DocumentInput): Paragraph[] {
  return sections.flatMap((section, i) => {
    const heading = sections.length > 1 ? [heading3(`${i + 1}.${cleanSectionTitle(section.title)}`)] : [];
    const own = stripLetterClosing(section.text, input.dataset.unit?.name);
    if (!score) return [...heading, ...textParagraphs(own)];
    const { text, conflicts } = reconcileStatedScores(own, score, input.profile);
    const flags = describeConflicts(conflicts);
    return [...heading, ...textParagraphs(text), ...(flags === "" ? [] : [reportParagraph(flags)])];
  });
}
