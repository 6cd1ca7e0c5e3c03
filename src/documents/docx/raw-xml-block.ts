/**
 * Body content written as WordprocessingML text instead of as docx objects. The docx library spends a few
 * microseconds on every element it writes, and a 21-project form has some 40 000 of them in its tables; written as
 * a string the same table takes a tenth of the time. A raw block stands in the document as a placeholder paragraph
 * holding a marker, and `packDocx` puts the XML in its place when the file is packed.
 *
 * The XML must be a complete body-level element (a `w:tbl` or `w:p`) and well formed: it is not checked here.
 * @module
 */
import { randomBytes } from "node:crypto";
import { Paragraph, TextRun } from "docx";

/** A per-process nonce in the marker, so that no text a user typed can be taken for one. */
const MARKER_PREFIX = `jixiao-raw-${randomBytes(6).toString("hex")}-`;
/** The placeholder paragraph exactly as the docx library writes it. */
const PLACEHOLDER = new RegExp(`<w:p><w:r><w:t xml:space="preserve">${MARKER_PREFIX}(\\d+)</w:t></w:r></w:p>`, "g");

const pending = new Map<string, string>();
// A block whose document is never packed (a build that failed half-way) must not keep its XML for ever.
const released = new FinalizationRegistry<string>((id) => pending.delete(id));
let nextId = 1;

/** A placeholder paragraph for `xml`, to be put among a section's children. */
export function rawXmlBlock(xml: string): Paragraph {
  const id = String(nextId++);
  pending.set(id, xml);
  const placeholder = new Paragraph({ children: [new TextRun(`${MARKER_PREFIX}${id}`)] });
  released.register(placeholder, id);
  return placeholder;
}

/** True when the document XML holds placeholders to fill. */
export function hasRawXmlBlocks(documentXml: string): boolean {
  return documentXml.includes(MARKER_PREFIX);
}

/**
 * Replaces every placeholder of `documentXml` with its XML (each block is used once).
 * @throws Error when a placeholder's XML is gone — a block put in two documents, or the library's output changed
 */
export function fillRawXmlBlocks(documentXml: string): string {
  const filled = documentXml.replace(PLACEHOLDER, (_, id: string) => {
    const xml = pending.get(id);
    if (xml === undefined) throw new Error(`Word 文档生成失败：表格占位 ${id} 的内容缺失`);
    pending.delete(id);
    return xml;
  });
  if (hasRawXmlBlocks(filled)) throw new Error("Word 文档生成失败：有表格占位未能替换");
  return filled;
}
