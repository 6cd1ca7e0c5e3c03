/**
 * Removes the closing a unit typed at the end of its last section ("特此报告。", "附：部门整体支出绩效自评表", its
 * name, "2025年5月26日"): the generated report adds its own signature and attachments, and a second closing in the
 * middle of the text would also put the signing date among the report's sentences.
 * @module
 */

const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;
const CLOSING_LINE = /^(?:特此报告|此致|敬礼|附[:：]|附件\s*[\d一二三四五六七八九十-]*\s*[:：]?)/;

/** `text` without its trailing closing lines; the lines before are kept as written. */
export function stripLetterClosing(text: string, unitName?: string): string {
  const lines = text.split("\n");
  while (lines.length > 0) {
    const last = (lines.at(-1) ?? "").trim();
    const isClosing =
      last === "" ||
      DATE_LINE.test(last) ||
      CLOSING_LINE.test(last) ||
      (unitName !== undefined && last === unitName.trim());
    if (!isClosing) break;
    lines.pop();
  }
  return lines.join("\n");
}
