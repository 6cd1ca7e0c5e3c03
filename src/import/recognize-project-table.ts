/**
 * Recognizes 项目支出绩效自评表 (部门预算项目支出绩效自评表 and its provincial variants) by their row labels, not by
 * positions: 项目名称, 主管部门/实施单位, 项目年度目标/年度目标完成情况, 项目实施内容及过程概述, the 预算执行情况 block
 * (总额 and its 其中 rows under 年初预算/调整后预算数/预算执行数/执行率/权重/得分/原因), one or more 绩效指标 blocks,
 * 合计, 评价结论, 存在问题, 改进措施 and the signatures. Several tables printed in one (a text export runs them
 * together) are split at each 项目名称 row.
 * @module
 */
import type { ExecutionRow, Project } from "../core/dataset/schema.ts";
import { alignRows, rejoinBrokenRows } from "./align-row-cells.ts";
import type { ImportLog } from "./import-log.ts";
import { type CellContext, printedText, readMoney } from "./read-cell-value.ts";
import { indicatorColumns, isIndicatorHeader, readIndicatorRows, readTotalsRow } from "./read-indicator-rows.ts";
import type { SourceFormat, SourceRow, SourceTable } from "./source-document.ts";
import { weightInName } from "./split-indicator-target.ts";
import { compactText, filledCells, findColumns, type HeaderPatterns, rowLabel } from "./table-columns.ts";

type BudgetField = "label" | "initial" | "adjusted" | "executed" | "rate" | "weight" | "score" | "reason";
const BUDGET_HEADERS: HeaderPatterns<BudgetField> = [
  ["initial", /年初预算/],
  ["adjusted", /调整后预算|全年预算/],
  ["executed", /执行数|实际支出|全年执行/],
  ["rate", /执行率/],
  ["weight", /权重|分值/],
  ["score", /得分/],
  ["reason", /原因|说明/],
  ["label", /年度预算数|资金|预算数|项目/],
];

const EXECUTION_ROLES: Array<[RegExp, Pick<ExecutionRow, "role" | "source">]> = [
  [/^(年度资金)?总额$|^合计$|^资金总额$/, { role: "total" }],
  [/财政资金|财政拨款/, { role: "part", source: "fiscal" }],
  [/财政专户/, { role: "part", source: "specialAccount" }],
  [/单位资金|单位自有/, { role: "part", source: "unitFunds" }],
  [/其他资金/, { role: "part", source: "other" }],
];

export function isProjectTable(table: SourceTable): boolean {
  return table.rows.some((row) => rowLabel(row) === "项目名称") && table.rows.some((row) => isIndicatorHeader(row));
}

/** The rows of each project table: a new one starts at every 项目名称 row. */
function splitAtProjectNames(rows: readonly SourceRow[]): SourceRow[][] {
  const groups: SourceRow[][] = [];
  let titleOnly = false;
  for (const row of rows) {
    if (isTitleRow(row)) {
      groups.push([row]);
      titleOnly = true;
      continue;
    }
    if ((rowLabel(row) === "项目名称" && !titleOnly) || groups.length === 0) groups.push([]);
    titleOnly = false;
    groups[groups.length - 1]?.push(row);
  }
  return groups.filter((group) => group.some((row) => rowLabel(row) === "项目名称"));
}

/** A one-cell row that names the table ("部门预算项目支出绩效自评表（2023年度）"), printed inside it by text exports. */
function isTitleRow(row: SourceRow): boolean {
  const cells = filledCells(row);
  return (
    cells.length === 1 &&
    /自评表/.test(compactText(cells[0]?.text ?? "")) &&
    compactText(cells[0]?.text ?? "").length < 60
  );
}

function valueAfterLabel(row: SourceRow): string | undefined {
  const cells = filledCells(row);
  return printedText(
    cells
      .slice(1)
      .map((c) => c.text)
      .join("\n"),
  );
}

/** "51340021R000000033292-州本级单位缴费" → code and name; a cell without a code prefix is all name. */
export function splitProjectCell(text: string): { code?: string; name: string } {
  const match = /^([0-9A-Za-z]{6,})\s*[-－—–]\s*(.+)$/s.exec(text.trim());
  if (match?.[1] && match[2]) return { code: match[1], name: match[2].trim() };
  return { name: text.trim() };
}

export function recognizeProjectTables(
  table: SourceTable,
  options: { format: SourceFormat; log: ImportLog; unit?: CellContext["unit"] },
): Project[] {
  const { log, format } = options;
  const projects: Project[] = [];
  for (const group of splitAtProjectNames(table.rows)) {
    const project = readProject(group, table, options);
    if (project) projects.push(project);
  }
  if (projects.length === 0) log.skip(table.place, `表${table.number}`, "有“项目名称”和指标表头，但读不出项目");
  void format;
  return projects;
}

function readProject(
  rows: SourceRow[],
  table: SourceTable,
  options: { format: SourceFormat; log: ImportLog; unit?: CellContext["unit"] },
): Project | null {
  const { log, format } = options;
  const title = isTitleRow(rows[0] as SourceRow) ? rows.shift() : undefined;
  const first = rows[0] as SourceRow;
  const cell = valueAfterLabel(first) ?? "";
  const { code, name } = splitProjectCell(cell);
  if (name === "") {
    log.skip(first.place, `表${table.number}的项目`, "“项目名称”一栏是空的");
    return null;
  }
  const item = `项目支出绩效自评表“${name}”`;
  const project: Project = { name };
  if (code) {
    project.code = code;
    log.interpret(first.place, item, `项目名称单元格“${cell}”在第一个“-”处拆为编码 ${code} 和名称“${name}”`);
  }
  // The table starts at its title: the title row a text export prints inside the table, or — in a text file — the
  // title paragraph right above it. (A Word table is placed by its own first row.)
  const captionLine =
    options.format === "txt" && table.rows[0] === first && /自评表/.test(table.caption) ? table.captionLine : undefined;
  project.sourceLine = title?.place.line ?? captionLine ?? first.place.line;
  const execution: ExecutionRow[] = [];
  let executionWeight: string | undefined;
  let indicatorSectionWeight: string | undefined;
  const indicators: NonNullable<Project["evaluation"]>["indicators"] = [];
  const level1Weights: Array<{ level1: string; weight: string }> = [];
  let printed: { totalWeight?: string; totalScore?: string } = {};
  let block = 0;

  let i = 1;
  while (i < rows.length) {
    const row = rows[i] as SourceRow;
    const label = rowLabel(row);
    const cells = filledCells(row);
    const texts = cells.map((c) => compactText(c.text));
    if (label === "主管部门" || texts.includes("主管部门")) {
      const at = texts.indexOf("主管部门");
      const department = printedText(cells[at + 1]?.text);
      if (department && !/实施单位/.test(compactText(department))) project.department = department;
      const implAt = texts.findIndex((t) => /实施单位/.test(t));
      const implementer = implAt >= 0 ? printedText(cells[implAt + 1]?.text) : undefined;
      if (implementer) project.implementer = implementer;
      i += 1;
      continue;
    }
    if (
      texts.some((t) => /^项目年度目标$/.test(t)) &&
      texts.some((t) => /年度目标完成情况$/.test(t) && !/^\d/.test(t))
    ) {
      const columns = findColumns(row, [
        ["goals", /^项目年度目标$/],
        ["goalCompletion", /^年度目标完成情况$/],
      ] as const);
      const next = rows[i + 1];
      if (next) {
        const [values] = alignRows(row, columns, [next], format).map((r) => r.values);
        const goals = printedText(values?.goals);
        const goalCompletion = printedText(values?.goalCompletion);
        if (goals) project.goals = goals;
        if (goalCompletion) project.goalCompletion = goalCompletion;
      }
      i += 2;
      continue;
    }
    if (texts.some((t) => /项目实施内容|过程概述/.test(t))) {
      const process = printedText(cells[cells.length - 1]?.text);
      if (process && !/项目实施内容|过程概述/.test(compactText(process))) project.process = process;
      i += 1;
      continue;
    }
    if (texts.some((t) => /年初预算/.test(t)) && texts.some((t) => /执行数/.test(t))) {
      const headerCell = texts.find((t) => /预算执行/.test(t) && /分/.test(t));
      executionWeight = headerCell === undefined ? undefined : weightInName(headerCell);
      const columns = findColumns(row, BUDGET_HEADERS);
      let end = i + 1;
      while (
        end < rows.length &&
        !isIndicatorHeader(rows[end] as SourceRow) &&
        !/^绩效指标/.test(rowLabel(rows[end] as SourceRow))
      )
        end++;
      const dataRows = rows.slice(i + 1, end).filter((r) => filledCells(r).length > 0);
      for (const { row: dataRow, values } of alignRows(row, columns, dataRows, format)) {
        const rowName = compactText(values.label ?? "");
        const kind = EXECUTION_ROLES.find(([pattern]) => pattern.test(rowName))?.[1];
        if (!kind) {
          log.skip(
            dataRow.place,
            `${item}的预算执行行“${rowName}”`,
            "不是总额、财政资金、财政专户管理资金、单位资金或其他资金中的一行",
          );
          continue;
        }
        const ctx = (what: string): CellContext => ({
          log,
          place: dataRow.place,
          item: `${item}“${rowName}”的${what}`,
          unit: options.unit,
        });
        const executionRow: ExecutionRow = { label: (values.label ?? "").replace(/\s+/g, ""), role: kind.role };
        if (kind.source) executionRow.source = kind.source;
        const initial = readMoney(values.initial, ctx("年初预算"));
        const adjusted = readMoney(values.adjusted, ctx("调整后预算数"));
        const executed = readMoney(values.executed, ctx("预算执行数"));
        if (initial !== undefined) executionRow.initial = initial;
        if (adjusted !== undefined) executionRow.adjusted = adjusted;
        if (executed !== undefined) executionRow.executed = executed;
        const reason = printedText(values.reason);
        if (reason) executionRow.reason = reason;
        const rowPrinted: NonNullable<ExecutionRow["printed"]> = {};
        const rate = printedText(values.rate);
        const weight = printedText(values.weight);
        const score = printedText(values.score);
        if (rate) rowPrinted.rate = rate;
        if (weight) rowPrinted.weight = weight;
        if (score) rowPrinted.score = score;
        if (Object.keys(rowPrinted).length > 0) executionRow.printed = rowPrinted;
        executionRow.sourceLine = dataRow.place.line;
        execution.push(executionRow);
        log.recognize(
          dataRow.place,
          `${item}预算执行“${rowName}”`,
          `年初 ${initial ?? "—"}，调整后 ${adjusted ?? "—"}，执行 ${executed ?? "—"} 万元`,
        );
      }
      i = end;
      continue;
    }
    if (
      isIndicatorHeader(row) ||
      (/^绩效指标/.test(label) && rows[i + 1] && isIndicatorHeader(rows[i + 1] as SourceRow))
    ) {
      const header = isIndicatorHeader(row) ? row : (rows[i + 1] as SourceRow);
      const sectionCell = [...row.cells, ...header.cells]
        .map((c) => compactText(c.text))
        .find((t) => /绩效指标/.test(t) && /分/.test(t));
      const sectionWeight = sectionCell === undefined ? undefined : weightInName(sectionCell);
      if (sectionWeight !== undefined) indicatorSectionWeight ??= sectionWeight;
      block += 1;
      const start = rows.indexOf(header) + 1;
      let end = start;
      while (
        end < rows.length &&
        !/^(合计|总分|评价结论|存在问题)/.test(rowLabel(rows[end] as SourceRow)) &&
        !isIndicatorHeader(rows[end] as SourceRow) &&
        !/^绩效指标/.test(rowLabel(rows[end] as SourceRow))
      )
        end++;
      const dataRows = format === "txt" ? rejoinBrokenRows(rows.slice(start, end), log) : rows.slice(start, end);
      void indicatorColumns;
      const result = readIndicatorRows(header, dataRows, { format, log, block, table: item });
      indicators.push(...result.indicators);
      level1Weights.push(...result.level1Weights);
      i = end;
      continue;
    }
    if (/^(合计|总分)/.test(label)) {
      printed = readTotalsRow(row);
      i += 1;
      continue;
    }
    const text = valueAfterLabel(row);
    if (/^评价结论/.test(label)) {
      if (text) project.conclusion = text;
    } else if (/^存在问题/.test(label)) {
      if (text) project.problems = text;
    } else if (/^改进措施/.test(label)) {
      if (text) project.measures = text;
    } else if (/项目负责人|财务负责人/.test(texts.join(""))) {
      for (const t of texts) {
        const lead = /^项目负责人[：:](.*)$/.exec(t);
        const finance = /^财务负责人[：:](.*)$/.exec(t);
        if (lead?.[1]) project.projectLead = lead[1];
        if (finance?.[1]) project.financeLead = finance[1];
      }
    } else if (/^(注|说明)[：:]/.test(label)) {
      log.ignore(row.place, `${item}的表注`, "表格下方的填表说明，不是数据");
    } else if (cells.length > 0 && !/^项目基本情况$/.test(label)) {
      log.skip(row.place, `${item}的一行“${texts.join(" ").slice(0, 30)}”`, "不是项目支出绩效自评表中已知的栏目");
    }
    i += 1;
  }
  const evaluation: NonNullable<Project["evaluation"]> = { execution, goals: [], level1Weights, indicators };
  if (executionWeight !== undefined) evaluation.executionWeight = executionWeight;
  if (indicatorSectionWeight !== undefined) evaluation.indicatorSectionWeight = indicatorSectionWeight;
  if (printed.totalWeight !== undefined || printed.totalScore !== undefined) evaluation.printed = printed;
  project.evaluation = evaluation;
  log.recognize(
    first.place,
    item,
    `${code ? `编码 ${code}，` : ""}预算执行 ${execution.length} 行，指标 ${indicators.length} 个${block > 1 ? `（${block} 个指标区块）` : ""}，合计 ${printed.totalScore ?? "—"} 分`,
  );
  return project;
}
