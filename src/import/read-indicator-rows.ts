/**
 * Reads the indicator rows of a 自评表 (project or department) under their header, whatever its wording and order:
 * 一级/二级/三级指标, 指标性质, 指标值, 度量单位, 完成值, 权重/分值, 得分, 原因. Blank 一级/二级 cells are merged
 * cells: the dataset keeps them blank ("same as above", as the scoring reads them) and the log says which name they
 * continue. An entirely blank row is a template line and is skipped, with a note.
 * @module
 */
import type { Indicator } from "../core/dataset/schema.ts";
import { alignRows, type AlignedRow } from "./align-row-cells.ts";
import type { ImportLog } from "./import-log.ts";
import { printedText, readDecimal } from "./read-cell-value.ts";
import type { SourceFormat, SourceRow } from "./source-document.ts";
import { cleanLevelName, operatorFields, splitTarget, weightInName } from "./split-indicator-target.ts";
import { type Columns, compactText, findColumns, type HeaderPatterns } from "./table-columns.ts";

export type IndicatorField =
  "level1" | "level2" | "level3" | "operator" | "target" | "unit" | "actual" | "weight" | "score" | "reason";

export const INDICATOR_HEADERS: HeaderPatterns<IndicatorField> = [
  ["level1", /一级指标/],
  ["level2", /二级指标/],
  ["level3", /三级指标|指标名称|具体指标/],
  ["operator", /指标性质|运算符|符号/],
  ["target", /指标值|目标值|预期值|年度目标/],
  ["unit", /度量单位|计量单位|^单位$/],
  ["actual", /完成值|实际值|实际完成/],
  ["weight", /权重|分值|满分/],
  ["score", /得分|自评分/],
  ["reason", /原因|偏差|改进措施|说明/],
];

/** Whether a row is an indicator header: it names at least the 三级 (or 一级) indicator, a target and a weight. */
export function isIndicatorHeader(row: SourceRow): boolean {
  const columns = findColumns(row, INDICATOR_HEADERS);
  return (
    (columns.has("level3") || columns.has("level1")) &&
    columns.has("target") &&
    (columns.has("weight") || columns.has("score"))
  );
}

export function indicatorColumns(row: SourceRow): Columns<IndicatorField> {
  return findColumns(row, INDICATOR_HEADERS);
}

export interface IndicatorRowsResult {
  indicators: Indicator[];
  level1Weights: Array<{ level1: string; weight: string }>;
}

export function readIndicatorRows(
  header: SourceRow,
  rows: readonly SourceRow[],
  options: { format: SourceFormat; log: ImportLog; block?: number; table: string },
): IndicatorRowsResult {
  const { log } = options;
  const columns = indicatorColumns(header);
  const aligned = alignRows(header, columns, rows, options.format);
  const indicators: Indicator[] = [];
  const level1Weights: Array<{ level1: string; weight: string }> = [];
  let lastLevel1 = "";
  let lastLevel2 = "";
  for (const { row, values, merged } of aligned as Array<AlignedRow<IndicatorField>>) {
    const place = row.place;
    const texts = Object.values(values).map((v) => (v ?? "").trim());
    if (texts.every((t) => t === "")) {
      log.ignore(place, `${options.table}的空白指标行`, "整行空白（表格模板的预留行），不作为指标");
      continue;
    }
    const level3 = (values.level3 ?? "").trim();
    const name = level3 === "" ? "（无三级指标名称）" : level3;
    const item = `${options.table}指标“${name}”`;
    if (level3 === "" && (values.target ?? "").trim() === "" && (values.weight ?? "").trim() === "") {
      log.skip(place, item, "没有三级指标、指标值和权重，不作为指标");
      continue;
    }
    const rawLevel1 = values.level1 ?? "";
    const level1 = cleanLevelName(rawLevel1);
    const levelWeight = weightInName(rawLevel1);
    if (levelWeight !== undefined) {
      level1Weights.push({ level1, weight: levelWeight });
      log.interpret(
        place,
        `一级指标“${level1}”`,
        `单元格“${rawLevel1.replace(/\n/g, "")}”中的“(${levelWeight}分)”读作该一级指标的分值`,
      );
    }
    if (level1 !== "") lastLevel1 = level1;
    else if (lastLevel1 !== "")
      log.interpret(
        place,
        item,
        `一级指标单元格${merged.has("level1") ? "与上方合并" : "空白"}，按上方“${lastLevel1}”计`,
      );
    const level2 = cleanLevelName(values.level2 ?? "");
    if (level2 !== "") lastLevel2 = level2;
    else if (lastLevel2 !== "" && columns.has("level2"))
      log.interpret(
        place,
        item,
        `二级指标单元格${merged.has("level2") ? "与上方合并" : "空白"}，按上方“${lastLevel2}”计`,
      );
    if ((values.level2 ?? "").includes("\n"))
      log.interpret(place, item, `二级指标“${(values.level2 ?? "").replace(/\n/g, "⏎")}”去掉换行读为“${level2}”`);

    const indicator: Indicator = { level1, level3 };
    if (level2 !== "") indicator.level2 = level2;
    const targetText = values.target ?? "";
    if (columns.has("operator")) {
      const operator = operatorFields(values.operator ?? "");
      if (operator === null)
        log.skip(place, item, `指标性质“${values.operator}”不是可识别的符号（≥ ≤ = > < 定性），未记录`);
      else Object.assign(indicator, operator);
      const target = printedText(targetText);
      if (target !== undefined) indicator.target = target;
      const unit = printedText(values.unit);
      if (unit !== undefined) indicator.unit = unit;
    } else {
      const split = splitTarget(targetText);
      Object.assign(indicator, split);
      if (split.target !== undefined && split.target !== targetText.trim()) {
        log.interpret(
          place,
          item,
          `指标值“${targetText.trim()}”拆为${split.operator ? `符号“${split.operatorPrinted ?? split.operator}”、` : ""}数值“${split.target}”${split.unit ? `、单位“${split.unit}”` : ""}`,
        );
      }
      const unitCell = printedText(values.unit);
      if (unitCell !== undefined) {
        if (split.unit !== undefined && split.unit !== unitCell)
          log.interpret(place, item, `指标值自带单位“${split.unit}”，与度量单位栏“${unitCell}”不同，采用度量单位栏`);
        indicator.unit = unitCell;
      }
    }
    const actual = printedText(values.actual);
    if (actual !== undefined) indicator.actual = actual;
    const weight = readDecimal(values.weight, { log, place, item: `${item}的权重` });
    if (weight !== undefined) indicator.weight = weight;
    const reason = printedText(values.reason);
    if (reason !== undefined) indicator.reason = reason;
    const score = printedText(values.score);
    if (score !== undefined) indicator.printed = { score };
    if (options.block !== undefined) indicator.block = options.block;
    indicator.sourceLine = place.line;
    indicators.push(indicator);
    log.recognize(
      place,
      item,
      `${level1 || lastLevel1}/${level2 || lastLevel2 || "—"}，指标值 ${targetText.trim() || "—"}，完成值 ${actual ?? "—"}，权重 ${weight ?? "—"}，得分 ${score ?? "—"}`,
    );
  }
  return { indicators, level1Weights };
}

/** "合计 | 100 | 100" or "总分 | 100 | 99.8": the printed totals of a 自评表. */
export function readTotalsRow(row: SourceRow): { totalWeight?: string; totalScore?: string } {
  const numbers = row.cells
    .map((cell) => compactText(cell.text).split(/\n/)[0] ?? "")
    .map((text) => /^(\d+(?:\.\d+)?)/.exec(text)?.[1])
    .filter((text): text is string => text !== undefined);
  const out: { totalWeight?: string; totalScore?: string } = {};
  if (numbers[0] !== undefined) out.totalWeight = numbers[0];
  if (numbers[1] !== undefined) out.totalScore = numbers[1];
  return out;
}
