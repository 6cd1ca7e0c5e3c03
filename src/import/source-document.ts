/**
 * What every reader (.txt, .docx, .xlsx, .pdf) hands to the recognizers: the document as a list of blocks —
 * paragraphs and tables — each with the place it came from, and a plain-text rendering whose line numbers are the
 * `sourceLine` of every imported item. The recognizers never see the file format; the import report and `check`
 * turn a line back into the original file's terms (表2 第5行, 第3页, 第12段).
 * @module
 */

/** Where a block or a table row came from, in the original file's terms. */
export interface SourcePlace {
  /** 1-based line of the text rendering (`SourceDocument.lines`). */
  line: number;
  /** 1-based paragraph number among the document's paragraphs (Word, text). */
  paragraph?: number;
  /** 1-based page (PDF). */
  page?: number;
  /** 1-based table number in the document (or sheet number in a workbook) and row inside it. */
  table?: number;
  row?: number;
  /** Sheet name of a workbook. */
  sheet?: string;
}

/** One cell as the file gives it: its grid column and span, and whether it continues a vertical merge. */
export interface SourceCell {
  text: string;
  /** 0-based first grid column; for a plain-text row, the cell's position in the row. */
  col: number;
  span: number;
  /** The cell continues a vertically merged cell above it (Word vMerge, Excel merge, HTML rowspan): it is empty here. */
  mergedFromAbove?: boolean;
}

export interface SourceRow {
  cells: SourceCell[];
  place: SourcePlace;
}

export interface SourceTable {
  kind: "table";
  /** 1-based table number in the document. */
  number: number;
  /** The paragraph printed just before the table (its title, usually), or "". */
  caption: string;
  /** Line of that paragraph in a text file (where a text export prints the title outside the table). */
  captionLine?: number;
  rows: SourceRow[];
  place: SourcePlace;
  /** A PDF table rebuilt from its ruling lines (its cells are whole), not pieced together from text columns. */
  ruled?: boolean;
}

export interface SourceParagraph {
  kind: "paragraph";
  text: string;
  place: SourcePlace;
}

export type SourceBlock = SourceParagraph | SourceTable;

export type SourceFormat = "txt" | "docx" | "xlsx" | "pdf";

export interface SourceDocument {
  /** The file name as the user gave it. */
  file: string;
  format: SourceFormat;
  /** Set when the file was converted first (.doc, .wps, .xls, .et → .docx/.xlsx by LibreOffice). */
  convertedFrom?: string;
  blocks: SourceBlock[];
  /** The text rendering: paragraphs as lines, table rows as tab-separated lines. Line n is `lines[n - 1]`. */
  lines: string[];
  /** Place of each line of the rendering, index = line - 1. */
  placesByLine: SourcePlace[];
  /** What the reader itself had to interpret (Word's automatic numbering drawn in), for the import report. */
  notes?: string[];
}

/** Builds the text rendering and its places from blocks, for readers whose file has no lines of its own. */
export function renderBlocks(blocks: readonly SourceBlock[]): { lines: string[]; placesByLine: SourcePlace[] } {
  const lines: string[] = [];
  const placesByLine: SourcePlace[] = [];
  for (const block of blocks) {
    if (block.kind === "paragraph") {
      block.place.line = lines.length + 1;
      lines.push(block.text.replace(/\r?\n/g, " "));
      placesByLine.push(block.place);
      continue;
    }
    block.place.line = lines.length + 1;
    for (const row of block.rows) {
      row.place.line = lines.length + 1;
      lines.push(row.cells.map((cell) => cell.text.replace(/[\t\r\n]+/g, " ")).join("\t"));
      placesByLine.push(row.place);
    }
  }
  return { lines, placesByLine };
}

/** "表2 第5行", "第3页", "第12段", "第40行": the place as a reader of the original file would look for it. */
export function describePlace(place: SourcePlace | undefined, format: SourceFormat): string {
  if (!place) return "";
  const parts: string[] = [];
  if (place.page !== undefined) parts.push(`第${place.page}页`);
  if (place.sheet !== undefined) parts.push(`工作表“${place.sheet}”`);
  if (place.table !== undefined && place.sheet === undefined) parts.push(`表${place.table}`);
  if (place.row !== undefined) parts.push(`第${place.row}行`);
  if (place.table === undefined && place.row === undefined) {
    if (format === "docx" && place.paragraph !== undefined) parts.push(`第${place.paragraph}段`);
    else if (format === "txt" || format === "pdf") parts.push(`第${place.line}行`);
    else if (place.paragraph !== undefined) parts.push(`第${place.paragraph}段`);
  }
  return parts.join(" ");
}

/** The place of a rendering line (1-based), or undefined outside the document. */
export function placeOfLine(document: SourceDocument, line: number | undefined): SourcePlace | undefined {
  if (line === undefined) return undefined;
  return document.placesByLine[line - 1];
}
