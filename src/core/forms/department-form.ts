/**
 * The 部门整体支出绩效自评表 as a `Form`, laid out like seed 001 (湖南, rules §1.7(c)): 年度预算申请（万元） merged
 * down the execution block (年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分, then 按收入性质分 and
 * 按支出性质分), 年度总体目标 (预期目标 | 实际完成情况), 绩效指标 merged down the indicator block with 一级 and 二级
 * merged down their rows, and the 总分 row. Scores are the computed ones; target and actual texts are core's
 * (`indicator-value-text.ts`), so 零陵's 受众人数 prints "25000" against "≥2万人次" — never "25000万人次".
 *
 * One grid of ten columns serves both blocks: the execution figures sit in the columns the indicator block uses for
 * 三级 (split in two), 指标值, 完成值, 分值+得分 and 偏差原因, so neither block needs odd widths.
 * @module
 */
import type { EvaluationTable, ExecutionRow } from "../dataset/schema.ts";
import { showAmount } from "../display/show-number.ts";
import { type Fen, sumFen, wanToFen } from "../money/fen.ts";
import { hasFlag } from "../narrative/self-evaluation/flag-text.ts";
import { groupIndicators, rowCount } from "../narrative/self-evaluation/group-indicators.ts";
import { actualText, targetText } from "../narrative/self-evaluation/indicator-value-text.ts";
import { formatTrimmed } from "../numbers/decimal.ts";
import type { RuleProfile } from "../profiles/profile-schema.ts";
import type { TableScore } from "../scoring/score-types.ts";
import { money, percent, score as scoreFigure } from "./figure.ts";
import { figureCell, type Form, type FormCell, headerCell, textCell } from "./form.ts";
import { reasonCellText } from "./indicator-reason-cell.ts";

export const DEPARTMENT_FORM_NAME = "部门整体支出绩效自评表";

/** Relative widths (the twips of the 156 mm type area, 8 844 in all). */
const COLUMN_WIDTHS = [560, 860, 860, 900, 900, 1000, 1000, 560, 560, 1644] as const;

export interface DepartmentFormOptions {
  unitName: string;
  /** The year in the title; a report attachment prints its own title and may leave it out. */
  year?: number;
  table: EvaluationTable;
  score: TableScore;
  profile: RuleProfile;
  /** Used when the table itself lists no 年度总体目标 (dataset `department.goals`). */
  goals?: string;
}

/** Builds the 部门整体支出绩效自评表. */
export function buildDepartmentForm(options: DepartmentFormOptions): Form {
  const rows: FormCell[][] = [
    [headerCell("预算部门名称", { colSpan: 3 }), textCell(options.unitName, { colSpan: 7, align: "left" })],
    ...executionRows(options),
    ...goalRows(options),
    ...indicatorRows(options),
    totalRow(options),
  ];
  return {
    name: DEPARTMENT_FORM_NAME,
    title: options.year === undefined ? DEPARTMENT_FORM_NAME : `${DEPARTMENT_FORM_NAME}（${options.year}年度）`,
    columnWidths: COLUMN_WIDTHS,
    headerRows: 1,
    rows,
    notes: [],
    landscape: true,
    // 小五, as the printed forms use: fits "产出指标" on one line of the 一级 column, about two pages.
    textSize: 9,
  };
}

function executionRows({ table, score, profile }: DepartmentFormOptions): FormCell[][] {
  const total = table.execution.find((row) => row.role === "total");
  const execution = score.execution;
  const places = profile.rounding.indicatorDecimals;
  const { income, nature } = breakdownLines(table.execution);
  const lineCount = Math.max(income.length, nature.length);
  const lines: FormCell[][] = [];
  for (let i = 0; i < lineCount; i++) {
    lines.push([
      textCell(income[i] ?? "", { colSpan: 4, align: "left" }),
      textCell(nature[i] ?? "", { colSpan: 5, align: "left" }),
    ]);
  }
  const amount = (wan: string | undefined) => (wan === undefined ? textCell("") : figureCell(money(wanToFen(wan))));
  return [
    [
      headerCell("年度预算申请（万元）", { rowSpan: 3 + lineCount }),
      headerCell("", { colSpan: 2 }),
      headerCell("年初预算数"),
      headerCell("全年预算数"),
      headerCell("全年执行数"),
      headerCell("分值"),
      headerCell("执行率", { colSpan: 2 }),
      headerCell("得分"),
    ],
    [
      headerCell("年度资金总额", { colSpan: 2 }),
      amount(total?.initial),
      amount(total?.adjusted),
      amount(total?.executed),
      execution ? figureCell(scoreFigure(execution.weight, places)) : textCell(""),
      figureCell(percent(execution?.rate ?? null, profile.rounding.rateDecimals), { colSpan: 2 }),
      figureCell(scoreFigure(execution?.score ?? null, places)),
    ],
    [
      textCell("按收入性质分：", { colSpan: 4, align: "left" }),
      textCell("按支出性质分：", { colSpan: 5, align: "left" }),
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

function goalRows({ table, goals }: DepartmentFormOptions): FormCell[][] {
  const listed = table.goals.filter((goal) => (goal.expected ?? "").trim() !== "" || (goal.actual ?? "").trim() !== "");
  const entries = listed.length > 0 ? listed : [{ expected: goals ?? "", actual: "" }];
  return [
    [
      headerCell("年度总体目标", { colSpan: 2, rowSpan: 1 + entries.length }),
      headerCell("预期目标", { colSpan: 6 }),
      headerCell("实际完成情况", { colSpan: 2 }),
    ],
    // 预期目标 gets the wide part: it is the long text (seed 001: four numbered goals), 实际完成情况 often one line.
    ...entries.map((goal) => [
      // Blank when the unit wrote nothing: a warning (REPORT-GAP) asks for it, and no 【请补充】 may reach a filing
      // without an error-level finding that blocks submission.
      flaggedCell(goal.expected?.trim() ?? "", 6),
      flaggedCell(goal.actual?.trim() ?? "", 2),
    ]),
  ];
}

function indicatorRows({ score, profile }: DepartmentFormOptions): FormCell[][] {
  const places = profile.rounding.indicatorDecimals;
  const groups = groupIndicators(score, profile);
  const rows: FormCell[][] = [
    [
      headerCell("绩\n效\n指\n标", { rowSpan: 1 + score.indicators.length }),
      headerCell("一级指标"),
      headerCell("二级指标"),
      headerCell("三级指标", { colSpan: 2 }),
      headerCell("年度指标值"),
      headerCell("实际完成值"),
      headerCell("分值"),
      headerCell("得分"),
      headerCell("偏差原因分析及改进措施"),
    ],
  ];
  for (const group of groups) {
    group.level2Groups.forEach((sub, subIndex) => {
      sub.items.forEach((scored, itemIndex) => {
        const cells: FormCell[] = [];
        if (subIndex === 0 && itemIndex === 0) {
          const points = group.weight.isZero() ? "" : `\n（${formatTrimmed(group.weight, places)}分）`;
          const label = group.level1 === "" ? "" : `${group.level1}${points}`;
          cells.push(textCell(label, { rowSpan: rowCount(group) }));
        }
        if (itemIndex === 0) cells.push(textCell(sub.level2 ?? "", { rowSpan: sub.items.length }));
        cells.push(
          textCell(scored.indicator.level3.trim(), { colSpan: 2, align: "left" }),
          textCell(targetText(scored.indicator)),
          textCell(actualText(scored.indicator, scored.unitConverted)),
          scored.indicator.weight === undefined ? textCell("") : figureCell(scoreFigure(scored.weight, places)),
          figureCell(scoreFigure(scored.final, places)),
          flaggedCell(reasonCellText(scored, profile), 1),
        );
        rows.push(cells);
      });
    });
  }
  return rows;
}

function totalRow({ score, profile }: DepartmentFormOptions): FormCell[] {
  const places = profile.rounding.totalDecimals;
  const graded = score.grade !== null;
  return [
    headerCell("总分", { colSpan: 7 }),
    figureCell(scoreFigure(graded ? score.totalWeight : null, places), { emphasis: true }),
    figureCell(scoreFigure(graded ? score.total : null, places), { emphasis: true }),
    textCell(graded ? `等级：${score.grade}` : "—", { emphasis: true }),
  ];
}

/** A left-aligned prose cell, marked `missing` when it holds a flag the unit must resolve. */
function flaggedCell(text: string, colSpan: number): FormCell {
  return textCell(text, { colSpan, align: "left", ...(hasFlag(text) ? { missing: true } : {}) });
}
