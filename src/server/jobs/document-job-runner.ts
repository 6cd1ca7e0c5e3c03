/**
 * Runs document jobs: each server process starts one runner, which takes queued jobs from the database one at a
 * time, builds the report's documents from its stored dataset (Word and Excel, PDF when asked), packs them with
 * their manifest into the publication ZIP (as `jixiao report --bundle` does) and stores it with the job. Progress
 * is written as each document is made, so a page polling any server process sees it. A runner that is stopped in
 * the middle of a job gives it back to the queue for another process.
 * @module
 */
import { randomUUID } from "node:crypto";
import type { JobRow } from "../../storage/database-schema.ts";
import { buildDocumentPackage, DOCUMENT_BUILDERS, type DocumentBuilder } from "../../documents/build-package.ts";
import { buildPublicationBundle } from "../../documents/bundle/build-publication-bundle.ts";
import { convertFilesToPdf } from "../../documents/pdf/convert-files-to-pdf.ts";
import { createPdfConverter, type PdfConverter } from "../../documents/pdf/create-pdf-converter.ts";
import type { PdfConversionError } from "../../documents/pdf/pdf-conversion-error.ts";
import type { JobsRepository } from "../../storage/jobs-repository.ts";
import type { ReportsRepository } from "../../storage/reports-repository.ts";
import { profileOf, requireValidDataset } from "../services/dataset-json.ts";

export const DOCUMENT_JOB_KINDS = { documents: "Word + Excel", documentsWithPdf: "Word + Excel + PDF" } as const;
export type DocumentJobKind = keyof typeof DOCUMENT_JOB_KINDS;

/** How long a claim lasts without news; every progress step renews it, so only a dead process lets it expire. */
export const DOCUMENT_JOB_LOCK_MS = 5 * 60_000;

export interface DocumentJobRunnerOptions {
  /** How often the queue is looked at (default 500 ms); an enqueue in this process wakes the runner at once. */
  pollMs?: number;
  /** The name the runner claims jobs under (default runner-<pid>-<random>). */
  worker?: string;
  lockMs?: number;
  /** Makes the PDF converter when the first PDF job comes (default LibreOffice through createPdfConverter). */
  createConverter?: () => PdfConverter;
}

/** The job is no longer this runner's: it is stopping, or its claim expired and another process took the job. */
class JobAbandoned extends Error {}

export class DocumentJobRunner {
  readonly worker: string;
  readonly #pollMs: number;
  readonly #lockMs: number;
  readonly #createConverter: () => PdfConverter;
  #timer: NodeJS.Timeout | undefined;
  #loop: Promise<void> | null = null;
  #again = false;
  #stopped = false;
  readonly #running = new Set<Promise<void>>();
  #converter: PdfConverter | undefined;

  constructor(
    private readonly jobs: JobsRepository,
    private readonly reports: ReportsRepository,
    options: DocumentJobRunnerOptions = {},
  ) {
    this.worker = options.worker ?? `runner-${process.pid}-${randomUUID().slice(0, 8)}`;
    this.#pollMs = options.pollMs ?? 500;
    this.#lockMs = options.lockMs ?? DOCUMENT_JOB_LOCK_MS;
    this.#createConverter = options.createConverter ?? (() => createPdfConverter());
  }

  /** Polls the queue until stop(). */
  start(): void {
    this.#stopped = false;
    if (this.#timer) return;
    this.#timer = setInterval(() => this.wake(), this.#pollMs);
    this.#timer.unref();
  }

  /** Looks for work now (after an enqueue in this process) instead of at the next poll. */
  wake(): void {
    if (this.#stopped) return;
    if (this.#loop) {
      // A job enqueued just as the running drain found the queue empty must not wait for the next poll.
      this.#again = true;
      return;
    }
    this.#loop = (async () => {
      try {
        do {
          this.#again = false;
          await this.drain();
        } while (this.#again && !this.#stopped);
      } catch (error) {
        // The database was unreachable: the next poll tries again. Never an unhandled rejection.
        console.error("[jixiao] 文档任务队列读取失败：", error);
      } finally {
        this.#loop = null;
      }
    })();
  }

  /** Runs jobs until none is free; resolves when the queue is empty (tests await it). */
  async drain(): Promise<void> {
    while (!this.#stopped) {
      const job = await this.jobs.claimNext(this.worker, this.#lockMs);
      if (!job) return;
      const running = this.run(job);
      this.#running.add(running);
      try {
        await running;
      } finally {
        this.#running.delete(running);
      }
    }
  }

  /**
   * Stops polling and ends the job in hand: a PDF conversion is cut short (its soffice processes are stopped), and
   * the job goes back to the queue, so another server process runs it.
   */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#timer);
    this.#timer = undefined;
    const converter = this.#converter;
    this.#converter = undefined;
    await converter?.close();
    await Promise.all([this.#loop, ...this.#running]);
  }

  private async run(job: JobRow): Promise<void> {
    // Progress is written in order, one update at a time, and never goes back. The chain never rejects (a write made
    // in passing has nobody to catch it): a failed write is thrown at the next step instead.
    let written = 0;
    let writeError: unknown;
    let chain: Promise<boolean> = Promise.resolve(true);
    const report = (progress: number, message: string): Promise<boolean> => {
      chain = chain.then(async (held) => {
        if (!held || progress < written) return held;
        written = progress;
        return this.jobs.progress(job.id, this.worker, progress, message, this.#lockMs).catch((error: unknown) => {
          writeError ??= error;
          return false;
        });
      });
      return chain;
    };
    const step = async (progress: number, message: string) => {
      const held = !this.#stopped && (await report(progress, message));
      if (writeError) throw writeError;
      if (!held || this.#stopped) throw new JobAbandoned();
    };

    try {
      const row = await this.reports.find(job.report_id);
      if (!row) throw new Error("报表已不存在");
      // Stored datasets were validated when written; validating again fills the defaults the builders rely on.
      const dataset = requireValidDataset(JSON.parse(row.dataset));
      const profile = profileOf(row.profile_id);
      const withPdf = job.kind === "documentsWithPdf";
      // Word and Excel take progress to 40 (with PDF) or 90; each PDF takes its share of the rest up to 90.
      const [documentsEnd, pdfEnd] = withPdf ? [40, 90] : [90, 90];
      await step(5, "正在生成 Word 和 Excel 文档");
      let built = 0;
      const builders: DocumentBuilder[] = DOCUMENT_BUILDERS.map((builder) => ({
        ...builder,
        build: async (input) => {
          const files = await builder.build(input);
          built++;
          void report(5 + Math.floor(((documentsEnd - 5) * built) / DOCUMENT_BUILDERS.length), `正在生成 Word 和 Excel 文档（${built}/${DOCUMENT_BUILDERS.length}）`);
          return files;
        },
      }));
      let files = await buildDocumentPackage({ dataset, profile, builders });
      // A ZIP holding nothing but its manifest would look like a package to whoever receives it.
      if (files.length === 0) throw new Error("数据集中没有部门整体、项目或决算数据，没有可生成的文档");
      await step(documentsEnd, "Word 和 Excel 文档已生成");

      if (withPdf) {
        const sources = files.filter((file) => file.format === "docx" || file.format === "xlsx").length;
        await step(documentsEnd, `正在转换 PDF（0/${sources}）`);
        this.#converter ??= this.#createConverter();
        const converter = this.#converter;
        let converted = 0;
        const counting: PdfConverter = {
          workers: converter.workers,
          warmUp: () => converter.warmUp(),
          close: () => converter.close(),
          convert: async (source, options) => {
            try {
              return await converter.convert(source, options);
            } finally {
              converted++;
              void report(documentsEnd + Math.floor(((pdfEnd - documentsEnd) * converted) / sources), `正在转换 PDF（${converted}/${sources}）`);
            }
          },
        };
        const pdfs = await convertFilesToPdf(files, counting);
        if (this.#stopped) throw new JobAbandoned();
        if (pdfs.errors.length > 0) throw new Error(pdfFailure(pdfs.errors));
        files = [...files, ...pdfs.files];
      }

      await step(95, "正在打包");
      const bundle = buildPublicationBundle({ files, dataset, profile });
      if (!(await chain) || writeError) throw writeError ?? new JobAbandoned();
      await this.jobs.finish(job.id, this.worker, { name: bundle.name, data: bundle.data });
    } catch (error) {
      await chain;
      if (this.#stopped) {
        await this.jobs.release(job.id, this.worker, "排队中（原处理进程已停止，等待其他进程接手）");
      } else if (!(error instanceof JobAbandoned)) {
        await this.jobs.fail(job.id, this.worker, `文档生成失败：${(error as Error).message}`);
      }
      // Abandoned without stopping: the claim expired and another process has the job; it is theirs to finish.
    }
  }
}

/** One message for the failed PDFs: LibreOffice missing is said once; otherwise the first few documents are named. */
function pdfFailure(errors: readonly PdfConversionError[]): string {
  if (errors.some((error) => error.reason === "notInstalled")) {
    return "服务器未安装 LibreOffice，无法生成 PDF；可以只生成 Word 和 Excel 文档";
  }
  const shown = errors.slice(0, 3).map((error) => error.message);
  return errors.length > shown.length ? `${shown.join("；")}；另有 ${errors.length - shown.length} 个文件未能转换` : shown.join("；");
}
