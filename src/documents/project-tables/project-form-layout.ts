/**
 * The 四川 部门预算项目支出绩效自评表 (report code 510000_0013zp) of one project as rows of cells on a 12-column grid,
 * laid out as seed 004 prints it: 项目名称 / 主管部门 / 实施单位（盖章）; 项目基本情况; 预算执行情况; 绩效指标; 合计;
 * 评价结论 / 存在问题 / 改进措施; 项目负责人 / 财务负责人; and the form's printed notes. The Word and the Excel builders
 * both draw this one description, so the two files show the same cells, merges and digits.
 *
 * Columns: A section labels · B 一级指标 · C 二级指标 · D–E 三级指标 · F 指标性质 · G 指标值 · H 度量单位 · I 完成值 ·
 * J 权重 · K 得分 · L 未完成原因分析. The 预算执行情况 rows use the same lines: B–C 年度预算数 (the row labels), D 年初预算,
 * E 调整后预算数, F–G 预算执行数, H–I 预算执行率, J 权重, K 得分, L 原因 — so the figures get narrow columns and
 * the reasons a wide one, and 权重/得分 stand in one column down the whole form.
 * @module
 */
import type { Project } from "../../core/dataset/schema.ts";
import { Dec, formatTrimmed } from "../../core/numbers/decimal.ts";
import { tableConclusion } from "../../core/narrative/self-evaluation/table-conclusion.ts";
import type { RuleProfile } from "../../core/profiles/profile-schema.ts";
import type { TableScore } from "../../core/scoring/score-types.ts";
import { score } from "../xlsx/figure.ts";
import { figureCell, type SheetCell, textCell } from "../xlsx/sheet-cell.ts";
import { executionFormRows } from "./execution-form-rows.ts";
import { indicatorFormRows } from "./indicator-form-rows.ts";

export const PROJECT_FORM_TITLE = "部门预算项目支出绩效自评表";

export interface ProjectFormOptions {
  project: Project;
  /** The computed scores of the project's table; null when it has no evaluation table. */
  score: TableScore | null;
  profile: RuleProfile;
  year: number;
}

export interface ProjectForm {
  /** "部门预算项目支出绩效自评表（2023年度）". */
  title: string;
  rows: SheetCell[][];
  /** The notes printed under the form, one per line. */
  notes: string[];
}

const BASE_NAME = { adjusted: "调整后预算数", initial: "年初预算" } as const;

/** Lays out one project's form; every figure comes from the dataset or the computed scores. */
export function layoutProjectForm(options: ProjectFormOptions): ProjectForm {
  const { project, profile } = options;
  const table = project.evaluation;
  const executionWeight = table?.executionWeight ?? profile.execution.weight;
  const indicatorWeight = table?.indicatorSectionWeight ?? profile.indicatorWeight;
  const left = { align: "left" } as const;
  const rows: SheetCell[][] = [
    [
      textCell("项目名称", { bold: true }),
      textCell(project.code ? `${project.code}-${project.name}` : project.name, { colSpan: 11, ...left }),
    ],
    [
      textCell("主管部门", { bold: true }),
      textCell(project.department ?? "", { colSpan: 5, ...left }),
      textCell("实施单位（盖章）", { colSpan: 2, bold: true }),
      textCell(project.implementer ?? "", { colSpan: 4, ...left }),
    ],
    [
      textCell("项目基本情况", { rowSpan: 3, bold: true }),
      textCell("1.项目年度目标完成情况", { colSpan: 2, rowSpan: 2 }),
      textCell("项目年度目标", { colSpan: 5, bold: true }),
      textCell("年度目标完成情况", { colSpan: 4, bold: true }),
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
      textCell("评价结论", { bold: true }),
      textCell(tableConclusion(project.conclusion, options.score, profile), { colSpan: 11, ...left }),
    ],
    [textCell("存在问题", { bold: true }), textCell(project.problems ?? "", { colSpan: 11, ...left })],
    [textCell("改进措施", { bold: true }), textCell(project.measures ?? "", { colSpan: 11, ...left })],
    [
      textCell(`项目负责人：${project.projectLead ?? ""}`, { colSpan: 6, ...left }),
      textCell(`财务负责人：${project.financeLead ?? ""}`, { colSpan: 6, ...left }),
    ],
  ];
  return { title: `${PROJECT_FORM_TITLE}（${options.year}年度）`, rows, notes: formNotes(profile) };
}

/** 合计 | total weight | total score, both as computed (Σ weights and Σ final scores plus the execution part). */
function totalRow(options: ProjectFormOptions): SheetCell[] {
  const decimals = options.profile.rounding.totalDecimals;
  const computed = options.score;
  return [
    textCell("合计", { colSpan: 9, bold: true }),
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
