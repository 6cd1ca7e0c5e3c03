/**
 * Reads a PDF's text layer with poppler's `pdftotext -layout` (one page after another, columns kept by spaces).
 * A line with three or more runs separated by wide gaps is a table row, its cells placed at their character column;
 * consecutive rows form a table. Other lines are prose: a line that does not end a sentence runs on into the next
 * (PDF breaks paragraphs at the page width). A PDF with no text at all is a scan and is named as such.
 * @module
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { displayWidth } from "../cli/display-width.ts";
import { UnreadableFileError } from "./import-error.ts";
import { IMPORT_LIMITS } from "./import-limits.ts";
import { closeLayoutSpaces } from "./pdf-layout-spaces.ts";
import { numberTables } from "./read-text-file.ts";
import {
  renderBlocks,
  type SourceBlock,
  type SourceCell,
  type SourceDocument,
  type SourceTable,
} from "./source-document.ts";

function runPdftotext(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      "pdftotext",
      ["-layout", "-enc", "UTF-8", path, "-"],
      { timeout: IMPORT_LIMITS.converterTimeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(Object.assign(error, { stderr: String(stderr) }));
        else resolve(String(stdout));
      },
    );
  });
}

export async function readPdfFile(file: string, data: Uint8Array): Promise<SourceDocument> {
  const dir = await mkdtemp(join(tmpdir(), "jixiao-import-pdf-"));
  let text: string;
  try {
    const path = join(dir, "input.pdf");
    await writeFile(path, data);
    text = await runPdftotext(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT")
      throw new UnreadableFileError(file, "读取 PDF 需要 pdftotext（Debian 软件包 poppler-utils），本机未安装");
    const detail =
      String((error as { stderr?: string }).stderr ?? (error as Error).message)
        .trim()
        .split("\n")[0] ?? "";
    throw new UnreadableFileError(file, `PDF 无法读取，文件可能已损坏或加密（${detail}）`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const pages = text.split("\f");
  if (pages.reduce((n, page) => n + page.split("\n").length, 0) > IMPORT_LIMITS.maxTextLines) {
    throw new UnreadableFileError(file, `PDF 文字过多（超过 ${IMPORT_LIMITS.maxTextLines} 行）`);
  }
  if (text.replace(/\s/g, "") === "") {
    throw new UnreadableFileError(file, "PDF 没有文字层，应是扫描件（图片）；请提供 Word/Excel 原件或可复制文字的 PDF");
  }
  const blocks = layoutToBlocks(pages);
  numberTables(blocks);
  const { lines, placesByLine } = renderBlocks(blocks);
  return { file, format: "pdf", blocks, lines, placesByLine };
}

const GAP = /\s{2,}|\u3000+/;
const SENTENCE_END = /[。！!？?]$/;
const HEADING_START =
  /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[、．]|\d+\.(?!\d)|附件|附表|图\d)/;

/** Cells of a layout line at their display column, or null when the line is prose. */
function splitColumns(line: string): SourceCell[] | null {
  const cells: SourceCell[] = [];
  const pattern = /\S+(?: \S+)*/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(line)) !== null) {
    const col = displayWidth(line.slice(0, match.index));
    // A single space inside a run keeps it one cell; wider gaps split.
    cells.push({ text: closeLayoutSpaces(match[0]), col, span: 1 });
  }
  const joined = line.trim();
  if (cells.length >= 3 || (cells.length === 2 && GAP.test(joined) && cells.some((c) => /^[\d.,%-]+$/.test(c.text))))
    return cells;
  return null;
}

export function layoutToBlocks(pages: readonly string[]): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let paragraphs = 0;
  let table: SourceTable | null = null;
  let open: { text: string; page: number; line: number; full: boolean } | null = null;
  let lastParagraph = "";
  let pdfLine = 0;
  const flush = () => {
    if (!open) return;
    paragraphs += 1;
    lastParagraph = open.text;
    blocks.push({ kind: "paragraph", text: open.text, place: { line: 0, page: open.page, paragraph: paragraphs } });
    open = null;
  };
  pages.forEach((page, pageIndex) => {
    // A line as wide as the page's text runs on into the next; a shorter one ends its paragraph or heading.
    // The text width: a high percentile of the line ends, so a chart label or a wide table far right does not count.
    const ends = page
      .split("\n")
      .map((l) => displayWidth(l.replace(/\s+$/, "")))
      .filter((w) => w > 0)
      .sort((a, b) => a - b);
    const pageWidth = ends[Math.floor(ends.length * 0.8)] ?? 0;
    for (const raw of page.split("\n")) {
      pdfLine += 1;
      const line = raw.replace(/\s+$/, "");
      // Page numbers ("—8—", "- 12 -", "第 3 页") are layout, not text; a paragraph runs on across them.
      if (/^\s*([—\-－–]\s*\d+\s*[—\-－–]|第\s*\d+\s*页(\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)\s*$/.test(line)) continue;
      if (line.trim() === "") {
        flush();
        continue;
      }
      const cells = splitColumns(line);
      if (cells) {
        flush();
        if (!table) {
          table = {
            kind: "table",
            number: 0,
            caption: lastParagraph,
            rows: [],
            place: { line: 0, page: pageIndex + 1 },
          };
          blocks.push(table);
        }
        table.rows.push({ cells, place: { line: 0, page: pageIndex + 1 } });
        continue;
      }
      table = null;
      const text = closeLayoutSpaces(line.trim());
      const full = displayWidth(line) >= pageWidth * 0.85;
      if (open && open.full && !HEADING_START.test(text) && !SENTENCE_END.test(open.text)) {
        open.text += text;
        open.full = full;
        continue;
      }
      flush();
      open = { text, page: pageIndex + 1, line: pdfLine, full };
    }
  });
  flush();
  return blocks;
}
