/**
 * How an indicator's target and actual are written in the 自评表 and in the report, from one place so the table cell
 * and the sentence print the same thing: the canonical operator glyph, the number as typed, the unit.
 * @module
 */
import type { Indicator } from "../../dataset/schema.ts";
import { parseMeasure } from "../../parse/parse-measure.ts";
import { parseOperator, splitLeadingOperator } from "../../parse/parse-operator.ts";

/**
 * "≥8次", "≥2万人次", "100%", "较为认可": the operator (canonical glyph, none for 定性 or when none was written),
 * the target as typed and the unit when the target does not carry one. Empty when no target was written.
 */
export function targetText(indicator: Indicator): string {
  const measure = parseMeasure(indicator.target);
  if (measure.text === "") return "";
  if (measure.value === null) return measure.text;
  const operator =
    indicator.operator ??
    (indicator.operatorPrinted ? parseOperator(indicator.operatorPrinted) : null) ??
    measure.operator;
  const glyph = operator === null || operator === "定性" ? "" : operator;
  return `${glyph}${numberAsTyped(measure.text)}${measure.unit === null ? unitOf(indicator) : ""}`;
}

/**
 * The actual as typed, with the indicator's unit added to a bare number ("10" → "10次"). When scoring had to read a
 * bare number in another unit (25000 against ≥2万人次) the number is left bare, because adding "万人次" would
 * print 25000万人次; the report states the conversion separately.
 */
export function actualText(indicator: Indicator, unitConverted: boolean): string {
  const measure = parseMeasure(indicator.actual);
  if (measure.text === "") return "";
  if (measure.value === null || measure.unit !== null || unitConverted) return measure.text;
  return `${measure.text}${unitOf(indicator)}`;
}

/** True when the indicator is written as a statement rather than a number (定性). */
export function isQualitativeText(indicator: Indicator): boolean {
  return (
    indicator.operator === "定性" ||
    (parseMeasure(indicator.target).value === null && (indicator.target ?? "").trim() !== "")
  );
}

function numberAsTyped(text: string): string {
  return splitLeadingOperator(text).rest.trim();
}

function unitOf(indicator: Indicator): string {
  return (indicator.unit ?? "").trim();
}

/** The 三级 name for a sentence: line breaks and spaces of the table cell removed, closing punctuation dropped. */
export function indicatorNameText(indicator: Indicator): string {
  return indicator.level3
    .replace(/\s*\n\s*/g, "")
    .trim()
    .replace(/[。．.；;，,、\s]+$/, "");
}
