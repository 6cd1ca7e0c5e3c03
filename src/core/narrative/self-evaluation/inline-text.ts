/**
 * A user's text placed inside a generated sentence ("偏差原因：……。"): one line, without its own closing
 * punctuation, so the generated sentence neither breaks into paragraphs nor ends in "。。".
 * @module
 */

/** "科普经费有限。\n" → "科普经费有限". */
export function inlineText(text: string): string {
  return text
    .replace(/\s*\n+\s*/g, " ")
    .trim()
    .replace(/[。．；;，,、\s]+$/, "");
}

/** “text” with the quotation marks inside turned into single ones, so "“实施“基层科普行动计划””" cannot happen. */
export function quoted(text: string): string {
  return `“${text.replace(/“/g, "‘").replace(/”/g, "’")}”`;
}
