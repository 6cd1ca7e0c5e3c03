/**
 * Reads a plain-text export of a Word document (.txt): paragraphs, and tables in either of the two shapes text
 * exports give them —
 * - one cell per line, each cell line starting with a tab, a blank line closing the row (the seeds, and Word/WPS
 *   "纯文本" exports); a line without the tab right after a cell line continues that cell (a line break in it);
 * - one row per line, cells separated by tabs (`check-text`'s .docx rendering, a paste from Excel).
 * The text rendering is the file itself, so every `sourceLine` is the file's own line number.
 * @module
 */
import { UnreadableFileError } from "./import-error.ts";
import { IMPORT_LIMITS } from "./import-limits.ts";
import type { SourceBlock, SourceDocument, SourceRow, SourceTable } from "./source-document.ts";

/** UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 — what Chinese Windows' Notepad and WPS save. */
export function decodeText(file: string, data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder("utf-16le").decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder("utf-16be").decode(data.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(data).replace(/^\uFEFF/, "");
  } catch {
    try {
      return new TextDecoder("gb18030", { fatal: true }).decode(data);
    } catch {
      throw new UnreadableFileError(file, "文本编码无法识别（不是 UTF-8、UTF-16 或 GB18030）");
    }
  }
}

/** Word bookmarks ("[bookmark: _Toc123]") and Markdown heading marks are export artefacts, not printed text. */
export function cleanExportLine(raw: string): string {
  return raw.replace(/\[bookmark: [^\]]*\]/g, "");
}

export function readTextFile(file: string, data: Uint8Array): SourceDocument {
  const text = decodeText(file, data).replace(/\r\n?/g, "\n");
  const lines = text.split("\n");
  if (lines.length > IMPORT_LIMITS.maxTextLines) {
    throw new UnreadableFileError(file, `文本过长（${lines.length} 行，上限 ${IMPORT_LIMITS.maxTextLines} 行）`);
  }
  return textToDocument(file, lines);
}

/** Splits lines into paragraphs and tables. Exported for the PDF reader, whose text is lines as well. */
export function textToDocument(file: string, lines: readonly string[]): SourceDocument {
  const blocks: SourceBlock[] = [];
  let table: SourceTable | null = null;
  let row: SourceRow | null = null;
  let paragraphs = 0;
  let lastParagraph = "";
  const closeRow = () => {
    if (row && table && row.cells.length > 0) {
      row.place.row = table.rows.length + 1;
      table.rows.push(row);
    }
    row = null;
  };
  const openTable = (line: number): SourceTable => {
    const opened: SourceTable = { kind: "table", number: 0, caption: lastParagraph, rows: [], place: { line } };
    blocks.push(opened);
    return opened;
  };

  lines.forEach((raw, index) => {
    const n = index + 1;
    const line = cleanExportLine(raw);
    if (line.startsWith("\t")) {
      table ??= openTable(n);
      row ??= { cells: [], place: { line: n } };
      const cells = line.slice(1).split("\t");
      for (const cell of cells) row.cells.push({ text: trimCell(cell), col: row.cells.length, span: 1 });
      return;
    }
    if (line.trim() === "") {
      closeRow();
      return;
    }
    if (row && /^[ ]/.test(line)) {
      // A line indented by spaces after a cell is the next paragraph that the export ran on without a blank line
      // (seed 001's report title after its 自评表); cell text never starts with a space once exported.
      closeRow();
    } else if (row) {
      // A line break inside the cell being read.
      const cell = row.cells[row.cells.length - 1];
      // A row whose only cell line was empty starts where its text does.
      if (row.cells.length === 1 && cell?.text === "") row.place.line = n;
      if (cell) cell.text = cell.text === "" ? trimCell(line) : `${cell.text}\n${trimCell(line)}`;
      return;
    }
    if (line.includes("\t") && line.split("\t").filter((c) => c.trim() !== "").length >= 2) {
      table ??= openTable(n);
      const cells = line.split("\t").map((cell, col) => ({ text: trimCell(cell), col, span: 1 }));
      table.rows.push({ cells, place: { line: n, row: table.rows.length + 1 } });
      return;
    }
    table = null;
    paragraphs += 1;
    lastParagraph = trimCell(line);
    blocks.push({ kind: "paragraph", text: lastParagraph, place: { line: n, paragraph: paragraphs } });
  });
  closeRow();
  numberTables(blocks);
  return { file, format: "txt", blocks, lines: [...lines], placesByLine: placesOfLines(lines.length, blocks) };
}

/** Table cells are trimmed of ASCII and ideographic spaces and NBSP, as the seed transcriptions are. */
export function trimCell(text: string): string {
  return text.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, "");
}

/** Numbers tables in document order and marks each row's place with its table. */
export function numberTables(blocks: SourceBlock[]): void {
  let count = 0;
  for (const block of blocks) {
    if (block.kind !== "table") continue;
    count += 1;
    block.number = count;
    block.place.table = count;
    block.rows.forEach((row, i) => {
      row.place.table = count;
      row.place.row = i + 1;
    });
  }
}

function placesOfLines(count: number, blocks: readonly SourceBlock[]) {
  const places = Array.from({ length: count }, (_, i) => ({ line: i + 1 }) as SourceBlock["place"]);
  for (const block of blocks) {
    if (block.kind === "paragraph") places[block.place.line - 1] = block.place;
    else {
      // Every line of a row (one per cell in the seed shape) points at the row.
      block.rows.forEach((row, i) => {
        const next = block.rows[i + 1]?.place.line ?? row.place.line + row.cells.length;
        for (let l = row.place.line; l < next && l <= count; l++) places[l - 1] = { ...row.place, line: l };
      });
    }
  }
  return places;
}
