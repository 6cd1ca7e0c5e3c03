/**
 * Parses a percentage as printed: "98.25%", "98.25％", "98.25" (sign missing), "7526.52‱" (per ten thousand).
 * The value is returned in percent units, with what was written beside it, so the audit can flag a missing sign
 * or a ‱ where % is expected.
 * @module
 */
import { Dec } from "../numbers/decimal.ts";
import { normalizeWidth, parsePlainNumber } from "./normalize-text.ts";

export interface ParsedPercent {
  /** The value in percent (7526.52‱ → 75.2652). */
  percent: Dec;
  /** The number as printed, before any ‱ conversion ("98.25"). */
  printedNumber: string;
  sign: "%" | "‱" | null;
}

/** Returns null for text that is not a percentage. */
export function parsePercent(input: string): ParsedPercent | null {
  const text = normalizeWidth(input).trim();
  const match = /^(.*?)\s*(%|‱)?$/.exec(text);
  const numberText = parsePlainNumber(match?.[1] ?? "");
  if (numberText === null) return null;
  const sign = (match?.[2] as "%" | "‱" | undefined) ?? null;
  const value = new Dec(numberText);
  return { percent: sign === "‱" ? value.div(100) : value, printedNumber: numberText, sign };
}
