/**
 * 部门整体支出绩效自评表 as a sheet (the 湖南 layout of seed 001, which the department tables in the examples
 * follow): 年度预算申请 with 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分 per row, 年度总体目标
 * (预期目标 | 实际完成情况), 绩效指标 with 一级 and 二级 merged down their rows, 总分 and 等级. Rates, scores, the total
 * and the grade are the computed ones.
 * @module
 */
import type { Workbook } from "exceljs";
import type { Dataset, EvaluationTable, ExecutionRow, Indicator } from "../../../core/dataset/schema.ts";
import { wanToFen } from "../../../core/money/fen.ts";
import { Dec, percentOf } from "../../../core/numbers/decimal.ts";
import type { RuleProfile } from "../../../core/profiles/profile-schema.ts";
import { resolveLevels } from "../../../core/scoring/indicator-hierarchy.ts";
import type { TableScore } from "../../../core/scoring/score-types.ts";
import { formOperator } from "../../project-tables/form-operator.ts";
import { mergeRuns } from "../../project-tables/merge-runs.ts";
import { money, percent, score } from "../figure.ts";
import { figureCell, type SheetCell, textCell } from "../sheet-cell.ts";
import { writeFormSheet } from "../write-form-sheet.ts";

/** A section label · 一级 / row label · 二级 / 年初 · 三级 / 全年 · 指标值 / 执行数 · 完成值 / 分值 · 分值 / 执行率 · 得分 · 原因. */
const COLUMN_WIDTHS = [10, 16, 14, 26, 14, 14, 9, 9, 28] as const;

export interface DepartmentTableSheetOptions {
  dataset: Dataset;
  table: EvaluationTable;
  score: TableScore | null;
  profile: RuleProfile;
}

export function writeDepartmentTableSheet(
  workbook: Workbook,
  sheetName: string,
  options: DepartmentTableSheetOptions,
): void {
  const { dataset } = options;
  const rows: SheetCell[][] = [
    [
      textCell("部门（单位）名称", { colSpan: 2, bold: true }),
      textCell(dataset.unit?.name ?? "", { colSpan: 7, align: "left" }),
    ],
    ...executionRows(options),
    ...goalRows(options.table),
    ...indicatorRows(options),
    totalRows(options),
  ].filter((row) => row.length > 0);
  writeFormSheet(workbook, {
    sheetName,
    title: `部门整体支出绩效自评表（${dataset.year}年度）`,
    columnWidths: COLUMN_WIDTHS,
    rows,
    headerRows: 1,
  });
}

function executionRows({ table, score: computed, profile }: DepartmentTableSheetOptions): SheetCell[][] {
  if (table.execution.length === 0) return [];
  const decimals = profile.rounding;
  const execution = computed?.execution ?? null;
  const header = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "原因"];
  const amount = (text: string | undefined) =>
    text === undefined ? textCell("") : figureCell(money(wanToFen(text)), { align: "right" });
  const rate = (row: ExecutionRow): SheetCell => {
    const base = profile.execution.base === "adjusted" ? row.adjusted : row.initial;
    if (base === undefined || row.executed === undefined) return textCell("");
    return figureCell(percent(percentOf(wanToFen(row.executed), wanToFen(base)), decimals.rateDecimals));
  };
  return [
    [
      textCell("年度预算申请（万元）", { rowSpan: table.execution.length + 1, bold: true }),
      textCell("", { bold: true }),
      ...header.map((text) => textCell(text, { bold: true })),
    ],
    ...table.execution.map((row) => {
      const isTotal = row.role === "total";
      return [
        textCell(row.label, { align: "left" }),
        amount(row.initial),
        amount(row.adjusted),
        amount(row.executed),
        isTotal && execution ? figureCell(score(execution.weight, decimals.indicatorDecimals)) : textCell("—"),
        rate(row),
        isTotal && execution ? figureCell(score(execution.score, decimals.indicatorDecimals)) : textCell("—"),
        textCell(row.reason ?? "", { align: "left" }),
      ];
    }),
  ];
}

function goalRows(table: EvaluationTable): SheetCell[][] {
  if (table.goals.length === 0) return [];
  return [
    [
      textCell("年度总体目标", { rowSpan: table.goals.length + 1, bold: true }),
      textCell("预期目标", { colSpan: 4, bold: true }),
      textCell("实际完成情况", { colSpan: 4, bold: true }),
    ],
    ...table.goals.map((goal) => [
      textCell(goal.expected ?? "", { colSpan: 4, align: "left" }),
      textCell(goal.actual ?? "", { colSpan: 4, align: "left" }),
    ]),
  ];
}

function indicatorRows({ table, score: computed, profile }: DepartmentTableSheetOptions): SheetCell[][] {
  const indicators = table.indicators;
  const decimals = profile.rounding.indicatorDecimals;
  const levels = resolveLevels(indicators, profile);
  const level1Spans = mergeRuns(levels.map((l) => l.level1 || null));
  const level2Spans = mergeRuns(levels.map((l) => (l.level2 === null ? null : `${l.level1}\u0000${l.level2}`)));
  const header = [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
  ];
  return [
    [
      textCell("绩效指标", { rowSpan: indicators.length + 1, bold: true }),
      ...header.map((text) => textCell(text, { bold: true })),
    ],
    ...indicators.map((indicator, i) => {
      const cells: SheetCell[] = [];
      const span1 = level1Spans[i] ?? 1;
      const span2 = level2Spans[i] ?? 1;
      if (span1 > 0) cells.push(textCell(levels[i]?.level1 ?? "", { rowSpan: span1 }));
      if (span2 > 0) cells.push(textCell(levels[i]?.level2 ?? "", { rowSpan: span2 }));
      cells.push(
        textCell(indicator.level3, { align: "left" }),
        textCell(targetText(indicator)),
        textCell(withUnit(indicator.actual, indicator.unit)),
        indicator.weight === undefined ? textCell("") : figureCell(score(new Dec(indicator.weight), decimals)),
        figureCell(score(computed?.indicators[i]?.final ?? null, decimals)),
        textCell(indicator.reason ?? "", { align: "left" }),
      );
      return cells;
    }),
  ];
}

/** 年度指标值 as the form prints it: operator, value and unit in one cell ("≥8次"); 定性 targets stay as written. */
function targetText(indicator: Indicator): string {
  const operator = formOperator(indicator);
  const target = withUnit(indicator.target, indicator.unit);
  if (operator === "" || operator === "定性" || /^[≥≤＝＞＜=<>≧≦]/.test(target)) return target;
  return `${operator}${target}`;
}

function withUnit(value: string | undefined, unit: string | undefined): string {
  if (value === undefined || value.trim() === "") return "";
  if (unit === undefined || value.endsWith(unit) || !/\d\s*$/.test(value)) return value;
  return `${value}${unit}`;
}

function totalRows({ score: computed, profile }: DepartmentTableSheetOptions): SheetCell[] {
  const decimals = profile.rounding.totalDecimals;
  if (!computed) return [];
  return [
    textCell("总分", { colSpan: 6, bold: true }),
    figureCell(score(computed.totalWeight, decimals)),
    figureCell(score(computed.total, decimals)),
    textCell(`等级：${computed.grade ?? "—"}`),
  ];
}
