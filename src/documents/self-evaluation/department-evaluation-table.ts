/**
 * The 部门整体支出绩效自评表 as a Word table laid out like seed 001 (湖南, rules §1.7(c)): 年度预算申请（万元）
 * merged down the execution block (年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分, then 按收入性质分 and
 * 按支出性质分), 年度总体目标 (预期目标 | 实际完成情况), 绩效指标 merged down the indicator block with 一级 and 二级
 * merged down their rows, and the 总分 row. Scores are the computed ones, rounded half-up at display.
 *
 * One grid of ten columns serves both blocks: the execution figures sit in the columns the indicator block uses for
 * 三级 (split in two), 指标值, 完成值, 分值+得分 and 偏差原因, so neither block needs odd widths.
 * @module
 */
import type { FileChild } from "docx";
import type { EvaluationTable, ExecutionRow } from "../../core/dataset/schema.ts";
import { type Fen, sumFen, wanToFen } from "../../core/money/fen.ts";
import { flagForUnscorable } from "../../core/narrative/self-evaluation/describe-indicator-result.ts";
import { reasonDemand } from "../../core/scoring/reason-rule.ts";
import { flagText } from "../../core/narrative/self-evaluation/flag-text.ts";
import { groupIndicators, rowCount } from "../../core/narrative/self-evaluation/group-indicators.ts";
import { indicatorReason } from "../../core/narrative/self-evaluation/indicator-reason.ts";
import { actualText, targetText } from "../../core/narrative/self-evaluation/indicator-value-text.ts";
import { DASH, formatTrimmed } from "../../core/numbers/decimal.ts";
import type { RuleProfile } from "../../core/profiles/profile-schema.ts";
import type { IndicatorScore, TableScore } from "../../core/scoring/score-types.ts";
import { type GridCell, gridTable } from "../docx/grid-table.ts";
import { cellParagraphs } from "./report-paragraphs.ts";
import { showAmount, showPercent } from "../../core/display/show-number.ts";

/**
 * Twips; they add up to the 156 mm type area. 小五 (9 pt) in the cells, as the printed forms use, fits "产出指标" on
 * one line of the 一级 column and keeps the table to about two pages.
 */
const COLUMN_WIDTHS = [560, 860, 860, 900, 900, 1000, 1000, 560, 560, 1644] as const;
const FONT_SIZE = 18;

export interface DepartmentEvaluationTableOptions {
  unitName: string;
  table: EvaluationTable;
  score: TableScore;
  profile: RuleProfile;
  /** Used when the table itself lists no 年度总体目标 (dataset `department.goals`). */
  goals?: string;
}

/** Builds the 部门整体支出绩效自评表. */
export function departmentEvaluationTable(options: DepartmentEvaluationTableOptions): FileChild {
  const rows: GridCell[][] = [
    [
      { text: "预算部门名称", colSpan: 3 },
      { text: options.unitName, colSpan: 7, align: "left" },
    ],
    ...executionRows(options),
    ...goalRows(options),
    ...indicatorRows(options),
    totalRow(options),
  ];
  return gridTable({ columnWidths: COLUMN_WIDTHS, rows, fontSize: FONT_SIZE });
}

function executionRows({ table, score, profile }: DepartmentEvaluationTableOptions): GridCell[][] {
  const total = table.execution.find((row) => row.role === "total");
  const execution = score.execution;
  const places = profile.rounding.indicatorDecimals;
  const { income, nature } = breakdownLines(table.execution);
  const lineCount = Math.max(income.length, nature.length);
  const lines: GridCell[][] = [];
  for (let i = 0; i < lineCount; i++) {
    lines.push([
      { text: income[i] ?? "", colSpan: 4, align: "left" },
      { text: nature[i] ?? "", colSpan: 5, align: "left" },
    ]);
  }
  return [
    [
      { text: "年度预算申请（万元）", rowSpan: 3 + lineCount },
      { text: "", colSpan: 2 },
      { text: "年初预算数" },
      { text: "全年预算数" },
      { text: "全年执行数" },
      { text: "分值" },
      { text: "执行率", colSpan: 2 },
      { text: "得分" },
    ],
    [
      { text: "年度资金总额", colSpan: 2 },
      { text: wanCell(total?.initial) },
      { text: wanCell(total?.adjusted) },
      { text: wanCell(total?.executed) },
      { text: execution ? formatTrimmed(execution.weight, places) : "" },
      { text: showPercent(execution?.rate, profile.rounding.rateDecimals), colSpan: 2 },
      { text: execution?.score ? formatTrimmed(execution.score, places) : DASH },
    ],
    [
      { text: "按收入性质分：", colSpan: 4, align: "left" },
      { text: "按支出性质分：", colSpan: 5, align: "left" },
    ],
    ...lines,
  ];
}

const INCOME_LINES = ["一般公共预算", "政府性基金拨款", "纳入专户管理的非税收入拨款", "其他资金"] as const;
const NATURE_LINES = ["基本支出", "项目支出"] as const;

/**
 * The 按收入性质分 / 按支出性质分 lines of the form, filled from the execution block's part rows. The form gives one
 * figure per line; like seed 001 it shows the 执行数, or the budget where no 执行数 was entered.
 */
function breakdownLines(execution: readonly ExecutionRow[]): { income: string[]; nature: string[] } {
  const byIncome = new Map<string, Fen[]>();
  const byNature = new Map<string, Fen[]>();
  for (const row of execution) {
    if (row.role !== "part") continue;
    const amount = row.executed ?? row.adjusted ?? row.initial;
    if (amount === undefined) continue;
    if (row.source !== undefined) push(byIncome, incomeLineOf(row.source), wanToFen(amount));
    if (row.nature === "basic") push(byNature, "基本支出", wanToFen(amount));
    if (row.nature === "project") push(byNature, "项目支出", wanToFen(amount));
  }
  const line = (name: string, amounts: Map<string, Fen[]>, i: number) => {
    const values = amounts.get(name);
    return `${i === 0 ? "其中：" : ""}${name}：${values ? showAmount(sumFen(values)) : ""}`;
  };
  return {
    income: INCOME_LINES.map((name, i) => line(name, byIncome, i)),
    nature: NATURE_LINES.map((name, i) => line(name, byNature, i)),
  };
}

function incomeLineOf(source: NonNullable<ExecutionRow["source"]>): (typeof INCOME_LINES)[number] {
  if (source === "generalBudget" || source === "fiscal") return "一般公共预算";
  if (source === "governmentFund") return "政府性基金拨款";
  if (source === "specialAccount") return "纳入专户管理的非税收入拨款";
  return "其他资金";
}

function push(map: Map<string, Fen[]>, key: string, value: Fen): void {
  map.set(key, [...(map.get(key) ?? []), value]);
}

function goalRows({ table, goals }: DepartmentEvaluationTableOptions): GridCell[][] {
  const listed = table.goals.filter((goal) => (goal.expected ?? "").trim() !== "" || (goal.actual ?? "").trim() !== "");
  const entries = listed.length > 0 ? listed : [{ expected: goals ?? "", actual: "" }];
  return [
    [
      { text: "年度总体目标", colSpan: 2, rowSpan: 1 + entries.length },
      { text: "预期目标", colSpan: 6 },
      { text: "实际完成情况", colSpan: 2 },
    ],
    // 预期目标 gets the wide part: it is the long text (seed 001: four numbered goals), 实际完成情况 often one line.
    ...entries.map((goal) => [
      flaggedCell(goal.expected?.trim() || flagText("请补充", "预期目标"), 6),
      flaggedCell(goal.actual?.trim() || flagText("请补充", "实际完成情况"), 2),
    ]),
  ];
}

function indicatorRows({ score, profile }: DepartmentEvaluationTableOptions): GridCell[][] {
  const places = profile.rounding.indicatorDecimals;
  const groups = groupIndicators(score, profile);
  const rows: GridCell[][] = [
    [
      { text: "绩\n效\n指\n标", rowSpan: 1 + score.indicators.length },
      { text: "一级指标" },
      { text: "二级指标" },
      { text: "三级指标", colSpan: 2 },
      { text: "年度指标值" },
      { text: "实际完成值" },
      { text: "分值" },
      { text: "得分" },
      { text: "偏差原因分析及改进措施" },
    ],
  ];
  for (const group of groups) {
    group.level2Groups.forEach((sub, subIndex) => {
      sub.items.forEach((scored, itemIndex) => {
        const cells: GridCell[] = [];
        if (subIndex === 0 && itemIndex === 0) {
          const points = group.weight.isZero() ? "" : `\n（${formatTrimmed(group.weight, places)}分）`;
          const label = group.level1 === "" ? "" : `${group.level1}${points}`;
          cells.push({ text: label, rowSpan: rowCount(group) });
        }
        if (itemIndex === 0) cells.push({ text: sub.level2 ?? "", rowSpan: sub.items.length });
        cells.push(
          { text: scored.indicator.level3.trim(), colSpan: 2, align: "left" },
          { text: targetText(scored.indicator) },
          { text: actualText(scored.indicator, scored.unitConverted) },
          { text: scored.indicator.weight === undefined ? "" : formatTrimmed(scored.weight, places) },
          { text: scored.final === null ? DASH : formatTrimmed(scored.final, places) },
          flaggedCell(reasonCell(scored, profile), 1),
        );
        rows.push(cells);
      });
    });
  }
  return rows;
}

/** What the 偏差原因 column shows: the unit's reason, or a flag where the rules require one and none is given. */
export function reasonCell(scored: IndicatorScore, profile: RuleProfile): string {
  const { text, flags } = indicatorReason(scored, profile);
  if (text !== null) return `${text}${flags}`;
  if (scored.status === "unscorable") return flagForUnscorable(scored.explanation);
  if (scored.status === "overAchieved" && profile.reasonRequired.overAchievement)
    return flagText("请补充", "超额完成原因") + flags;
  if (reasonDemand(scored, profile)?.kind === "belowWeight") return flagText("请补充", "偏差原因") + flags;
  return flags;
}

function totalRow({ score, profile }: DepartmentEvaluationTableOptions): GridCell[] {
  const places = profile.rounding.totalDecimals;
  return [
    { text: "总分", colSpan: 7, bold: true },
    { text: score.grade === null ? DASH : formatTrimmed(score.totalWeight, places), bold: true },
    { text: score.grade === null ? DASH : formatTrimmed(score.total, places), bold: true },
    { text: score.grade === null ? DASH : `等级：${score.grade}`, bold: true },
  ];
}

function wanCell(wan: string | undefined): string {
  return wan === undefined ? "" : showAmount(wanToFen(wan));
}

/** A cell whose flags are highlighted; `text` keeps the plain content for readers of the row. */
export function flaggedCell(text: string, colSpan: number): GridCell {
  return { text, colSpan, align: "left", paragraphs: cellParagraphs(text, { size: FONT_SIZE, align: "left" }) };
}
