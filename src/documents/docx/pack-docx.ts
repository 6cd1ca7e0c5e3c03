/**
 * Packs a Word document into .docx bytes: the docx library's Packer, then the raw XML blocks (`raw-xml-block.ts`)
 * put in the places their placeholders hold. Every builder packs through here.
 * @module
 */
import { type Document, Packer } from "docx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { fillRawXmlBlocks, hasRawXmlBlocks } from "./raw-xml-block.ts";

const DOCUMENT_PART = "word/document.xml";

export async function packDocx(document: Document): Promise<Uint8Array> {
  const packed = new Uint8Array(await Packer.toBuffer(document));
  const parts = unzipSync(packed);
  const body = parts[DOCUMENT_PART];
  if (!body) throw new Error("Word 文档生成失败：缺少 word/document.xml");
  const xml = strFromU8(body);
  if (!hasRawXmlBlocks(xml)) return packed;
  parts[DOCUMENT_PART] = strToU8(fillRawXmlBlocks(xml));
  // The parts keep their order ([Content_Types].xml first), as the library wrote them.
  return zipSync(parts, { level: 6 });
}
