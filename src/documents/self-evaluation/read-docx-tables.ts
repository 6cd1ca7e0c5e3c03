/**
 * Reads the tables of a generated .docx back as cells with their merges (gridSpan, vMerge) and highlighting, so
 * tests can check a merged-cell layout the way Word will see it rather than the way the builder meant it. Only for
 * documents Jixiao writes (flat tables, no nesting); third-party files go through `read-docx-text.ts`.
 * @module
 */
import { strFromU8, unzipSync } from "fflate";

export interface DocxCell {
  /** Text of the cell, paragraphs joined with "\n". */
  text: string;
  gridSpan: number;
  vMerge: "restart" | "continue" | null;
  /** True when some run of the cell is highlighted. */
  highlighted: boolean;
}

export interface DocxTable {
  /** Widths of the table grid, twips. */
  gridColumns: number[];
  rows: DocxCell[][];
}

/** The document's `word/document.xml`, decoded. */
export function readDocumentXml(data: Uint8Array): string {
  const part = unzipSync(data, { filter: (file) => file.name === "word/document.xml" })["word/document.xml"];
  if (!part) throw new Error("缺少 word/document.xml");
  return strFromU8(part);
}

/** Every top-level table of the document, in order. */
export function readDocxTables(data: Uint8Array): DocxTable[] {
  const xml = readDocumentXml(data);
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) => {
    const body = table[1] ?? "";
    const gridColumns = [...body.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const rows = [...body.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...(row[1] ?? "").matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => readCell(cell[1] ?? "")),
    );
    return { gridColumns, rows };
  });
}

function readCell(xml: string): DocxCell {
  const span = /<w:gridSpan w:val="(\d+)"\/>/.exec(xml);
  const merge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(xml);
  const paragraphs = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((p) =>
    [...(p[1] ?? p[2] ?? "").matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1] ?? "")).join(""),
  );
  return {
    text: paragraphs.join("\n"),
    gridSpan: span ? Number(span[1]) : 1,
    vMerge: merge ? (merge[1] === "restart" ? "restart" : "continue") : null,
    highlighted: /<w:highlight /.test(xml),
  };
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
