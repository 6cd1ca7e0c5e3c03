/**
 * Operators of an indicator (指标性质 / 计算符号). Glyphs seen in real tables are normalised: ≧ (U+2267) and ≥
 * (U+2265) to ≥, ≦ to ≤, ＝ to =, ＞ to >, ＜ to <. 定性 marks a qualitative indicator.
 * @module
 */
export const OPERATORS = ["≥", "≤", "=", ">", "<", "定性"] as const;
export type Operator = (typeof OPERATORS)[number];

const GLYPHS: Record<string, Operator> = {
  "≥": "≥",
  "≧": "≥",
  ">=": "≥",
  "＞＝": "≥",
  "≤": "≤",
  "≦": "≤",
  "<=": "≤",
  "＜＝": "≤",
  "=": "=",
  "＝": "=",
  "==": "=",
  ">": ">",
  "＞": ">",
  "<": "<",
  "＜": "<",
  定性: "定性",
};

/** The canonical operator, or null for text that is not one. */
export function parseOperator(input: string): Operator | null {
  return GLYPHS[input.trim()] ?? null;
}

/** True when the written glyph is not the canonical one (≧ instead of ≥, ＝ instead of =). */
export function isNonCanonicalGlyph(input: string): boolean {
  const op = parseOperator(input);
  return op !== null && op !== "定性" && input.trim() !== op;
}

/** Leading operator of a value such as "≧2万人次" or "≤12": returns the operator and the rest. */
export function splitLeadingOperator(input: string): { operator: Operator | null; glyph: string; rest: string } {
  const text = input.trim();
  for (const glyph of [">=", "<=", "＞＝", "＜＝", "==", "≥", "≧", "≤", "≦", "＝", "=", "＞", ">", "＜", "<"]) {
    if (text.startsWith(glyph)) return { operator: GLYPHS[glyph] ?? null, glyph, rest: text.slice(glyph.length).trim() };
  }
  return { operator: null, glyph: "", rest: text };
}
