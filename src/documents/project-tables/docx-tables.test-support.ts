/**
 * Test support: the tables of a generated .docx as rows of cells with their merges (gridSpan, vMerge) and text, read
 * straight from `word/document.xml`, so tests check what Word will see rather than what the builder meant.
 * Only for the flat tables Jixiao writes (no nested tables).
 * @module
 */
import { unzipSync } from "fflate";

export interface DocxCell {
  text: string;
  gridSpan: number;
  vMerge: "restart" | "continue" | null;
}

export interface DocxTable {
  rows: DocxCell[][];
  /** The text of the paragraph just before the table (the form's title). */
  titleBefore: string;
  /** Whether that paragraph starts a new page. */
  pageBreakBefore: boolean;
}

export function readDocumentXml(data: Uint8Array): string {
  const part = unzipSync(data, { filter: (file) => file.name === "word/document.xml" })["word/document.xml"];
  if (!part) throw new Error("word/document.xml missing");
  return new TextDecoder().decode(part);
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function textOf(xml: string): string {
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1] ?? "").join(""),
  );
  return paragraphs.join("\n").replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? "");
}

export function readDocxTables(data: Uint8Array): DocxTable[] {
  const xml = readDocumentXml(data);
  const tables: DocxTable[] = [];
  const tablePattern = /<w:tbl>([\s\S]*?)<\/w:tbl>/g;
  let last = 0;
  for (const match of xml.matchAll(tablePattern)) {
    const before = xml.slice(last, match.index);
    const paragraphs = [...before.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)];
    const title =
      paragraphs
        .map((p) => textOf(p[0]))
        .filter((t) => t.trim() !== "")
        .at(-1) ?? "";
    const titleXml = paragraphs.filter((p) => textOf(p[0]).trim() !== "").at(-1)?.[0] ?? "";
    last = (match.index ?? 0) + match[0].length;
    const rows = [...(match[1] ?? "").matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...(row[1] ?? "").matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell): DocxCell => {
        const body = cell[1] ?? "";
        const span = /<w:gridSpan w:val="(\d+)"\/>/.exec(body);
        const merge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(body);
        return {
          text: textOf(body),
          gridSpan: span ? Number(span[1]) : 1,
          vMerge: merge ? (merge[1] === "restart" ? "restart" : "continue") : null,
        };
      }),
    );
    tables.push({
      rows,
      titleBefore: title,
      pageBreakBefore: /<w:pageBreakBefore(?: w:val="(?:true|1|on)")?\/>/.test(titleXml),
    });
  }
  return tables;
}
