/**
 * Reads the text of a Word .docx so the prose audit can check a report as the unit wrote it, without Word or
 * LibreOffice.
 *
 * Only `word/document.xml` is read. Each paragraph becomes a line; a table row becomes one line with its cells
 * separated by tabs, which is how the prose audit recognises table cells. Inside a cell, paragraphs, line breaks and
 * tabs become spaces so that they cannot break the row apart; a table nested in a cell is flattened into that cell.
 * Text in `mc:Fallback` (the copy Word keeps for old readers of text boxes) is skipped so it is not read twice, and
 * tab-stop definitions (`w:tabs`) are not tabs.
 * @module
 */
import { unzipSync } from "fflate";
import { scanDocumentXml } from "./docx/scan-document-xml.ts";

const DOCUMENT_PART = "word/document.xml";
/** A real document.xml is a few MB at most; anything far larger is a zip bomb, not a report. */
const MAX_DOCUMENT_BYTES = 200 * 1024 * 1024;

/**
 * The text of a .docx: paragraphs as lines, table rows as tab-separated lines.
 * Throws an Error with a Chinese message ("不是有效的 .docx 文件：…") when the data is not a readable .docx.
 */
export function readDocxText(data: Uint8Array): string {
  return documentXmlToText(readDocumentXml(data));
}

function readDocumentXml(data: Uint8Array): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(data, {
      filter: (file) => {
        if (file.name !== DOCUMENT_PART) return false;
        if (file.originalSize > MAX_DOCUMENT_BYTES) throw new Error(`${DOCUMENT_PART} 解压后超过 200 MB`);
        return true;
      },
    });
  } catch (error) {
    throw new Error(`不是有效的 .docx 文件：无法按 ZIP 格式解压（${(error as Error).message}）`, { cause: error });
  }
  const part = files[DOCUMENT_PART];
  if (!part) throw new Error(`不是有效的 .docx 文件：缺少 ${DOCUMENT_PART}（可能是 .doc、.xlsx 或其他 ZIP 文件）`);
  const xml = decodeXml(part);
  if (!/<w:body[\s>]/.test(xml)) throw new Error(`不是有效的 .docx 文件：${DOCUMENT_PART} 中没有正文（w:body）`);
  return xml;
}

function decodeXml(bytes: Uint8Array): string {
  const isUtf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  return new TextDecoder(isUtf16 ? "utf-16le" : "utf-8").decode(bytes).replace(/^\uFEFF/, "");
}

interface OpenTable {
  rows: string[];
  cells: string[] | null;
  paragraphs: string[] | null;
}

/** Walks the XML once (scanDocumentXml), keeping paragraphs as lines and table rows as tab-separated cells. */
function documentXmlToText(xml: string): string {
  const lines: string[] = [];
  const tables: OpenTable[] = [];
  let paragraph = "";
  // A text box sits inside a run of its paragraph, so paragraphs nest; the outer one resumes after it.
  const outerParagraphs: string[] = [];
  let inText = false;
  let skipDepth = 0;
  let tabStopsDepth = 0;
  const inCell = () => (tables.at(-1)?.paragraphs ?? null) !== null;
  const finishParagraph = () => {
    const cell = tables.at(-1)?.paragraphs;
    if (cell) {
      if (paragraph.trim() !== "") cell.push(paragraph);
    } else {
      lines.push(paragraph);
    }
    paragraph = "";
  };

  for (const token of scanDocumentXml(xml)) {
    if (token.kind === "text") {
      if (inText && skipDepth === 0) paragraph += token.text;
      continue;
    }
    const { name, isEnd, isEmpty } = token;

    if (name === "mc:Fallback") {
      if (isEnd) skipDepth = Math.max(0, skipDepth - 1);
      else if (!isEmpty) skipDepth++;
      continue;
    }
    if (skipDepth > 0) continue;

    switch (name) {
      case "w:t":
        inText = !isEnd && !isEmpty;
        break;
      case "w:tabs":
        if (isEnd) tabStopsDepth = Math.max(0, tabStopsDepth - 1);
        else if (!isEmpty) tabStopsDepth++;
        break;
      case "w:tab":
        if (!isEnd && tabStopsDepth === 0) paragraph += inCell() ? " " : "\t";
        break;
      case "w:br":
      case "w:cr":
        if (!isEnd) paragraph += inCell() ? " " : "\n";
        break;
      case "w:noBreakHyphen":
        if (!isEnd) paragraph += "-";
        break;
      case "w:p":
        if (isEmpty) {
          outerParagraphs.push(paragraph);
          paragraph = "";
        } else if (!isEnd) {
          outerParagraphs.push(paragraph);
          paragraph = "";
          break;
        }
        finishParagraph();
        paragraph = outerParagraphs.pop() ?? "";
        break;
      case "w:tbl":
        if (!isEnd) tables.push({ rows: [], cells: null, paragraphs: null });
        else closeTable(tables, lines);
        break;
      case "w:tr": {
        const table = tables.at(-1);
        if (!table) break;
        if (!isEnd) table.cells = [];
        else if (table.cells) {
          table.rows.push(table.cells.join("\t"));
          table.cells = null;
        }
        break;
      }
      case "w:tc": {
        const table = tables.at(-1);
        if (!table) break;
        if (!isEnd) table.paragraphs = [];
        else if (table.paragraphs) {
          table.cells?.push(table.paragraphs.join(" "));
          table.paragraphs = null;
        }
        break;
      }
    }
  }
  return lines.join("\n");
}

/** A finished table becomes lines, or, when nested in a cell, one more paragraph of that cell. */
function closeTable(tables: OpenTable[], lines: string[]): void {
  const table = tables.pop();
  if (!table) return;
  const enclosingCell = tables.at(-1)?.paragraphs;
  if (enclosingCell) {
    const flat = table.rows
      .map((row) => row.replace(/\t/g, " "))
      .join(" ")
      .trim();
    if (flat !== "") enclosingCell.push(flat);
  } else {
    lines.push(...table.rows);
  }
}
