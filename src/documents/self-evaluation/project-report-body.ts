/**
 * The text of one 项目支出绩效自评报告 (seed 004 附件2-x; outline of 财预〔2020〕10号): 一、项目概况 /
 * 二、项目资金使用及管理情况 / 三、项目实施及管理情况 / 四、项目绩效情况 / 五、存在的问题及改进措施 /
 * 六、其他需要说明的情况, generated from the project's fields and its computed score.
 *
 * The unit's 评价结论 is kept, a total, execution rate or deduction the computation does not give printed as computed
 * (seed 004 prints "自评得分98分" for tables that add to 89.47; the audit's STATED-CLAIM-CONTRADICTED reports the
 * unit's sentence); sentences refer
 * to "本项目" rather than repeating a project name that may carry another year ("2022年度关爱儿童示范岗补助经费").
 * @module
 */
import type { FileChild, Paragraph } from "docx";
import type { Dataset, Project } from "../../core/dataset/schema.ts";
import { describeBudgetAdjustment } from "../../core/narrative/self-evaluation/describe-budget-adjustment.ts";
import {
  describeExecution,
  PROJECT_EXECUTION_LABELS,
} from "../../core/narrative/self-evaluation/describe-execution.ts";
import { describeFundingSources } from "../../core/narrative/self-evaluation/describe-funding-sources.ts";
import { describeShortfalls } from "../../core/narrative/self-evaluation/describe-shortfalls.ts";
import { describeLevelScores, describeTotalScore } from "../../core/narrative/self-evaluation/describe-total-score.ts";
import { flagText } from "../../core/narrative/self-evaluation/flag-text.ts";
import { groupIndicators } from "../../core/narrative/self-evaluation/group-indicators.ts";
import { quoted } from "../../core/narrative/self-evaluation/inline-text.ts";
import { signatureLines } from "../../core/narrative/self-evaluation/signature-lines.ts";
import { stripLetterClosing } from "../../core/narrative/self-evaluation/strip-letter-closing.ts";
import type { RuleProfile } from "../../core/profiles/profile-schema.ts";
import { correctContradictedClaims } from "../../core/prose/contradicted-claims.ts";
import type { DatasetScores, TableScore } from "../../core/scoring/score-types.ts";
import type { SignOff } from "../../core/workflow/current-sign-off.ts";
import { keepEndWithNext } from "../docx/keep-with-next.ts";
import { titleParagraph } from "../docx/official-format.ts";
import { indicatorParagraphs } from "./indicator-paragraphs.ts";
import { type OutlineSection, renderOutline } from "./report-outline.ts";
import { signatureBlock } from "./filing-blocks.ts";
import { reportParagraph, textParagraphs } from "./report-paragraphs.ts";

/** Title of every project report; the project name follows it in the file name. */
export const PROJECT_REPORT_TITLE = "项目支出绩效自评报告";

export interface ProjectReportOptions {
  dataset: Dataset;
  project: Project;
  score: TableScore;
  profile: RuleProfile;
  /** Every table's score, against which the unit's stated figures are checked. */
  scores: DatasetScores;
  /** The 单位负责人's sign-off, printed in the signature block. */
  signOff?: SignOff | undefined;
}

/** Title, outline and signature of one project's report. */
export function projectReportBody(options: ProjectReportOptions): FileChild[] {
  const { dataset, project } = options;
  const unitName = dataset.unit?.name ?? "未命名单位";
  return [
    // Three lines, so a line break never falls inside "项目支出"; the year stays on the line with the title, where
    // readers (and the prose audit) look for the report year.
    titleParagraph(`${unitName}\n${quoted(project.name.trim())}\n${dataset.year}年度${PROJECT_REPORT_TITLE}`),
    // The last paragraph goes with the signature: never a page holding it alone.
    ...keepEndWithNext(renderOutline(projectOutline(options))),
    // Signed as the unit's filing is, on its date (凉山: 2024年1月15日), never a blank "年 月 日".
    ...signatureBlock(signatureLines({ signature: unitName, date: dataset.filing?.date, signOff: options.signOff })),
  ];
}

function projectOutline({ dataset, project, score, profile, scores }: ProjectReportOptions): OutlineSection[] {
  const rows = project.evaluation?.execution ?? [];
  const total = rows.find((row) => row.role === "total");
  const funding: Paragraph[] = [];
  if (score.execution)
    funding.push(reportParagraph(describeExecution(score.execution, total, profile, PROJECT_EXECUTION_LABELS)));
  const sources = describeFundingSources(rows);
  if (sources !== "") funding.push(reportParagraph(sources));
  const adjustment = describeBudgetAdjustment(total, { labels: PROJECT_EXECUTION_LABELS });

  const groups = groupIndicators(score, profile);
  const levelScores = describeLevelScores(groups, profile);
  const shortfalls = describeShortfalls(score, profile, { year: dataset.year });
  const problems = ownText(project.problems);

  return [
    {
      title: "项目概况",
      subsections: [
        { title: "项目基本情况", paragraphs: profileLines(project).map(reportParagraph) },
        { title: "项目绩效目标", paragraphs: ownOrFlag(project.goals, "项目年度绩效目标") },
      ],
    },
    {
      title: "项目资金使用及管理情况",
      subsections: [
        { title: "预算执行情况", paragraphs: funding },
        { title: "预算调整情况", paragraphs: adjustment === "" ? [] : [reportParagraph(adjustment)] },
      ],
    },
    {
      title: "项目实施及管理情况",
      subsections: [
        { title: "项目实施内容及过程", paragraphs: ownOrFlag(project.process, "项目实施内容及过程概述") },
        { title: "年度目标完成情况", paragraphs: ownOrFlag(project.goalCompletion, "年度目标完成情况") },
      ],
    },
    {
      title: "项目绩效情况",
      subsections: [
        {
          title: "绩效指标完成情况",
          paragraphs: [
            ...(levelScores === "" ? [] : [reportParagraph(levelScores)]),
            ...indicatorParagraphs(groups, profile, dataset.year),
          ],
        },
        { title: "自评得分及等级", paragraphs: [reportParagraph(describeTotalScore(score, profile, "本项目"))] },
        { title: "评价结论", paragraphs: conclusionParagraphs({ dataset, project, score, profile, scores }) },
      ],
    },
    {
      title: "存在的问题及改进措施",
      subsections: [
        {
          title: "存在的问题",
          paragraphs: [
            ...(shortfalls === "" ? [] : [reportParagraph(shortfalls)]),
            // "无" beside a listed shortfall would contradict it; alone it is the unit's answer.
            ...(problems === "" || (shortfalls !== "" && isNone(problems)) ? [] : textParagraphs(problems)),
            ...(problems === "" && shortfalls === "" ? [reportParagraph(flagText("请补充", "存在的问题"))] : []),
          ],
        },
        { title: "改进措施", paragraphs: ownOrFlag(project.measures, "改进措施") },
      ],
    },
    { title: "其他需要说明的情况", paragraphs: signatories(project).map(reportParagraph) },
  ];
}

/** "项目名称：…", "项目编码：…" and the other identifying fields the dataset has. */
function profileLines(project: Project): string[] {
  const fields: [string, string | undefined][] = [
    ["项目名称", project.name],
    ["项目编码", project.code],
    ["项目类别", project.category],
    ["主管部门", project.department],
    ["实施单位", project.implementer],
  ];
  return fields.flatMap(([label, value]) => (value?.trim() ? [`${label}：${value.trim()}。`] : []));
}

function conclusionParagraphs({ dataset, project, score, profile, scores }: ProjectReportOptions): Paragraph[] {
  const conclusion = stripLetterClosing(ownText(project.conclusion));
  if (conclusion === "") return [];
  const { text } = correctContradictedClaims(conclusion, { dataset, scores, profile, subject: score, ownReport: true });
  return textParagraphs(text);
}

function signatories(project: Project): string[] {
  const names = [
    project.projectLead?.trim() ? `项目负责人：${project.projectLead.trim()}` : "",
    project.financeLead?.trim() ? `财务负责人：${project.financeLead.trim()}` : "",
  ].filter((s) => s !== "");
  return names.length === 0 ? [] : [`${names.join("；")}。`];
}

function ownText(text: string | undefined): string {
  return text?.trim() ?? "";
}

function ownOrFlag(text: string | undefined, what: string): Paragraph[] {
  const own = ownText(text);
  return own === "" ? [reportParagraph(flagText("请补充", what))] : textParagraphs(own);
}

function isNone(text: string): boolean {
  return /^(?:无|暂无|没有)[。.]?$/.test(text);
}
