/**
 * Recognizes the 部门整体支出绩效自评表 by its blocks, whatever their order and wording: the 资金 block (年度资金总额
 * under 年初预算数/全年预算数/全年执行数/分值/执行率/得分, and the 按收入性质/按支出性质 breakdown cells
 * "其中：一般公共预算：124.88"), the 年度总体目标 block (预期目标 / 实际完成情况) and the 绩效指标 block, closed by
 * 总分/合计.
 * @module
 */
import type { EvaluationTable, ExecutionRow, FundSource, SpendingNature } from "../core/dataset/schema.ts";
import { DASH_CELL } from "../core/parse/normalize-text.ts";
import { alignRows, rejoinBrokenRows } from "./align-row-cells.ts";
import type { ImportLog } from "./import-log.ts";
import { type CellContext, printedText, readMoney } from "./read-cell-value.ts";
import { isIndicatorHeader, readIndicatorRows, readTotalsRow } from "./read-indicator-rows.ts";
import type { SourceFormat, SourceRow, SourceTable } from "./source-document.ts";
import { compactText, filledCells, findColumns, type HeaderPatterns, rowLabel } from "./table-columns.ts";

type FundField = "initial" | "adjusted" | "executed" | "weight" | "rate" | "score";
const FUND_HEADERS: HeaderPatterns<FundField> = [
  ["initial", /年初预算/],
  ["adjusted", /全年预算|调整后预算/],
  ["executed", /执行数|实际支出/],
  ["weight", /分值|权重/],
  ["rate", /执行率/],
  ["score", /得分/],
];

const INCOME_SOURCES: Array<[RegExp, FundSource]> = [
  [/一般公共预算/, "generalBudget"],
  [/政府性基金/, "governmentFund"],
  [/专户/, "specialAccount"],
  [/国有资本/, "stateCapital"],
  [/上年结转|结转/, "carryOver"],
  [/其他资金|其他收入/, "other"],
];
const NATURES: Array<[RegExp, SpendingNature]> = [
  [/基本支出/, "basic"],
  [/项目支出/, "project"],
];

export function isDepartmentTable(table: SourceTable): boolean {
  const labels = table.rows.map((row) => compactText(row.cells.map((c) => c.text).join("")));
  return (
    labels.some((t) => /年度资金总额|资金总额/.test(t)) &&
    table.rows.some((row) => isIndicatorHeader(row)) &&
    !labels.some((t) => /^项目名称/.test(t))
  );
}

export interface DepartmentTableResult {
  evaluation: EvaluationTable;
  unitName?: string;
}

/** "其中：  一般公共预算：124.88" → 一般公共预算, 124.88; a label with no amount gives null. */
function breakdownCell(text: string): { label: string; amount: string } | null {
  const match = /^(?:其中[：:])?\s*([^：:]+)[：:]\s*(.*)$/s.exec(text.trim());
  const label = match?.[1]?.trim();
  const amount = match?.[2]?.trim();
  return label === undefined || amount === undefined || amount === "" ? null : { label, amount };
}

export function recognizeDepartmentTable(
  table: SourceTable,
  options: { format: SourceFormat; log: ImportLog; unit?: CellContext["unit"] },
): DepartmentTableResult {
  const { log, format } = options;
  const item = "部门整体支出绩效自评表";
  const evaluation: EvaluationTable = { execution: [], goals: [], level1Weights: [], indicators: [] };
  const result: DepartmentTableResult = { evaluation };
  const rows = table.rows;
  let i = 0;
  while (i < rows.length) {
    const row = rows[i] as SourceRow;
    const cells = filledCells(row);
    const texts = cells.map((c) => compactText(c.text));
    const label = rowLabel(row);
    if (cells.length === 1 && /自评表/.test(label)) {
      log.recognize(row.place, "表格标题", label);
      i += 1;
      continue;
    }
    if (/^(?:.{0,4}预算)?(?:部门|单位)(?:[（(](?:部门|单位)[）)])?名称$/.test(label) && cells[1]) {
      result.unitName = cells[1].text.trim();
      log.recognize(row.place, "部门（单位）名称", result.unitName);
      i += 1;
      continue;
    }
    if (texts.some((t) => /年初预算/.test(t)) && texts.some((t) => /执行数/.test(t))) {
      const columns = findColumns(row, FUND_HEADERS);
      let end = i + 1;
      while (
        end < rows.length &&
        !/年度总体目标|绩效指标/.test(rowLabel(rows[end] as SourceRow)) &&
        !isIndicatorHeader(rows[end] as SourceRow)
      )
        end++;
      for (const { row: dataRow, values } of alignRows(row, columns, rows.slice(i + 1, end), format)) {
        const dataCells = filledCells(dataRow);
        const first = compactText(dataCells[0]?.text ?? "");
        if (/资金总额|^合计$|^总额$/.test(first)) {
          const ctx = (what: string): CellContext => ({
            log,
            place: dataRow.place,
            item: `${item}“${first}”的${what}`,
            unit: options.unit,
          });
          const total: ExecutionRow = { label: first, role: "total" };
          const initial = readMoney(values.initial, ctx("年初预算数"));
          const adjusted = readMoney(values.adjusted, ctx("全年预算数"));
          const executed = readMoney(values.executed, ctx("全年执行数"));
          if (initial !== undefined) total.initial = initial;
          if (adjusted !== undefined) total.adjusted = adjusted;
          if (executed !== undefined) total.executed = executed;
          const printed: NonNullable<ExecutionRow["printed"]> = {};
          const rate = printedText(values.rate);
          const weight = printedText(values.weight);
          const score = printedText(values.score);
          if (rate) printed.rate = rate;
          if (weight) {
            printed.weight = weight;
            evaluation.executionWeight = weight;
          }
          if (score) printed.score = score;
          // The form's own 资金总额 row left blank (or "—" where nothing can be worked out) holds no figure: a row of
          // nothing would be read as "stated, but empty" where the table states nothing (the report says so).
          const unstated = (text: string | undefined) => text === undefined || DASH_CELL.test(text);
          const noFigure = initial === undefined && adjusted === undefined && executed === undefined;
          if (noFigure && unstated(rate) && unstated(weight) && unstated(score)) {
            log.ignore(dataRow.place, `${item}资金“${first}”`, "这一行没有填写任何数字（表中的空行），未导入");
            continue;
          }
          if (Object.keys(printed).length > 0) total.printed = printed;
          total.sourceLine = dataRow.place.line;
          evaluation.execution.push(total);
          log.recognize(
            dataRow.place,
            `${item}资金“${first}”`,
            `年初 ${initial ?? "—"}，全年 ${adjusted ?? "—"}，执行 ${executed ?? "—"} 万元`,
          );
          continue;
        }
        for (const cell of dataCells) {
          const text = cell.text.trim();
          if (/按(收入|支出)性质分/.test(compactText(text))) continue;
          const part = breakdownCell(text);
          if (!part) continue;
          const source = INCOME_SOURCES.find(([p]) => p.test(part.label))?.[1];
          const nature = NATURES.find(([p]) => p.test(part.label))?.[1];
          const executed = readMoney(part.amount, {
            log,
            place: dataRow.place,
            item: `${item}资金“${part.label}”`,
            unit: options.unit,
          });
          if (executed === undefined) continue;
          const executionRow: ExecutionRow = { label: part.label, role: "part" };
          if (nature) executionRow.nature = nature;
          else if (source) executionRow.source = source;
          else
            log.skip(dataRow.place, `${item}资金“${part.label}”`, "不是已知的收入性质或支出性质，按其中项记录而不归类");
          executionRow.executed = executed;
          executionRow.sourceLine = dataRow.place.line;
          evaluation.execution.push(executionRow);
          log.interpret(
            dataRow.place,
            `${item}资金“${part.label}”`,
            `单元格“${text}”拆为项目“${part.label}”和执行数 ${executed} 万元`,
          );
        }
      }
      i = end;
      continue;
    }
    if (/年度总体目标|总体目标/.test(label)) {
      const columns = findColumns(row, [
        ["expected", /预期目标|年度目标/],
        ["actual", /实际完成|完成情况/],
      ] as const);
      let end = i + 1;
      while (
        end < rows.length &&
        !/绩效指标|^指标$/.test(rowLabel(rows[end] as SourceRow)) &&
        !isIndicatorHeader(rows[end] as SourceRow)
      )
        end++;
      for (const { row: goalRow, values } of alignRows(row, columns, rows.slice(i + 1, end), format)) {
        const expected = printedText(values.expected);
        const actual = printedText(values.actual);
        if (!expected && !actual) continue;
        const goal: EvaluationTable["goals"][number] = {};
        if (expected) goal.expected = expected;
        if (actual) goal.actual = actual;
        evaluation.goals.push(goal);
        log.recognize(goalRow.place, `${item}年度总体目标`, (expected ?? "").slice(0, 30));
      }
      i = end;
      continue;
    }
    if (isIndicatorHeader(row)) {
      let end = i + 1;
      while (end < rows.length && !/^(总分|合计)/.test(rowLabel(rows[end] as SourceRow))) end++;
      const dataRows = format === "txt" ? rejoinBrokenRows(rows.slice(i + 1, end), log) : rows.slice(i + 1, end);
      const indicators = readIndicatorRows(row, dataRows, { format, log, table: item });
      evaluation.indicators.push(...indicators.indicators);
      evaluation.level1Weights.push(...indicators.level1Weights);
      i = end;
      continue;
    }
    if (/^(总分|合计)/.test(label)) {
      const totals = readTotalsRow(row);
      evaluation.printed = totals;
      log.recognize(row.place, `${item}总分`, `分值 ${totals.totalWeight ?? "—"}，得分 ${totals.totalScore ?? "—"}`);
      i += 1;
      continue;
    }
    if (cells.length > 0 && !/^绩效指标$|^绩效$|^按/.test(label.replace(/\n/g, "")))
      log.skip(row.place, `${item}的一行“${texts.join(" ").slice(0, 30)}”`, "不是部门整体支出绩效自评表中已知的栏目");
    i += 1;
  }
  return result;
}
