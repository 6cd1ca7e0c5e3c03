/**
 * Reads a number as a table printed it ("9.8", "100.00%", "98.25"), keeping its printed precision, so a
 * comparison is made at the precision the document chose: 9.8 for 9.825 is right at one decimal (judged by
 * `judgePrintedValue`).
 * @module
 */
import { Dec, decimalsOf } from "../numbers/decimal.ts";
import { normalizeWidth, parsePlainNumber } from "../parse/normalize-text.ts";

export interface PrintedNumber {
  value: Dec;
  decimals: number;
  text: string;
  hasPercentSign: boolean;
}

/** Null for blank, "/" and text that is not a number. */
export function readPrintedNumber(printed: string | undefined): PrintedNumber | null {
  if (printed === undefined) return null;
  const text = normalizeWidth(printed).trim().replace(/分$/, "");
  const hasPercentSign = text.endsWith("%");
  const numberText = parsePlainNumber(hasPercentSign ? text.slice(0, -1) : text);
  if (numberText === null) return null;
  return { value: new Dec(numberText), decimals: decimalsOf(numberText), text: printed.trim(), hasPercentSign };
}
