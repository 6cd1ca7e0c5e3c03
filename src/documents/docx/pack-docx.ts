/**
 * Packs a Word document into .docx bytes: the docx library compiles the document's parts, the raw XML blocks
 * (`raw-xml-block.ts`) are put in the places their placeholders hold, and the parts are zipped once by
 * `writeZip` (native deflate). Every builder packs through here.
 * @module
 */
import { type Document, Packer } from "docx";
import { strFromU8, unzipSync } from "fflate";
import { type ZipPart, writeZip } from "../zip/write-zip.ts";
import { fillRawXmlBlocks, hasRawXmlBlocks } from "./raw-xml-block.ts";

const DOCUMENT_PART = "word/document.xml";

/** The part of the library's Packer that compiles a document into its parts, before it zips them. */
interface DocxCompiler {
  compile(file: Document): Map<string, string | Uint8Array>;
}

/**
 * The library's compiler. `Packer.toBuffer` compiles and then deflates every part in JavaScript, and a document with
 * raw blocks had to be unzipped and zipped again; compiling through the Packer's own compiler (docx is pinned, and
 * its Packer has held one since 9.0) lets the parts be zipped once, natively. Should a release drop it, `packDocx`
 * falls back to the Packer's zip file.
 */
const compiler = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
const compile =
  typeof compiler?.compile === "function" ? (compiler.compile.bind(compiler) as DocxCompiler["compile"]) : undefined;

export async function packDocx(document: Document): Promise<Uint8Array> {
  const parts = compile ? compile(document) : await packedParts(document);
  const body = parts.get(DOCUMENT_PART);
  if (body === undefined) throw new Error("Word 文档生成失败：缺少 word/document.xml");
  const xml = typeof body === "string" ? body : strFromU8(body);
  if (hasRawXmlBlocks(xml)) parts.set(DOCUMENT_PART, fillRawXmlBlocks(xml));
  // The parts keep their order ([Content_Types].xml first), as the library compiled them.
  return writeZip(parts as Iterable<ZipPart>);
}

/** The parts of the Packer's zip file, in its order (only when the compiler cannot be reached). */
async function packedParts(document: Document): Promise<Map<string, string | Uint8Array>> {
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(document)));
  return new Map(Object.entries(files).filter(([path]) => !path.endsWith("/")));
}
