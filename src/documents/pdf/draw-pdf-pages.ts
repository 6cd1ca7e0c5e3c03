/**
 * A PDF's pages as PNG images, drawn by poppler (pdfinfo, pdftoppm) — images show the same in every browser,
 * headless ones included, where a PDF in an <iframe> depends on the browser's viewer. Each call works in a private
 * temporary folder, removed afterwards; a poppler that hangs is stopped after `timeoutMs`.
 * @module
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** poppler could not read the PDF (or is not installed, or took too long); the message says so in Chinese. */
export class PdfDrawingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PdfDrawingError";
  }
}

export interface DrawingLimits {
  /** Resolution of a drawn page. */
  dpi: number;
  /** How long poppler may take for one call. */
  timeoutMs: number;
}

function run(command: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs, maxBuffer: 8 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(new PdfDrawingError(`文档预览失败：${command} 未能读取 PDF`)) : resolve(stdout),
    );
  });
}

/** Runs `work` with the PDF written to a private temporary folder, removed afterwards. */
async function withPdfFile<T>(data: Uint8Array, work: (file: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "jixiao-preview-"));
  try {
    const file = join(dir, "document.pdf");
    await writeFile(file, data);
    return await work(file, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function countPdfPages(data: Uint8Array, limits: Pick<DrawingLimits, "timeoutMs">): Promise<number> {
  const info = await withPdfFile(data, (file) => run("pdfinfo", [file], limits.timeoutMs));
  const pages = /^Pages:\s+(\d+)/m.exec(info);
  if (!pages) throw new PdfDrawingError("文档预览失败：读不出 PDF 的页数");
  return Number(pages[1]);
}

/** Page `page` (from 1) as a PNG. */
export async function drawPdfPage(data: Uint8Array, page: number, limits: DrawingLimits): Promise<Uint8Array> {
  return withPdfFile(data, async (file, dir) => {
    const out = join(dir, "page");
    const at = String(page);
    const args = ["-png", "-r", String(limits.dpi), "-f", at, "-l", at, "-singlefile", file, out];
    await run("pdftoppm", args, limits.timeoutMs);
    return new Uint8Array(await readFile(`${out}.png`));
  });
}
