/**
 * "Keep with next" for a paragraph made already: the last paragraph of a report's body stays on the page of the
 * closing that follows it (特此报告, 附件说明, 署名, 成文日期), so no page holds the signature without body text
 * (GB/T 9704-2012 7.3.5.1 asks for the layout to be adjusted rather than a page "此页无正文"). The body's
 * paragraphs are built deep in the outline, before anyone knows which is last; the flag is set on the way out.
 *
 * Only a short paragraph is kept so: LibreOffice moves a kept paragraph whole, and a long one would leave half a
 * page empty before it (临泽's last paragraph has 18 lines); a long paragraph breaks across the page by itself, its
 * last lines (two at least, widow control) with the closing.
 * @module
 */
import { type FileChild, Paragraph } from "docx";

type XmlObject = Record<string, unknown>;

/**
 * Eight lines of 三号 body text (28 characters a line): a paragraph this short moves to the closing's page whole,
 * leaving at most about a third of the page before it empty.
 */
export const KEPT_PARAGRAPH_CHARS = 8 * 28;

/** The characters of the text runs (`w:t`) under an element written by the docx library. */
function textLength(node: unknown): number {
  if (typeof node === "string") return 0;
  if (Array.isArray(node)) return node.reduce((sum: number, child) => sum + textLength(child), 0);
  if (node === null || typeof node !== "object") return 0;
  let sum = 0;
  for (const [key, value] of Object.entries(node as XmlObject)) {
    if (key === "w:t" && Array.isArray(value))
      sum += value.reduce((n: number, v) => n + (typeof v === "string" ? v.length : 0), 0);
    else if (key !== "_attr") sum += textLength(value);
  }
  return sum;
}

/**
 * Sets `w:keepNext` in the paragraph's properties when it is written (after its `w:pStyle`, where the schema puts
 * it). A paragraph written without properties is left alone: a raw XML block's placeholder is such a paragraph,
 * and it must stay exactly as `raw-xml-block.ts` looks for it.
 */
export function keepWithNext(paragraph: Paragraph, maxChars = KEPT_PARAGRAPH_CHARS): Paragraph {
  const write = paragraph.prepForXml.bind(paragraph);
  paragraph.prepForXml = (context) => {
    const xml = write(context) as XmlObject | undefined;
    const parts = xml?.["w:p"];
    if (!Array.isArray(parts) || textLength(parts) > maxChars) return xml;
    const properties = parts.find((part: XmlObject) => "w:pPr" in part) as XmlObject | undefined;
    const list = properties?.["w:pPr"];
    if (!Array.isArray(list) || list.some((item: XmlObject) => "w:keepNext" in item)) return xml;
    const at = list.findIndex((item: XmlObject) => "w:pStyle" in item) + 1;
    list.splice(at, 0, { "w:keepNext": {} });
    return xml;
  };
  return paragraph;
}

/** `children` with its last element kept with what follows, when it is a paragraph (a table is left as it is). */
export function keepEndWithNext<T extends FileChild>(children: T[]): T[] {
  const last = children.at(-1);
  if (last instanceof Paragraph) keepWithNext(last);
  return children;
}
