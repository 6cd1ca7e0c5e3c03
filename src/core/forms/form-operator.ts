/**
 * The 指标性质 column: the canonical operator as the 四川 form prints it — ≥ and ≤ as they are, =, >, < in their
 * full-width forms ＝ ＞ ＜ (which the audit accepts as the form's own glyphs), 定性 for a qualitative indicator.
 * @module
 */
import type { Indicator } from "../dataset/schema.ts";
import { type Operator, parseOperator } from "../parse/parse-operator.ts";

const FORM_GLYPH: Record<Operator, string> = { "≥": "≥", "≤": "≤", "=": "＝", ">": "＞", "<": "＜", 定性: "定性" };

/** The operator cell of an indicator; empty when the indicator has none. */
export function formOperator(indicator: Indicator): string {
  const operator = indicator.operator ?? parseOperator(indicator.operatorPrinted ?? "");
  return operator === null ? "" : FORM_GLYPH[operator];
}
