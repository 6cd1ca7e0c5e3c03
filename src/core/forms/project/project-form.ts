/**
 * The 四川 部门预算项目支出绩效自评表 (report code 510000_0013zp) of one project as rows of cells on a 12-column grid,
 * laid out as seed 004 prints it: 项目名称 / 主管部门 / 实施单位（盖章）; 项目基本情况; 预算执行情况; 绩效指标; 合计;
 * 评价结论 / 存在问题 / 改进措施; 项目负责人 / 财务负责人; and the form's printed notes. The Word and the Excel builders
 * both draw this one `Form`, so the two files show the same cells, merges and digits.
 *
 * Columns: A section labels · B 一级指标 · C 二级指标 · D–E 三级指标 · F 指标性质 · G 指标值 · H 度量单位 · I 完成值 ·
 * J 权重 · K 得分 · L 未完成原因分析. The 预算执行情况 rows use the same lines: B–C 年度预算数 (the row labels), D 年初预算,
 * E 调整后预算数, F–G 预算执行数, H–I 预算执行率, J 权重, K 得分, L 原因 — so the figures get narrow columns and
 * the reasons a wide one, and 权重/得分 stand in one column down the whole form.
 * @module
 */
import type { Project } from "../../dataset/schema.ts";
import { Dec, formatTrimmed } from "../../numbers/decimal.ts";
import { tableConclusion } from "../../narrative/self-evaluation/table-conclusion.ts";
import type { RuleProfile } from "../../profiles/profile-schema.ts";
import type { TableScore } from "../../scoring/score-types.ts";
import { score } from "../figure.ts";
import { figureCell, type Form, type FormCell, textCell } from "../form.ts";
import { executionFormRows } from "./execution-rows.ts";
import { indicatorFormRows } from "./indicator-rows.ts";

export const PROJECT_FORM_TITLE = "部门预算项目支出绩效自评表";

export interface ProjectFormOptions {
  project: Project;
  /** The computed scores of the project's table; null when it has no evaluation table. */
  score: TableScore | null;
  profile: RuleProfile;
  year: number;
}

/**
 * Millimetres of columns A–L (10, 12, 14, 15, 15, 9, 12, 10, 12, 9, 13, 25): they add up to the 156 mm type area.
 * Figures get just their width at 小五 (得分 holds "119.47" on one line), prose (三级指标, 原因) the rest.
 */
const COLUMN_WIDTHS = [10, 12, 14, 15, 15, 9, 12, 10, 12, 9, 13, 25] as const;

const BASE_NAME = { adjusted: "调整后预算数", initial: "年初预算" } as const;

/** Lays out one project's form; every figure comes from the dataset or the computed scores. */
export function buildProjectForm(options: ProjectFormOptions, name = PROJECT_FORM_TITLE): Form {
  const { project, profile } = options;
  const table = project.evaluation;
  const executionWeight = table?.executionWeight ?? profile.execution.weight;
  const indicatorWeight = table?.indicatorSectionWeight ?? profile.indicatorWeight;
  const left = { align: "left" } as const;
  const rows: FormCell[][] = [
    [
      textCell("项目名称", { header: true }),
      textCell(project.code ? `${project.code}-${project.name}` : project.name, { colSpan: 11, ...left }),
    ],
    [
      textCell("主管部门", { header: true }),
      textCell(project.department ?? "", { colSpan: 5, ...left }),
      textCell("实施单位（盖章）", { colSpan: 2, header: true }),
      textCell(project.implementer ?? "", { colSpan: 4, ...left }),
    ],
    [
      textCell("项目基本情况", { rowSpan: 3, header: true }),
      textCell("1.项目年度目标完成情况", { colSpan: 2, rowSpan: 2 }),
      textCell("项目年度目标", { colSpan: 5, header: true }),
      textCell("年度目标完成情况", { colSpan: 4, header: true }),
    ],
    [
      textCell(project.goals ?? "", { colSpan: 5, ...left }),
      textCell(project.goalCompletion ?? "", { colSpan: 4, ...left }),
    ],
    [textCell("2.项目实施内容及过程概述", { colSpan: 2 }), textCell(project.process ?? "", { colSpan: 9, ...left })],
    ...executionFormRows({
      table,
      score: options.score,
      profile,
      label: `预算执行情况（${points(executionWeight)}分）`,
    }),
    ...indicatorFormRows({ table, score: options.score, profile, label: `绩效指标（${points(indicatorWeight)}分）` }),
    totalRow(options),
    [
      textCell("评价结论", { header: true }),
      textCell(tableConclusion(project.conclusion, options.score, profile), { colSpan: 11, ...left }),
    ],
    [textCell("存在问题", { header: true }), textCell(project.problems ?? "", { colSpan: 11, ...left })],
    [textCell("改进措施", { header: true }), textCell(project.measures ?? "", { colSpan: 11, ...left })],
    [
      textCell(`项目负责人：${project.projectLead ?? ""}`, { colSpan: 6, ...left }),
      textCell(`财务负责人：${project.financeLead ?? ""}`, { colSpan: 6, ...left }),
    ],
  ];
  return {
    name,
    title: `${PROJECT_FORM_TITLE}（${options.year}年度）`,
    columnWidths: COLUMN_WIDTHS,
    // 项目名称 and 主管部门 stay in view in Excel and head every printed page.
    headerRows: 2,
    rows,
    // The form prints its three notes as one paragraph.
    notes: [formNotes(profile).join("")],
    landscape: true,
    // 小五 with single spacing: the form's twelve columns need it, and a seven-indicator form stays on two pages.
    textSize: 9,
    dense: true,
  };
}

/** 合计 | total weight | total score, both as computed (Σ weights and Σ final scores plus the execution part). */
function totalRow(options: ProjectFormOptions): FormCell[] {
  const decimals = options.profile.rounding.totalDecimals;
  const computed = options.score;
  return [
    textCell("合计", { colSpan: 9, header: true }),
    computed ? figureCell(score(computed.totalWeight, decimals)) : textCell(""),
    computed ? figureCell(score(computed.total, decimals)) : textCell(""),
    textCell(""),
  ];
}

function points(weight: string): string {
  return formatTrimmed(new Dec(weight), 2);
}

/**
 * The form's notes, with the rate's base and the reason threshold taken from the profile so the note states the rule
 * the table was actually scored by.
 */
function formNotes(profile: RuleProfile): string[] {
  const threshold = profile.execution.reasonBelowRate;
  const reason = threshold === undefined ? "" : `，预算执行率未达到${points(threshold)}%的需说明原因（100字以内）`;
  return [
    `注：1.预算执行率=预算执行数/${BASE_NAME[profile.execution.base]}${reason}；`,
    "2.年中发生预算调整的（追加或调减），应单独说明理由；",
    "3.其他资金包括：社会投入资金、银行贷款。",
  ];
}
