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
    if (text.startsWith(glyph))
      return { operator: GLYPHS[glyph] ?? null, glyph, rest: text.slice(glyph.length).trim() };
  }
  return { operator: null, glyph: "", rest: text };
}

/**
 * Operators written as words in front of a number, longest first so that 大于等于 is not read as 大于. 达到 is "at
 * least". The text before the word may be a label ("培训人次不少于500人次", "较上年提升8%"): digits there would be
 * a different number, so a label holds none.
 */
const WORD_OPERATORS: readonly [string, Operator, "up" | "down" | null][] = [
  ["大于或等于", "≥", null],
  ["小于或等于", "≤", null],
  ["大于等于", "≥", null],
  ["小于等于", "≤", null],
  ["不少于", "≥", null],
  ["不低于", "≥", null],
  ["不小于", "≥", null],
  ["不下于", "≥", null],
  ["不超过", "≤", null],
  ["不高于", "≤", null],
  ["不大于", "≤", null],
  ["不多于", "≤", null],
  ["控制在", "≤", null],
  ["至少", "≥", null],
  ["最少", "≥", null],
  ["至多", "≤", null],
  ["最多", "≤", null],
  ["达到", "≥", null],
  ["超过", ">", null],
  ["大于", ">", null],
  ["高于", ">", null],
  ["多于", ">", null],
  ["小于", "<", null],
  ["低于", "<", null],
  ["少于", "<", null],
  ["等于", "=", null],
  ["提升", "≥", "up"],
  ["提高", "≥", "up"],
  ["增长", "≥", "up"],
  ["增加", "≥", "up"],
  ["上升", "≥", "up"],
  ["下降", "≥", "down"],
  ["降低", "≥", "down"],
  ["减少", "≥", "down"],
];

const WORD_OPERATOR_AT = new RegExp(
  `^([^\\d]{0,16}?)(${WORD_OPERATORS.map(([word]) => word).join("|")})(?:了)?\\s*(?=[+-]?[\\d.])`,
);

/**
 * A word operator in front of a number: "不少于500人次" → ≥ and "500人次"; "下降5%" → ≥ with direction down (the size
 * of the fall is at least 5%). Null when the text has none. A change word ("提升") with its own 以内 stays a change.
 */
export function splitWordOperator(
  input: string,
): { operator: Operator; word: string; direction: "up" | "down" | null; rest: string } | null {
  const match = WORD_OPERATOR_AT.exec(input.trim());
  if (!match) return null;
  const word = match[2] ?? "";
  const entry = WORD_OPERATORS.find(([w]) => w === word);
  if (!entry) return null;
  let operator = entry[1];
  const rest = input.trim().slice(match[0].length);
  // "控制在60万元以内" / "下降5%以内": a 以内/以下 behind bounds the number from above.
  if (/(?:以内|之内|以下)$/.test(rest)) operator = "≤";
  return {
    operator,
    word,
    direction: entry[2],
    rest: rest.replace(/(?:及以上|以上|及以下|以下|以内|之内)$/, "").trim(),
  };
}
