/**
 * Runs document jobs: each server process starts one runner, which takes queued jobs from the database one at a
 * time, builds the report's documents from its stored dataset (Word and Excel, PDF when asked), packs them with
 * their manifest into the publication ZIP and stores it with the job. Progress is written as it goes, so a page
 * polling any server process sees it.
 * @module
 */
import { randomUUID } from "node:crypto";
import { buildDocumentPackage } from "../../documents/build-package.ts";
import { buildPublicationBundle } from "../../documents/bundle/build-publication-bundle.ts";
import { convertFilesToPdf } from "../../documents/pdf/convert-files-to-pdf.ts";
import { createPdfConverter, type PdfConverter } from "../../documents/pdf/create-pdf-converter.ts";
import type { JobsRepository } from "../../storage/jobs-repository.ts";
import type { ReportsRepository } from "../../storage/reports-repository.ts";
import { profileOf, requireValidDataset } from "../services/dataset-json.ts";

export const DOCUMENT_JOB_KINDS = { documents: "Word + Excel", documentsWithPdf: "Word + Excel + PDF" } as const;
export type DocumentJobKind = keyof typeof DOCUMENT_JOB_KINDS;

const LOCK_MS = 5 * 60_000;

export class DocumentJobRunner {
  readonly worker = `runner-${process.pid}-${randomUUID().slice(0, 8)}`;
  #timer: NodeJS.Timeout | undefined;
  #busy: Promise<void> | null = null;
  #stopped = false;
  #converter: PdfConverter | undefined;

  constructor(
    private readonly jobs: JobsRepository,
    private readonly reports: ReportsRepository,
    private readonly pollMs = 500,
  ) {}

  start(): void {
    this.#stopped = false;
    this.#timer = setInterval(() => this.wake(), this.pollMs);
    this.#timer.unref();
  }

  /** Looks for work now (after an enqueue in this process) instead of at the next poll. */
  wake(): void {
    if (this.#stopped || this.#busy) return;
    this.#busy = this.drain().finally(() => {
      this.#busy = null;
    });
  }

  /** Runs jobs until none is left; resolves when the queue is empty (tests await it). */
  async drain(): Promise<void> {
    for (;;) {
      if (this.#stopped) return;
      const job = await this.jobs.claimNext(this.worker, LOCK_MS);
      if (!job) return;
      await this.run(job.id, job.report_id, job.kind as DocumentJobKind);
    }
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#timer);
    await this.#busy;
    await this.#converter?.close();
  }

  private async run(jobId: string, reportId: string, kind: DocumentJobKind): Promise<void> {
    const step = (progress: number, message: string) => this.jobs.progress(jobId, this.worker, progress, message, LOCK_MS);
    try {
      const report = await this.reports.find(reportId);
      if (!report) throw new Error("报表已不存在");
      // Stored datasets were validated when written; validating again fills the defaults the builders rely on.
      const dataset = requireValidDataset(JSON.parse(report.dataset));
      const profile = profileOf(report.profile_id);
      await step(10, "正在生成 Word 和 Excel 文档");
      let files = await buildDocumentPackage({ dataset, profile });
      if (kind === "documentsWithPdf") {
        await step(50, `正在转换 PDF（${files.length} 个文件）`);
        this.#converter ??= createPdfConverter();
        const pdfs = await convertFilesToPdf(files, this.#converter);
        if (pdfs.errors.length > 0) throw new Error(pdfs.errors.map((e) => e.message).join("；"));
        files = [...files, ...pdfs.files];
      }
      await step(90, "正在打包");
      const bundle = buildPublicationBundle({ files, dataset, profile });
      await this.jobs.finish(jobId, this.worker, { name: bundle.name, data: bundle.data });
    } catch (error) {
      await this.jobs.fail(jobId, this.worker, `文档生成失败：${(error as Error).message}`);
    }
  }
}
