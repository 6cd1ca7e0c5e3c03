/**
 * Parses an indicator value as typed in a target or actual cell: "≧2万人次", "25000", "100%", "≥20 名", "95％",
 * "较为认可", "不少于500人次", "95%以上", "提升8%", "实际完成520人次". The number, its unit and the operator —
 * a glyph in front, a word in front (不少于, 不超过, 达到 …), a word behind (以上, 以内 …) or a change word (提升,
 * 下降 …) — are separated; text that is not a number is kept as a qualitative value. A unit written as 百分比 or
 * 百分率 is %.
 * @module
 */
import { Dec } from "../numbers/decimal.ts";
import { normalizeWidth, parsePlainNumber } from "./normalize-text.ts";
import { type Operator, splitLeadingOperator, splitWordOperator } from "./parse-operator.ts";

export interface ParsedMeasure {
  operator: Operator | null;
  /** The operator glyph as written ("≧"), empty when none. */
  glyph: string;
  value: Dec | null;
  /** The unit written after the number ("万人次", "%", "名"), or null. */
  unit: string | null;
  /** The whole text, trimmed. */
  text: string;
  /** A change word in front ("提升8%" up, "下降5%" down): the value is the size of the change in that direction. */
  direction: "up" | "down" | null;
  /** The operator was written as a word (不少于, 以上 …), not a glyph. */
  operatorWord: string | null;
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

/** Words that only say the figure is the actual one ("实际完成520人次", "累计8场"), read past in front of a number. */
const ACTUAL_PREFIX = /^(?:实际完成|实际|已完成|完成了|完成|累计完成|累计|共计|共|合计|约|为)\s*(?=[+-]?[\d.])/;

/** 百分比 and 百分率 in a unit cell mean %. */
export function normalizeUnit(unit: string | null): string | null {
  if (unit === null) return null;
  const u = unit.trim();
  if (u === "") return null;
  return /^(?:%|百分比|百分率|百分点)$/.test(u) ? "%" : u;
}

/** A label before a glyph operator: "及时率≥95%", "培训人数≥500人" (a label holds no digits). */
const LABEL_BEFORE_GLYPH = /^[^\d≥≤≧≦=><]{1,16}?(?=(?:>=|<=|≥|≧|≤|≦|=|>|<)\s*[+-]?[\d.])/;

function parseMeasureText(input: string): ParsedMeasure {
  const text = normalizeWidth(input).trim();
  const labelled = LABEL_BEFORE_GLYPH.exec(text);
  const leading = splitLeadingOperator(labelled ? text.slice(labelled[0].length) : text);
  let { operator, glyph } = leading;
  let body = leading.rest;
  let direction: ParsedMeasure["direction"] = null;
  let operatorWord: string | null = null;
  if (operator === null) {
    const word = splitWordOperator(body);
    if (word) {
      ({ operator, direction } = word);
      operatorWord = word.word;
      glyph = word.word;
      body = word.rest;
    } else body = body.replace(ACTUAL_PREFIX, "");
  }
  const match = NUMBER_THEN_UNIT.exec(body);
  if (match) {
    const numberText = parsePlainNumber(match[1] ?? "");
    let unitText = (match[2] ?? "").trim();
    if (operator === null) {
      const suffix = /^(.*?)(及以上|以上|及以下|以下|以内|之内)$/.exec(unitText);
      if (suffix) {
        unitText = (suffix[1] ?? "").trim();
        operatorWord = suffix[2] ?? null;
        glyph = operatorWord ?? "";
        operator = /上$/.test(suffix[2] ?? "") ? "≥" : "≤";
      }
    }
    if (numberText !== null && unitText.length <= 8 && !/\d/.test(unitText)) {
      return {
        operator,
        glyph,
        value: new Dec(numberText),
        unit: normalizeUnit(unitText),
        text,
        direction,
        operatorWord,
      };
    }
  }
  return {
    operator: leading.operator,
    glyph: leading.glyph,
    value: null,
    unit: null,
    text,
    direction: null,
    operatorWord: null,
  };
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
