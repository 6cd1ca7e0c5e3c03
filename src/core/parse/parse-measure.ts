/**
 * Parses an indicator value as typed in a target or actual cell: "≧2万人次", "25000", "100%", "≥20 名", "95％",
 * "较为认可". The number, its unit and a leading operator are separated; text that is not a number is kept as a
 * qualitative value.
 * @module
 */
import { Dec } from "../numbers/decimal.ts";
import { normalizeWidth, parsePlainNumber } from "./normalize-text.ts";
import { type Operator, splitLeadingOperator } from "./parse-operator.ts";

export interface ParsedMeasure {
  operator: Operator | null;
  /** The operator glyph as written ("≧"), empty when none. */
  glyph: string;
  value: Dec | null;
  /** The unit written after the number ("万人次", "%", "名"), or null. */
  unit: string | null;
  /** The whole text, trimmed. */
  text: string;
}

const NUMBER_THEN_UNIT = /^([+-]?[\d,]*\.?\d+)\s*(.*)$/;

/**
 * Parsed cells by their text. The same few values ("100%", "≥95%", "是", "10") fill most indicator tables, and a
 * province audit reads a million of them; a ParsedMeasure is never changed after parsing (Decimals are immutable),
 * so one can be shared. Bounded: emptied when full.
 */
const parsedByText = new Map<string, ParsedMeasure>();
const CACHE_LIMIT = 20_000;

export function parseMeasure(input: string | undefined | null): Readonly<ParsedMeasure> {
  const key = input ?? "";
  const cached = parsedByText.get(key);
  if (cached) return cached;
  const parsed = Object.freeze(parseMeasureText(key));
  if (parsedByText.size >= CACHE_LIMIT) parsedByText.clear();
  parsedByText.set(key, parsed);
  return parsed;
}

function parseMeasureText(input: string): ParsedMeasure {
  const text = normalizeWidth(input).trim();
  const { operator, glyph, rest } = splitLeadingOperator(text);
  const match = NUMBER_THEN_UNIT.exec(rest);
  if (match) {
    const numberText = parsePlainNumber(match[1] ?? "");
    const unitText = (match[2] ?? "").trim();
    if (numberText !== null && unitText.length <= 8 && !/\d/.test(unitText)) {
      return { operator, glyph, value: new Dec(numberText), unit: unitText === "" ? null : unitText, text };
    }
  }
  return { operator, glyph, value: null, unit: null, text };
}

/**
 * Scale factors between units that differ only by a Chinese magnitude prefix: 万人次 = 10 000 人次, 万元 = 10 000 元.
 * Returns the factor that converts `from` into `to`, or null when the units are not related that way.
 */
export function unitScale(from: string, to: string): Dec | null {
  if (from === to) return new Dec(1);
  if (from === `万${to}`) return new Dec(10_000);
  if (to === `万${from}`) return new Dec(1).div(10_000);
  if (from === `亿${to}`) return new Dec(100_000_000);
  if (to === `亿${from}`) return new Dec(1).div(100_000_000);
  return null;
}
