/**
 * Reads a PDF's text layer with poppler's `pdftotext -layout` (one page after another, columns kept by spaces).
 * A page whose drawing holds ruled tables (`pdftocairo -svg`, read-pdf-rules.ts) gets its tables from their grid,
 * each cell the words inside it (`pdftotext -bbox-layout`), and a table that runs on over the page break is joined
 * into one; the rest of that page is laid out again as lines. On a page without rules, a line with three or more
 * runs separated by wide gaps is a table row, its cells placed at their character column; consecutive rows form a
 * table. Other lines are prose: a line that does not end a sentence runs on into the next
 * (PDF breaks paragraphs at the page width). A PDF with no text at all is a scan and is named as such.
 * @module
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { displayWidth } from "../cli/display-width.ts";
import { UnreadableFileError } from "./import-error.ts";
import { IMPORT_LIMITS } from "./import-limits.ts";
import { findRuledTables, type RuledTable } from "./find-ruled-tables.ts";
import { continuesTable, joinContinuedTables } from "./join-continued-tables.ts";
import { closeLayoutSpaces } from "./pdf-layout-spaces.ts";
import { readPdfRules } from "./read-pdf-rules.ts";
import { type PdfPage, readPdfWords } from "./read-pdf-words.ts";
import { numberTables } from "./read-text-file.ts";
import { columnWidthOf, writeLayoutLine } from "./write-layout-line.ts";
import {
  renderBlocks,
  type SourceBlock,
  type SourceCell,
  type SourceDocument,
  type SourceTable,
} from "./source-document.ts";

/** Output larger than this from one poppler tool is refused: a real 决算 PDF gives a few MB. */
const MAX_TOOL_OUTPUT = 64 * 1024 * 1024;

function runPoppler(tool: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      tool,
      args,
      { timeout: IMPORT_LIMITS.converterTimeoutMs, maxBuffer: MAX_TOOL_OUTPUT },
      (error, stdout, stderr) => {
        if (error) reject(Object.assign(error, { stderr: String(stderr) }));
        else resolve(String(stdout));
      },
    );
  });
}

/**
 * The pages in runs of one page size (1-based, inclusive). cairo's SVG of several pages has the first page's size and
 * drops what lies outside it: the right-hand borders of a landscape page after a portrait one are lost (seen on our
 * own workbook printed to PDF: its 部门整体支出绩效自评表 page lost every column right of the 595 pt mark). So each
 * run of same-sized pages is drawn on its own.
 */
function samePageSizeRuns(pages: readonly PdfPage[]): Array<{ first: number; last: number }> {
  const runs: Array<{ first: number; last: number }> = [];
  pages.forEach((page, index) => {
    const previous = pages[index - 1];
    const run = runs.at(-1);
    const sameSize =
      previous && Math.abs(previous.width - page.width) < 0.5 && Math.abs(previous.height - page.height) < 0.5;
    if (run && sameSize) run.last = index + 1;
    else runs.push({ first: index + 1, last: index + 1 });
  });
  return runs;
}

/** The ruling lines and the words of each page, or null when the page drawing cannot be read (no pdftocairo, a
 * drawing too large): the text layer alone is then read as before, and the report says why. */
async function readRuledPages(
  dir: string,
  path: string,
  notes: string[],
): Promise<{ rules: ReturnType<typeof readPdfRules>; words: ReturnType<typeof readPdfWords> } | null> {
  try {
    const words = readPdfWords(await runPoppler("pdftotext", ["-bbox-layout", "-enc", "UTF-8", path, "-"]));
    const rules: ReturnType<typeof readPdfRules> = [];
    let drawingBytes = 0;
    for (const run of samePageSizeRuns(words)) {
      const svg = join(dir, `drawing-${run.first}.svg`);
      await runPoppler("pdftocairo", ["-svg", "-f", String(run.first), "-l", String(run.last), path, svg]);
      drawingBytes += (await stat(svg)).size;
      if (drawingBytes > IMPORT_LIMITS.maxPartBytes) {
        notes.push(
          `PDF 的页面图形过大（${Math.round(drawingBytes / 1024 / 1024)} MB），表格按文字位置读取，未按表格线重建`,
        );
        return null;
      }
      rules.push(...readPdfRules(await readFile(svg, "utf8")));
    }
    if (rules.every((page) => page.length === 0)) return null;
    return { rules, words };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    notes.push(
      code === "ENOENT"
        ? "本机没有 pdftocairo（poppler-utils），表格按文字位置读取，未按表格线重建"
        : "PDF 的页面图形无法读取，表格按文字位置读取，未按表格线重建",
    );
    return null;
  }
}

/** A page as the layout reader takes it: its lines of text, with the ruled tables at their place among them. */
export type LayoutItem = string | RuledTable;

/** The items of each page: the layout text of a page without ruled tables, its tables and other lines otherwise. */
function pageItems(
  layoutPages: readonly string[],
  ruled: { rules: ReturnType<typeof readPdfRules>; words: ReturnType<typeof readPdfWords> } | null,
): LayoutItem[][] {
  return layoutPages.map((layout, index) => {
    const words = ruled?.words[index];
    const { tables, otherLines } = findRuledTables(ruled?.rules[index] ?? [], words?.lines ?? []);
    if (!words || tables.length === 0) return layout.split("\n");
    const columnWidth = columnWidthOf(words.lines.flatMap((line) => line.words));
    const placed: Array<{ y: number; item: LayoutItem }> = [
      ...tables.map((table) => ({ y: table.top, item: table })),
      ...otherLines.map((line) => ({
        y: Math.min(...line.words.map((w) => w.yMin)),
        item: writeLayoutLine(line, columnWidth),
      })),
    ];
    return placed.sort((a, b) => a.y - b.y).map((p) => p.item);
  });
}

export async function readPdfFile(file: string, data: Uint8Array): Promise<SourceDocument> {
  const dir = await mkdtemp(join(tmpdir(), "jixiao-import-pdf-"));
  let text: string;
  const notes: string[] = [];
  let ruled: Awaited<ReturnType<typeof readRuledPages>>;
  try {
    const path = join(dir, "input.pdf");
    await writeFile(path, data);
    text = await runPoppler("pdftotext", ["-layout", "-enc", "UTF-8", path, "-"]);
    // The limits and the scan test come before the page drawing is read: it is the costly part.
    checkPdfText(file, text);
    ruled = await readRuledPages(dir, path, notes);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
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
  const blocks = layoutToBlocks(pageItems(text.split("\f"), ruled), notes);
  numberTables(blocks);
  const { lines, placesByLine } = renderBlocks(blocks);
  return { file, format: "pdf", blocks, lines, placesByLine, ...(notes.length > 0 ? { notes } : {}) };
}

function checkPdfText(file: string, text: string): void {
  const lineCount = text.split("\n").length;
  if (lineCount > IMPORT_LIMITS.maxTextLines) {
    throw new UnreadableFileError(file, `PDF 文字过多（超过 ${IMPORT_LIMITS.maxTextLines} 行）`);
  }
  if (text.replace(/\s/g, "") === "") {
    throw new UnreadableFileError(file, "PDF 没有文字层，应是扫描件（图片）；请提供 Word/Excel 原件或可复制文字的 PDF");
  }
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

// The table's official code (公开01表) is printed flush right on the title's next line, alone or on the unit's line.
const UNIT_LINE = /^(?:公开\d+表\s*)?(?:编制)?(?:金额)?单位[：:]|^公开\d+表$/;

/** A table's caption: the paragraph before it, with the title above it when that paragraph only states the unit
 * ("单位：凉山州科学技术协会  金额单位：万元" printed between the title and the table). */
function captionOf(recent: readonly string[]): string {
  let start = recent.length - 1;
  while (start > 0 && UNIT_LINE.test(recent[start] ?? "")) start -= 1;
  return recent.slice(start).join(" ");
}

/** The blocks of a PDF's pages; `pages` holds each page's layout lines (a plain string is one whole page). */
export function layoutToBlocks(pages: ReadonlyArray<string | readonly LayoutItem[]>, notes?: string[]): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  // The last ruled table, while nothing but page furniture has come after it: the one a table at the top of the
  // next page may continue.
  let ruled: { table: RuledTable; block: SourceTable; page: number } | null = null;
  let joined = 0;
  let paragraphs = 0;
  let table: SourceTable | null = null;
  let open: { text: string; page: number; line: number; full: boolean } | null = null;
  // The last few paragraphs, for a title printed above its "单位：…  金额单位：…" lines.
  const recent: string[] = [];
  let pdfLine = 0;
  const flush = () => {
    if (!open) return;
    paragraphs += 1;
    recent.push(open.text);
    if (recent.length > 4) recent.shift();
    blocks.push({ kind: "paragraph", text: open.text, place: { line: 0, page: open.page, paragraph: paragraphs } });
    open = null;
  };
  pages.forEach((content, pageIndex) => {
    const items = typeof content === "string" ? content.split("\n") : content;
    // A line as wide as the page's text runs on into the next; a shorter one ends its paragraph or heading.
    // The text width: a high percentile of the line ends, so a chart label or a wide table far right does not count.
    const ends = items
      .filter((item): item is string => typeof item === "string")
      .map((l) => displayWidth(l.replace(/\s+$/, "")))
      .filter((w) => w > 0)
      .sort((a, b) => a - b);
    const pageWidth = ends[Math.floor(ends.length * 0.8)] ?? 0;
    for (const raw of items) {
      if (typeof raw !== "string") {
        flush();
        table = null;
        if (ruled && ruled.page === pageIndex && continuesTable(ruled.table, raw)) {
          // The table runs on from the page before: one table, its rows on the joined grid.
          ruled.table = joinContinuedTables(ruled.table, raw);
          ruled.block.rows = ruled.table.rows.map((cells, i) => ({
            cells,
            place: { line: 0, page: (ruled?.block.rows[i]?.place.page ?? pageIndex + 1) as number },
          }));
          ruled.page = pageIndex + 1;
          joined += 1;
          continue;
        }
        const block: SourceTable = {
          kind: "table",
          number: 0,
          caption: captionOf(recent),
          rows: raw.rows.map((cells) => ({ cells, place: { line: 0, page: pageIndex + 1 } })),
          place: { line: 0, page: pageIndex + 1 },
          ruled: true,
        };
        blocks.push(block);
        ruled = { table: raw, block, page: pageIndex + 1 };
        continue;
      }
      pdfLine += 1;
      const line = raw.replace(/\s+$/, "");
      // Page numbers ("—8—", "- 12 -", "第 3 页") are layout, not text; a paragraph runs on across them.
      if (/^\s*([—\-－–]\s*\d+\s*[—\-－–]|第\s*\d+\s*页(\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)\s*$/.test(line)) continue;
      if (line.trim() === "") {
        flush();
        continue;
      }
      ruled = null;
      const cells = splitColumns(line);
      if (cells) {
        flush();
        if (!table) {
          table = {
            kind: "table",
            number: 0,
            caption: captionOf(recent),
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
  if (joined > 0) notes?.push(`${joined} 处跨页的表格按相同的表格线接为一张表，续页重复的表头行未重复读入`);
  return blocks;
}
