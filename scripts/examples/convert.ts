/**
 * Cell conversions for the example builder. Every number goes through the project's parsers (money to integer 分 and
 * back, operators, measures), so an example file holds exactly what the production input path would produce; no
 * value is computed with floats, and blank cells stay absent instead of becoming zero.
 * @module
 */
import type { Indicator } from "../../src/core/dataset/schema.ts";
import { normalizeWidth, parsePlainNumber } from "../../src/core/parse/normalize-text.ts";
import { toCanonicalWan } from "../../src/core/parse/parse-amount.ts";
import { parseMeasure } from "../../src/core/parse/parse-measure.ts";
import { isNonCanonicalGlyph, parseOperator, splitLeadingOperator } from "../../src/core/parse/parse-operator.ts";

/** A printed amount ("874.05万元", "0.00", "12") as canonical 万元 text; throws on blank, dash or garbage. */
export function wan(text: string): string {
  const value = toCanonicalWan(text);
  if (value === null) throw new RangeError(`应为金额，实为空白或横线：“${text}”`);
  return value;
}

/** Like `wan`, but a blank or dash cell ("", "——", "/") is absent, never zero. */
export function wanOpt(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  return toCanonicalWan(text) ?? undefined;
}

/** A weight or score cell ("10", "9.8") as decimal text; throws when it is not a plain number. */
export function decimal(text: string): string {
  const value = parsePlainNumber(text);
  if (value === null) throw new RangeError(`应为数字：“${text}”`);
  return value;
}

export function decimalOpt(text: string | undefined): string | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  return decimal(text);
}

/** A head count or similar ("48 人", "2批次", "8名") as an integer; throws when the text holds no whole number. */
export function count(text: string): number {
  const { value } = parseMeasure(text);
  if (value === null || !value.isInteger() || value.isNegative()) throw new RangeError(`应为整数个数：“${text}”`);
  return value.toNumber();
}

/** The printed text itself, or undefined for a blank cell (blank ≠ "0"). */
export function printedOpt(text: string | undefined): string | undefined {
  return text === undefined || text === "" ? undefined : text;
}

/** Drops keys whose value is undefined and returns undefined for an object left empty, so JSON output stays tidy. */
export function compact<T extends object>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as T);
}

/**
 * 一级/二级 names as the scoring reads them: a table cell wraps long names ("重点工作\n任务完成") and prints the
 * section weight inside the name ("产出指标\n(50分)"); neither is part of the name. Blank merged cells stay "".
 */
export function cleanLevelName(name: string): string {
  return name.replace(/[（(]\s*\d+(\.\d+)?\s*分\s*[)）]/g, "").replace(/\s+/g, "");
}

/** The weight printed inside a 一级 cell ("产出指标\n(50分)" → "50"), or undefined. */
export function weightInLevelName(name: string): string | undefined {
  const match = /[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/.exec(name);
  return match?.[1] === undefined ? undefined : decimal(match[1]);
}

/** The weight printed in a section header ("绩效指标（90分）", "预算执行情况（10分）"). */
export function weightInHeader(header: string): string {
  const weight = weightInLevelName(header);
  if (weight === undefined) throw new RangeError(`表头中没有分值：“${header}”`);
  return weight;
}

/** Operator of a separate 指标性质 cell: canonical symbol plus the printed glyph when it differs (＝ ＞ ≧). */
export function operatorFields(glyph: string): Pick<Indicator, "operator" | "operatorPrinted"> {
  const text = glyph.trim();
  if (text === "") return {};
  const operator = parseOperator(text);
  if (operator === null) throw new RangeError(`无法识别的指标性质：“${glyph}”`);
  return { operator, operatorPrinted: isNonCanonicalGlyph(text) ? text : undefined };
}

/**
 * Splits a target typed with its operator and unit in one cell ("≧2万人次", "≥3篇", "100%") into operator, number
 * and unit, keeping the number as printed. A qualitative target ("较为认可") is kept whole with no operator: the
 * document printed none, and the scoring recognises a non-numeric target as qualitative by itself.
 */
export function splitTarget(printed: string): Pick<Indicator, "operator" | "operatorPrinted" | "target" | "unit"> {
  const measure = parseMeasure(printed);
  if (measure.value === null) return { target: printedOpt(printed.trim()) };
  const { rest } = splitLeadingOperator(normalizeWidth(printed).trim());
  const numberText = measure.unit === null ? rest : rest.slice(0, rest.length - measure.unit.length).trim();
  if (parsePlainNumber(numberText) === null) throw new RangeError(`指标值拆分失败：“${printed}”`);
  return {
    ...(measure.glyph === "" ? {} : operatorFields(measure.glyph)),
    target: numberText,
    unit: measure.unit ?? undefined,
  };
}

/** The value a printed label maps to; throws on a label the builder does not know, so nothing is silently dropped. */
export function lookup<V>(table: Readonly<Record<string, V>>, key: string): V {
  const value = table[key];
  if (value === undefined) throw new Error(`未知的分类“${key}”`);
  return value;
}

/** Project scores stated in a report's prose, as printed ("98 分"). */
export function projectScores(entries: ReadonlyArray<{ project_printed: string; score_printed: string; source_line: number }>) {
  return entries.map((entry) => ({ label: entry.project_printed, score: entry.score_printed, sourceLine: entry.source_line }));
}
