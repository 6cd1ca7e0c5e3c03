/**
 * Runs document jobs: each server process starts one runner, which takes queued jobs from the database one at a
 * time, builds the report's documents from its stored dataset (Word and Excel, PDF when asked), packs them with
 * their manifest into the publication ZIP (as `jixiao report --bundle` does) and stores it with the job. Progress
 * is written as each document is made, so a page polling any server process sees it. A runner that is stopped in
 * the middle of a job gives it back to the queue for another process. A runner also makes the PDF of a report when
 * it is published (kept with that version; the public download only serves it).
 *
 * A process that died (kill -9) cannot give its job back: its claim is renewed every few seconds while it lives, so
 * it lapses within DOCUMENT_JOB_LOCK_MS; and a runner starting on the same machine hands back at once the jobs of
 * runners there whose process is gone, and removes the LibreOffice work folders they left. Finished jobs are
 * deleted after JOB_LIMITS.retentionMs.
 * @module
 */
import { randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { FORMAT_VERSION, type Dataset } from "../../core/dataset/schema.ts";
import type { Finding } from "../../core/findings/finding.ts";
import type { JobRow } from "../../storage/database-schema.ts";
import { buildDocumentPackage, DOCUMENT_BUILDERS, type DocumentBuilder } from "../../documents/build-package.ts";
import { buildPublicationBundle } from "../../documents/bundle/build-publication-bundle.ts";
import { convertFilesToPdf } from "../../documents/pdf/convert-files-to-pdf.ts";
import { createPdfConverter, type PdfConverter } from "../../documents/pdf/create-pdf-converter.ts";
import type { PdfConversionError } from "../../documents/pdf/pdf-conversion-error.ts";
import { isoAfter } from "../../storage/clock.ts";
import { JOB_LIMITS, type JobsRepository } from "../../storage/jobs-repository.ts";
import { stopProcessesUsing } from "./stop-orphaned-processes.ts";
import type { PublishedPdfsRepository } from "../../storage/published-pdfs-repository.ts";
import type { ReportsRepository } from "../../storage/reports-repository.ts";
import { profileOf } from "../reports/profile-of.ts";
import { requireValidDataset } from "../reports/require-valid-dataset.ts";
import { withReportUnit } from "../reports/with-report-unit.ts";
import { isAuditStale } from "../reports/audit-key.ts";
import { currentSignOff, type SignOff } from "../../core/workflow/current-sign-off.ts";

export const DOCUMENT_JOB_KINDS = {
  documents: "Word + Excel",
  documentsWithPdf: "Word + Excel + PDF",
  publishedPdf: "公开报表 PDF",
} as const;
export type DocumentJobKind = keyof typeof DOCUMENT_JOB_KINDS;

/** How long a claim lasts without news; a heartbeat renews it every third of that, so only a dead process lets it expire. */
export const DOCUMENT_JOB_LOCK_MS = 60_000;
/** How often finished jobs past their retention are deleted. */
const CLEAN_UP_EVERY_MS = 60 * 60_000;
/** Where runners keep their LibreOffice work folders: one folder per runner process, named by host and pid. */
export const RUNNER_TEMP_ROOT = join(tmpdir(), "jixiao-jobs");
const HOST = hostname().replace(/[^A-Za-z0-9.]/g, "_");

export interface DocumentJobRunnerOptions {
  /** How often the queue is looked at (default 500 ms); an enqueue in this process wakes the runner at once. */
  pollMs?: number;
  /** The name the runner claims jobs under (default runner-<pid>-<random>). */
  worker?: string;
  lockMs?: number;
  /** Makes the PDF converter when the first PDF job comes (default LibreOffice through createPdfConverter). */
  createConverter?: () => PdfConverter;
  /** Where published reports' PDFs are kept (without it, publication PDF jobs fail). */
  publishedPdfs?: PublishedPdfsRepository;
  /** The folder holding each runner's LibreOffice work folder (default RUNNER_TEMP_ROOT). */
  tempRoot?: string;
}

/** "runner-<host>-<pid>-<random>" → host and pid. */
function workerOrigin(worker: string): { host: string; pid: number } | null {
  const match = /^runner-(.+)-(\d+)-[0-9a-f]{8}$/.exec(worker);
  return match ? { host: match[1] as string, pid: Number(match[2]) } : null;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
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
  readonly #publishedPdfs: PublishedPdfsRepository | undefined;
  readonly #tempRoot: string;
  #lastCleanUp = 0;

  constructor(
    private readonly jobs: JobsRepository,
    private readonly reports: ReportsRepository,
    options: DocumentJobRunnerOptions = {},
  ) {
    this.worker = options.worker ?? `runner-${HOST}-${process.pid}-${randomUUID().slice(0, 8)}`;
    this.#pollMs = options.pollMs ?? 500;
    this.#lockMs = options.lockMs ?? DOCUMENT_JOB_LOCK_MS;
    this.#tempRoot = options.tempRoot ?? RUNNER_TEMP_ROOT;
    const workDir = join(this.#tempRoot, `${HOST}-${process.pid}`);
    this.#createConverter =
      options.createConverter ??
      (() => {
        mkdirSync(workDir, { recursive: true });
        return createPdfConverter({ tempRoot: workDir });
      });
    this.#publishedPdfs = options.publishedPdfs;
  }

  /** Polls the queue until stop(); first recovers what dead processes of this machine left behind. */
  start(): void {
    this.#stopped = false;
    if (this.#timer) return;
    void this.recover().then(
      (recovered) => (recovered.handedBack > 0 || recovered.pdfsQueued > 0 ? this.wake() : undefined),
      (error: unknown) => console.error("[jixiao] 文档任务恢复失败：", error),
    );
    this.#timer = setInterval(() => {
      if (Date.now() - this.#lastCleanUp > CLEAN_UP_EVERY_MS)
        void this.cleanUp().catch((error: unknown) => console.error("[jixiao] 文档任务清理失败：", error));
      this.wake();
    }, this.#pollMs);
    this.#timer.unref();
  }

  /**
   * Hands back the running jobs of runners on this machine whose process is gone, removes their LibreOffice work
   * folders, deletes finished jobs past retention and queues the PDFs published reports lack. Run at start.
   */
  async recover(): Promise<{ handedBack: number; foldersRemoved: number; deleted: number; pdfsQueued: number }> {
    let handedBack = 0;
    for (const claim of await this.jobs.runningClaims()) {
      const origin = claim.locked_by ? workerOrigin(claim.locked_by) : null;
      if (!origin || origin.host !== HOST || processIsAlive(origin.pid) || !claim.locked_by) continue;
      if (await this.jobs.handBack(claim.id, claim.locked_by, "排队中（原处理进程已退出，已重新排队）")) handedBack++;
    }
    let foldersRemoved = 0;
    let folders: string[] = [];
    try {
      folders = readdirSync(this.#tempRoot);
    } catch {
      // No runner has made a folder yet.
    }
    for (const folder of folders) {
      const match = /^(.+)-(\d+)$/.exec(folder);
      if (!match || match[1] !== HOST || Number(match[2]) === process.pid || processIsAlive(Number(match[2]))) continue;
      const path = join(this.#tempRoot, folder);
      // The dead runner's LibreOffice may still be converting into its folder: stopped first, so it cannot write it again.
      stopProcessesUsing(path);
      rmSync(path, { recursive: true, force: true });
      foldersRemoved++;
    }
    const deleted = await this.cleanUp();
    let pdfsQueued = 0;
    for (const report of (await this.#publishedPdfs?.missing()) ?? []) {
      if (!report.updated_by || (await this.jobs.hasActive(report.id, "publishedPdf"))) continue;
      await this.jobs.enqueue({ kind: "publishedPdf", reportId: report.id, requestedBy: report.updated_by });
      pdfsQueued++;
    }
    return { handedBack, foldersRemoved, deleted, pdfsQueued };
  }

  /** Deletes finished and failed jobs past their retention (their ZIPs with them); returns how many. */
  async cleanUp(): Promise<number> {
    this.#lastCleanUp = Date.now();
    return this.jobs.deleteFinishedBefore(isoAfter(-JOB_LIMITS.retentionMs));
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

  /** Resolves once this process runs no job and looks for none (a snapshot of the database is then stable). */
  async idle(): Promise<void> {
    while (this.#loop || this.#running.size > 0) {
      await (this.#loop ?? Promise.allSettled([...this.#running]));
    }
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

    // The claim is renewed while the job runs, however long one step (a PDF conversion) takes.
    const heartbeat = setInterval(
      () => void this.jobs.renew(job.id, this.worker, this.#lockMs).catch(() => undefined),
      Math.max(1000, Math.floor(this.#lockMs / 3)),
    );
    heartbeat.unref();
    try {
      if (job.kind === "publishedPdf") {
        await this.makePublishedPdf(job, step);
        if (!(await chain) || writeError) throw writeError ?? new JobAbandoned();
        return;
      }
      const row = await this.reports.findForDocuments(job.report_id);
      if (!row) throw new Error("报表已不存在");
      // The unit's name is the report's unit's (a stored dataset may predate that rule).
      const dataset = withReportUnit(storedDataset(row.dataset), row.unit_name);
      const profile = profileOf(row.profile_id);
      // The stored audit of this version under the current profile and checks is the documents' audit; only one
      // that lags (an edit a moment ago, a changed profile) is made again here.
      const findings = isAuditStale(row) ? undefined : storedFindings(row.audit);
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
          void report(
            5 + Math.floor(((documentsEnd - 5) * built) / DOCUMENT_BUILDERS.length),
            `正在生成 Word 和 Excel 文档（${built}/${DOCUMENT_BUILDERS.length}）`,
          );
          return files;
        },
      }));
      const signOff = await signOffOf(this.reports, job.report_id);
      let files = await buildDocumentPackage({ dataset, profile, builders, findings, ...signOff });
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
              void report(
                documentsEnd + Math.floor(((pdfEnd - documentsEnd) * converted) / sources),
                `正在转换 PDF（${converted}/${sources}）`,
              );
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
    } finally {
      clearInterval(heartbeat);
    }
  }

  /**
   * The PDF of a report just published: its self-evaluation report converted once and kept with the version. A
   * report no longer published (or published again since) needs none of this version.
   */
  private async makePublishedPdf(
    job: JobRow,
    step: (progress: number, message: string) => Promise<void>,
  ): Promise<void> {
    if (!this.#publishedPdfs) throw new Error("未配置公开 PDF 的存储");
    const head = await this.reports.findHead(job.report_id);
    const row = head?.status === "published" ? await this.reports.find(job.report_id) : undefined;
    if (!head || !row || row.status !== "published") {
      await this.jobs.finish(job.id, this.worker, { name: "", data: null });
      return;
    }
    await step(10, "正在生成公开报表 PDF");
    const dataset = withReportUnit(storedDataset(row.dataset), head.unit_name);
    const files = await buildDocumentPackage({
      dataset,
      profile: profileOf(row.profile_id),
      only: ["selfEvaluationReport"],
      findings: isAuditStale(row) ? undefined : storedFindings(row.audit),
      ...(await signOffOf(this.reports, row.id)),
    });
    const source = files.find((file) => file.format === "docx");
    if (!source) throw new Error("该报表没有部门整体或项目自评内容，没有可公开的自评报告");
    this.#converter ??= this.#createConverter();
    const data = await this.#converter.convert({ name: source.name, data: source.data });
    if (this.#stopped) throw new JobAbandoned();
    const name = source.name.replace(/\.docx$/, ".pdf");
    await this.#publishedPdfs.save({ reportId: row.id, version: row.version, name, data });
    await step(95, "公开报表 PDF 已生成");
    await this.jobs.finish(job.id, this.worker, { name, data: null });
  }
}

/**
 * A stored dataset as the builders read it. Every write stores the validator's own output (defaults filled), which
 * the audits read as it is; only a dataset of an older format version is read through the validator, which
 * migrates it.
 */
function storedDataset(text: string): Dataset {
  const value = JSON.parse(text) as Dataset;
  return value.formatVersion === FORMAT_VERSION ? value : requireValidDataset(value);
}

/** The 单位负责人's sign-off of the report's current submission, as the documents' option (none when unsigned). */
async function signOffOf(reports: ReportsRepository, id: string): Promise<{ signOff?: SignOff }> {
  const history = (await reports.transitions(id)).map((t) => ({
    action: t.action,
    toStatus: t.to_status,
    actorName: t.actor_name,
    at: t.at,
  }));
  const signOff = currentSignOff(history);
  return signOff ? { signOff } : {};
}

/** The findings of a stored audit (the JSON of auditResultJson). */
function storedFindings(audit: string): Finding[] {
  return (JSON.parse(audit) as { findings: Finding[] }).findings;
}

/** One message for the failed PDFs: LibreOffice missing is said once; otherwise the first few documents are named. */
function pdfFailure(errors: readonly PdfConversionError[]): string {
  if (errors.some((error) => error.reason === "notInstalled")) {
    return "服务器未安装 LibreOffice，无法生成 PDF；可以只生成 Word 和 Excel 文档";
  }
  const shown = errors.slice(0, 3).map((error) => error.message);
  return errors.length > shown.length
    ? `${shown.join("；")}；另有 ${errors.length - shown.length} 个文件未能转换`
    : shown.join("；");
}
