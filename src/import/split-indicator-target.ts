/**
 * Indicator cells as the scoring reads them, through the project's parsers: an operator from a 指标性质 cell (＝ ≧
 * kept as printed beside the canonical symbol), a target typed with its operator and unit in one cell ("≧2万人次")
 * split into operator, number and unit, and 一级/二级 names cleaned of the line breaks and section weights that
 * table cells print inside them ("产出指标\n(50分)").
 * @module
 */
import type { Indicator } from "../core/dataset/schema.ts";
import { normalizeWidth, parsePlainNumber } from "../core/parse/normalize-text.ts";
import { parseMeasure } from "../core/parse/parse-measure.ts";
import { isNonCanonicalGlyph, parseOperator, splitLeadingOperator } from "../core/parse/parse-operator.ts";

export { cleanLevelName } from "../core/scoring/indicator-hierarchy.ts";

const LEVEL_WEIGHT = /[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/;

/** The weight printed inside a 一级 cell or a section header ("绩效指标（90分）" → "90"), or undefined. */
export function weightInName(name: string): string | undefined {
  const match = LEVEL_WEIGHT.exec(name);
  return match?.[1] === undefined ? undefined : (parsePlainNumber(match[1]) ?? undefined);
}

/** A separate 指标性质 cell; null when it is not an operator. */
export function operatorFields(glyph: string): Pick<Indicator, "operator" | "operatorPrinted"> | null {
  const text = glyph.trim();
  if (text === "") return {};
  const operator = parseOperator(text);
  if (operator === null) return null;
  return isNonCanonicalGlyph(text) ? { operator, operatorPrinted: text } : { operator };
}

/** "≧2万人次" → ≥, 2, 万人次; "较为认可" → the text, no operator. */
export function splitTarget(printed: string): Pick<Indicator, "operator" | "operatorPrinted" | "target" | "unit"> {
  const trimmed = printed.trim();
  const measure = parseMeasure(trimmed);
  if (measure.value === null) return trimmed === "" ? {} : { target: trimmed };
  const { rest } = splitLeadingOperator(normalizeWidth(trimmed).trim());
  const numberText = measure.unit === null ? rest : rest.slice(0, rest.length - measure.unit.length).trim();
  if (parsePlainNumber(numberText) === null) return { target: trimmed };
  const operator = measure.glyph === "" ? {} : (operatorFields(measure.glyph) ?? {});
  const out: Pick<Indicator, "operator" | "operatorPrinted" | "target" | "unit"> = { ...operator, target: numberText };
  if (measure.unit !== null) out.unit = measure.unit;
  return out;
}
