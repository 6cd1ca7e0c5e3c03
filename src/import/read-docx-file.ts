/**
 * Reads a Word .docx (ours, Word's, WPS's, LibreOffice's) into paragraphs and tables with their merges: gridSpan
 * gives a cell's width in grid columns, gridBefore skipped columns, vMerge="continue" a cell that continues the one
 * above. `read-docx-text.ts` gives text only and `read-docx-tables.ts` reads only our own builder's tables (flat,
 * attribute-free tags), so foreign files need this walk over the body in document order. A table nested in a cell
 * is flattened into that cell's text; `mc:Fallback` copies of text boxes are skipped.
 * @module
 */
import { scanDocumentXml } from "../documents/docx/scan-document-xml.ts";
import { DocxNumbering } from "./docx-numbering.ts";
import { UnreadableFileError } from "./import-error.ts";
import { numberTables, trimCell } from "./read-text-file.ts";
import type { ZipPackage } from "./read-zip-package.ts";
import {
  renderBlocks,
  type SourceBlock,
  type SourceCell,
  type SourceDocument,
  type SourceRow,
} from "./source-document.ts";

interface OpenCell {
  paragraphs: string[];
  span: number;
  vMerge: "restart" | "continue" | null;
}
interface OpenTable {
  rows: SourceRow[];
  cells: SourceCell[] | null;
  col: number;
  cell: OpenCell | null;
}

export function readDocxFile(file: string, zip: ZipPackage): SourceDocument {
  const xml = zip.readText("word/document.xml");
  if (xml === undefined || !/<w:body[\s>]/.test(xml))
    throw new UnreadableFileError(file, "Word 文档没有正文（word/document.xml 缺失或无效）");
  const numbering = new DocxNumbering(zip.readText("word/numbering.xml"));
  const notes: string[] = [];
  const blocks = documentXmlToBlocks(xml, numbering, notes);
  numberTables(blocks);
  const { lines, placesByLine } = renderBlocks(blocks);
  return { file, format: "docx", blocks, lines, placesByLine, ...(notes.length > 0 ? { notes } : {}) };
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];
}

export function documentXmlToBlocks(xml: string, numbering?: DocxNumbering, notes?: string[]): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const tables: OpenTable[] = [];
  let paragraph = "";
  const outer: string[] = [];
  let inText = false;
  let skipDepth = 0;
  let tabStops = 0;
  let paragraphCount = 0;
  let lastParagraph = "";
  // The automatic number of the paragraph being read (w:numPr), drawn before its text.
  let numId: string | null = null;
  let ilvl = 0;
  let numbered = 0;

  const finishParagraph = () => {
    if (numId !== null && numbering && paragraph.trim() !== "") {
      const label = numbering.next(numId, ilvl);
      if (label !== "") {
        paragraph = `${label}${paragraph.replace(/^\s+/, "")}`;
        numbered += 1;
      }
    }
    numId = null;
    ilvl = 0;
    const table = tables.at(-1);
    if (table?.cell) {
      if (paragraph.trim() !== "") table.cell.paragraphs.push(paragraph);
    } else {
      const text = trimCell(paragraph);
      if (text !== "") {
        paragraphCount += 1;
        lastParagraph = text;
        blocks.push({ kind: "paragraph", text, place: { line: 0, paragraph: paragraphCount } });
      }
    }
    paragraph = "";
  };

  for (const token of scanDocumentXml(xml)) {
    if (token.kind === "text") {
      if (inText && skipDepth === 0) paragraph += token.text;
      continue;
    }
    const { tag, name, isEnd, isEmpty } = token;
    if (name === "mc:Fallback" || name === "w:delText" || name === "w:instrText") {
      if (isEnd) skipDepth = Math.max(0, skipDepth - 1);
      else if (!isEmpty) skipDepth++;
      continue;
    }
    if (skipDepth > 0) continue;
    const table = tables.at(-1);
    switch (name) {
      case "w:t":
        inText = !isEnd && !isEmpty;
        break;
      case "w:tabs":
        if (isEnd) tabStops = Math.max(0, tabStops - 1);
        else if (!isEmpty) tabStops++;
        break;
      case "w:tab":
        if (!isEnd && tabStops === 0) paragraph += table?.cell ? " " : "\t";
        break;
      case "w:br":
      case "w:cr":
        if (!isEnd) paragraph += table?.cell ? "\n" : " ";
        break;
      case "w:numId":
        if (!isEnd) numId = attribute(tag, "w:val") ?? null;
        break;
      case "w:ilvl":
        if (!isEnd) ilvl = Number(attribute(tag, "w:val") ?? 0);
        break;
      case "w:noBreakHyphen":
        if (!isEnd) paragraph += "-";
        break;
      case "w:p":
        if (!isEnd) {
          outer.push(paragraph);
          paragraph = "";
          if (!isEmpty) break;
        }
        finishParagraph();
        paragraph = outer.pop() ?? "";
        break;
      case "w:tbl":
        if (!isEnd) tables.push({ rows: [], cells: null, col: 0, cell: null });
        else closeTable(tables, blocks, lastParagraph);
        break;
      case "w:tr":
        if (!table) break;
        if (!isEnd) {
          table.cells = [];
          table.col = 0;
        } else if (table.cells) {
          if (table.cells.length > 0) table.rows.push({ cells: table.cells, place: { line: 0 } });
          table.cells = null;
        }
        break;
      case "w:gridBefore":
        if (table?.cells && !table.cell) table.col += Number(attribute(tag, "w:val") ?? 0);
        break;
      case "w:tc":
        if (!table) break;
        if (!isEnd) table.cell = { paragraphs: [], span: 1, vMerge: null };
        else if (table.cell && table.cells) {
          const text = trimCell(table.cell.paragraphs.join("\n"));
          const cell: SourceCell = { text, col: table.col, span: table.cell.span };
          if (table.cell.vMerge === "continue") cell.mergedFromAbove = true;
          table.cells.push(cell);
          table.col += table.cell.span;
          table.cell = null;
        }
        break;
      case "w:gridSpan":
        if (table?.cell) table.cell.span = Math.max(1, Number(attribute(tag, "w:val") ?? 1));
        break;
      case "w:vMerge":
        if (table?.cell) table.cell.vMerge = attribute(tag, "w:val") === "restart" ? "restart" : "continue";
        break;
    }
  }
  if (numbered > 0) notes?.push(`${numbered} 个段落的自动编号（如“一、”“（一）”）按 Word 的编号格式补入正文`);
  return blocks;
}

function closeTable(tables: OpenTable[], blocks: SourceBlock[], caption: string): void {
  const table = tables.pop();
  if (!table) return;
  const enclosing = tables.at(-1)?.cell;
  if (enclosing) {
    const flat = table.rows
      .map((row) => row.cells.map((c) => c.text).join(" "))
      .join(" ")
      .trim();
    if (flat !== "") enclosing.paragraphs.push(flat);
    return;
  }
  blocks.push({ kind: "table", number: 0, caption, rows: table.rows, place: { line: 0 } });
}
