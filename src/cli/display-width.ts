/**
 * Column alignment for terminal tables that mix Chinese and ASCII: a CJK character takes two columns.
 * @module
 */
import { isEastAsianWide } from "../core/text/east-asian-width.ts";

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isEastAsianWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
  return width;
}

/** Cuts text to at most `max` columns, marking the cut with "…". */
export function truncateToWidth(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = "";
  let width = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (width + w > max - 1) break;
    out += ch;
    width += w;
  }
  return `${out}…`;
}
