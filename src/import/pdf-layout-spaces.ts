/**
 * The spaces a PDF's layout adds to its text: pdftotext spaces out justified lines ("年 初 预 算") and sets digits
 * apart from Chinese ("2023 年度"). Both the layout-text reader and the ruled-table reader close them, so a cell or a
 * line reads as the document typed it.
 * @module
 */
const CJK = "\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef“”‘’";
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}]) +(?=[${CJK}])`, "g");
const SPACE_CJK_DIGIT = new RegExp(`(?<=[${CJK}]) +(?=[-\\d])|(?<=[\\d%]) +(?=[${CJK}])`, "g");

/** The line as the document typed it, without the spaces the PDF layout added. */
export function closeLayoutSpaces(text: string): string {
  return text.replace(SPACE_BETWEEN_CJK, "").replace(SPACE_CJK_DIGIT, "");
}
