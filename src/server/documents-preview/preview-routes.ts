/**
 * Preview of a generated document in the page (issue 15 item 9): the pages of a finished job's PDF as PNG images,
 * drawn by poppler's pdftoppm — images show the same in every browser, headless ones included, where a PDF in an
 * <iframe> depends on the browser's viewer. A Word or Excel file is previewed through the PDF the same job made of
 * it (a job "Word、Excel 和 PDF"); without one the answer says so. A job is seen only by those who may read its
 * report, as its files are.
 * @module
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import type { ApiRoute } from "../api-route.ts";
import { defineRoute } from "../api-route.ts";
import { DocumentPreviewDto } from "../dto/job-dto.ts";
import { HttpError, notFound } from "../http-error.ts";
import type { Actor } from "../services/auth-service.ts";
import { inSubtree } from "../services/access.ts";
import type { Services } from "../services/services.ts";

/** Limits checked before any drawing: pages past these are not drawn; a stuck poppler is stopped. */
export const PREVIEW_LIMITS = { maxPages: 300, dpi: 80, timeoutMs: 30_000, cachedPages: 64 } as const;

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: PREVIEW_LIMITS.timeoutMs, maxBuffer: 8 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(new HttpError(500, `文档预览失败：${command} 未能读取 PDF`)) : resolve(stdout),
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

async function countPages(data: Uint8Array): Promise<number> {
  const info = await withPdfFile(data, (file) => run("pdfinfo", [file]));
  const pages = /^Pages:\s+(\d+)/m.exec(info);
  if (!pages) throw new HttpError(500, "文档预览失败：读不出 PDF 的页数");
  return Number(pages[1]);
}

async function drawPage(data: Uint8Array, page: number): Promise<Uint8Array> {
  return withPdfFile(data, async (file, dir) => {
    const out = join(dir, "page");
    const at = String(page);
    await run("pdftoppm", ["-png", "-r", String(PREVIEW_LIMITS.dpi), "-f", at, "-l", at, "-singlefile", file, out]);
    return new Uint8Array(await readFile(`${out}.png`));
  });
}

/** The PDF shown for file `index` of a job's files: itself, or the PDF of the same name beside it. */
function pdfFor(files: { name: string; data: Uint8Array }[], index: number) {
  const file = files[index];
  if (!file) throw notFound("文件");
  if (file.name.toLowerCase().endsWith(".pdf")) return { index, ...file };
  const stem = file.name.replace(/\.[^.]+$/, "");
  const pdfIndex = files.findIndex((other) => other.name.toLowerCase() === `${stem.toLowerCase()}.pdf`);
  if (pdfIndex === -1)
    throw new HttpError(409, `“${file.name.split("/").pop()}”没有 PDF：请选“生成 Word、Excel 和 PDF”后再预览`);
  return { index: pdfIndex, ...(files[pdfIndex] as { name: string; data: Uint8Array }) };
}

export function documentPreviewRoutes(services: Services): ApiRoute[] {
  /** Drawn pages, most recent last: a page turned back and forth is drawn once. */
  const cache = new Map<string, Uint8Array>();
  const jobFiles = async (actor: Actor, id: string) => {
    const job = await services.jobs.find(id);
    const head = job ? await services.reports.findHead(job.report_id) : undefined;
    if (!job || job.kind === "publishedPdf" || !head || !inSubtree(actor, { path: head.unit_path }))
      throw notFound("任务");
    const result = job.status === "done" ? await services.jobs.result(job.id) : undefined;
    if (!result) throw new HttpError(409, `任务尚未完成（${job.message}）`);
    return Object.entries(unzipSync(new Uint8Array(result.data)))
      .filter(([name, data]) => !name.endsWith("/") && name !== "manifest.json" && data.byteLength > 0)
      .map(([name, data]) => ({ name, data }));
  };
  const fileIndex = (text: string | undefined) => {
    if (text === undefined || !/^\d{1,4}$/.test(text)) throw notFound("文件");
    return Number(text);
  };
  return [
    defineRoute({
      method: "get",
      path: "/api/jobs/:id/files/:index/preview",
      summary: "文档预览：该文件（或同一任务中同名的 PDF）的页数，各页图片见 …/preview/:page",
      tag: "文档",
      access: "signedIn",
      response: DocumentPreviewDto,
      responses: { "409": "任务尚未完成，或该文件没有 PDF" },
      async handle({ actor, params }) {
        const files = await jobFiles(actor, params.id as string);
        const pdf = pdfFor(files, fileIndex(params.index));
        const pages = await countPages(pdf.data);
        return {
          pdfIndex: pdf.index,
          pdfName: pdf.name.split("/").pop() ?? pdf.name,
          pages,
          shownPages: Math.min(pages, PREVIEW_LIMITS.maxPages),
        };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/jobs/:id/files/:index/preview/:page",
      summary: `文档预览的一页（PNG，${PREVIEW_LIMITS.dpi} dpi；第 1 页起，至多 ${PREVIEW_LIMITS.maxPages} 页）`,
      tag: "文档",
      access: "signedIn",
      response: { file: ["image/png"], description: "该页的 PNG 图片" },
      responses: { "404": "没有这一页", "409": "任务尚未完成，或该文件没有 PDF" },
      async handle({ c, actor, params }) {
        const files = await jobFiles(actor, params.id as string);
        const pdf = pdfFor(files, fileIndex(params.index));
        const page = /^\d{1,4}$/.test(params.page as string) ? Number(params.page) : 0;
        if (page < 1 || page > PREVIEW_LIMITS.maxPages) throw notFound("页");
        const key = `${params.id}:${pdf.index}:${page}`;
        let png = cache.get(key);
        if (!png) {
          if (page > (await countPages(pdf.data))) throw notFound("页");
          png = await drawPage(pdf.data, page);
          cache.set(key, png);
          if (cache.size > PREVIEW_LIMITS.cachedPages) cache.delete(cache.keys().next().value as string);
        } else {
          cache.delete(key);
          cache.set(key, png);
        }
        return c.body(png.slice().buffer as ArrayBuffer, 200, {
          "content-type": "image/png",
          "cache-control": "private, max-age=3600",
        });
      },
    }),
  ];
}
