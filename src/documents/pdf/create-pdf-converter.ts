/**
 * PDF from the very .docx/.xlsx a user downloads, through LibreOffice headless, without ever losing a job.
 *
 * LibreOffice loses work silently in two ways (stack-notes §4.6–4.7): two processes sharing one profile
 * (`-env:UserInstallation`) hand the second job to the first, which drops it; and two inputs with the same basename
 * write the same output file. So the converter keeps a small pool of worker slots, each with its own profile (kept
 * between jobs, because initialising a profile costs about a second), runs at most one soffice per slot, and gives
 * every job its own folder, its own output folder and a basename made from the job number. Every failure — soffice
 * missing, a non-zero exit, no PDF written, the time limit — rejects that job with a Chinese message naming the
 * document; the next job runs as usual.
 *
 * @example
 * const converter = createPdfConverter();
 * await converter.warmUp();
 * const pdf = await converter.convert({ name: "决算说明.docx", data });
 * await converter.close();
 * @module
 */
import { existsSync, rmSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PdfConversionError } from "./pdf-conversion-error.ts";
import { killGroup, runSoffice, type SofficeRunResult } from "./run-soffice.ts";
import { packagePath } from "../../project-files.ts";

/** Two workers: the build machines have two cores, and each soffice keeps one busy. */
export const DEFAULT_PDF_WORKERS = 2;
/** A long report with charts takes 2–5 s here; two minutes means something is stuck. */
export const DEFAULT_PDF_TIMEOUT_MS = 120_000;
/** The project's font aliases (仿宋_GB2312 → Noto Serif CJK SC …), without which LibreOffice sets everything in Sans. */
export const PROJECT_FONTCONFIG_FILE = packagePath("ops", "fontconfig", "fonts.conf");

const SUPPORTED_EXTENSIONS = ["docx", "xlsx"] as const;
const WARM_UP_NAME = "LibreOffice 预热文档.txt";
/** soffice's exit code when a freshly created profile asks for a restart; the job is simply run again. */
const EXIT_RESTART_REQUESTED = 81;

export interface PdfConverterOptions {
  /** Parallel soffice processes, each with its own profile (default 2). */
  workers?: number;
  /** Time limit per job in milliseconds (default 120 s). */
  timeoutMs?: number;
  /** The soffice executable (default `soffice` on PATH, or `JIXIAO_SOFFICE`). */
  sofficePath?: string;
  /** fontconfig file for LibreOffice (default `ops/fontconfig/fonts.conf`). */
  fontconfigFile?: string;
  /** Parent of the converter's own temporary folder (profiles and job folders), removed on close (default the system temp dir). */
  tempRoot?: string;
}

/** A document to convert: its name (used in messages and to pick Writer or Calc) and its bytes. */
export interface PdfSource {
  name: string;
  data: Uint8Array;
}

export interface PdfConvertOptions {
  /** Overrides the converter's time limit for this job. */
  timeoutMs?: number;
}

export interface PdfConverter {
  /** Number of worker slots. */
  readonly workers: number;
  /**
   * Converts one .docx or .xlsx to PDF. Jobs beyond the number of workers wait in order.
   * @throws PdfConversionError with a Chinese message naming `source.name`.
   */
  convert(source: PdfSource, options?: PdfConvertOptions): Promise<Uint8Array>;
  /** Initialises every worker's LibreOffice profile now, so that the first real jobs run at full speed. */
  warmUp(): Promise<void>;
  /** Rejects waiting jobs, stops running soffice processes and removes the work folder. */
  close(): Promise<void>;
}

interface Slot {
  index: number;
  profileDir: string;
  generation: number;
  busy: boolean;
  warm: boolean;
  warming: Promise<void> | undefined;
  pgid: number | undefined;
}

interface Job {
  id: number;
  name: string;
  extension: string;
  data: Uint8Array;
  timeoutMs: number;
  /** Warm-up jobs are pinned to the slot they initialise. */
  slot: number | undefined;
  resolve: (pdf: Uint8Array) => void;
  reject: (error: unknown) => void;
}

/**
 * Creates a converter with its own pool of LibreOffice workers. Nothing starts until the first job or `warmUp()`.
 * @param options worker count, time limit, soffice path, fontconfig file, work folder
 */
export function createPdfConverter(options: PdfConverterOptions = {}): PdfConverter {
  return new SofficePool(options);
}

class SofficePool implements PdfConverter {
  readonly workers: number;
  private readonly timeoutMs: number;
  private readonly sofficePath: string;
  private readonly fontconfigFile: string;
  private readonly tempRoot: string | undefined;
  private workDir: Promise<string> | undefined;
  /** Set once the temporary work folder exists, so that the exit handler can remove it synchronously. */
  private createdWorkDir: string | undefined;
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private nextJobId = 1;
  private closed = false;
  private closing: Promise<void> | undefined;
  private readonly killAllOnExit = () => this.killAll(true);

  constructor(options: PdfConverterOptions) {
    const workers = Math.floor(options.workers ?? DEFAULT_PDF_WORKERS);
    this.workers = Number.isFinite(workers) ? Math.max(1, workers) : DEFAULT_PDF_WORKERS;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS;
    this.sofficePath = options.sofficePath ?? process.env.JIXIAO_SOFFICE ?? "soffice";
    this.fontconfigFile = options.fontconfigFile ?? PROJECT_FONTCONFIG_FILE;
    this.tempRoot = options.tempRoot;
    this.slots = Array.from({ length: this.workers }, (_, index) => ({
      index,
      profileDir: "",
      generation: 0,
      busy: false,
      warm: false,
      warming: undefined,
      pgid: undefined,
    }));
  }

  convert(source: PdfSource, options: PdfConvertOptions = {}): Promise<Uint8Array> {
    const extension = /\.([a-z0-9]+)$/i.exec(source.name)?.[1]?.toLowerCase() ?? "";
    if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(extension)) {
      return Promise.reject(
        new PdfConversionError(
          `「${source.name}」无法转换为 PDF：只支持 .docx 和 .xlsx 文件`,
          source.name,
          "invalidInput",
        ),
      );
    }
    // A file that is not a ZIP package would be imported by LibreOffice as plain text and "converted" into pages
    // of garbage, so it is refused here rather than published.
    if (!isZipPackage(source.data)) {
      return Promise.reject(
        new PdfConversionError(
          `「${source.name}」不是有效的 ${extension === "docx" ? "Word" : "Excel"} 文件（内容不是 .${extension} 格式），无法转换为 PDF`,
          source.name,
          "invalidInput",
        ),
      );
    }
    return this.enqueue(source.name, extension, source.data, options.timeoutMs ?? this.timeoutMs, undefined);
  }

  async warmUp(): Promise<void> {
    const warming = this.slots
      .filter((slot) => !slot.warm)
      .map((slot) => {
        slot.warming ??= this.enqueue(
          WARM_UP_NAME,
          "txt",
          new TextEncoder().encode("Jixiao 绩效\n"),
          this.timeoutMs,
          slot.index,
        )
          .then(() => undefined)
          .finally(() => {
            slot.warming = undefined;
          });
        return slot.warming;
      });
    const failed = (await Promise.allSettled(warming)).find((result) => result.status === "rejected");
    if (!failed) return;
    const error = failed.reason as PdfConversionError;
    // The warm-up document is ours, not the user's: its name would only confuse the message.
    throw error.reason === "notInstalled"
      ? new PdfConversionError(notInstalledMessage(this.sofficePath), "", "notInstalled")
      : error;
  }

  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(closedError(job.name));
    this.killAll(false);
    process.removeListener("exit", this.killAllOnExit);
    while (this.slots.some((slot) => slot.busy)) await new Promise((resolve) => setTimeout(resolve, 20));
    if (this.workDir) await rm(await this.workDir, { recursive: true, force: true });
    this.createdWorkDir = undefined;
  }

  private enqueue(
    name: string,
    extension: string,
    data: Uint8Array,
    timeoutMs: number,
    slot: number | undefined,
  ): Promise<Uint8Array> {
    if (this.closed) return Promise.reject(closedError(name));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextJobId++, name, extension, data, timeoutMs, slot, resolve, reject });
      this.pump();
    });
  }

  /** Hands waiting jobs to free slots, oldest first; a pinned warm-up job waits for its own slot. */
  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const at = this.queue.findIndex((job) => job.slot === undefined || job.slot === slot.index);
      if (at < 0) continue;
      const [job] = this.queue.splice(at, 1);
      if (!job) continue;
      slot.busy = true;
      this.runJob(slot, job)
        .then(job.resolve, (error: unknown) => job.reject(asConversionError(error, job.name)))
        .finally(() => {
          slot.busy = false;
          this.pump();
        });
    }
  }

  private async runJob(slot: Slot, job: Job): Promise<Uint8Array> {
    const workDir = await this.ensureWorkDir();
    const jobDir = join(workDir, `job-${job.id}`);
    const outDir = join(jobDir, "out");
    const basename = `doc-${job.id}`;
    const input = join(jobDir, `${basename}.${job.extension}`);
    try {
      await mkdir(outDir, { recursive: true });
      await writeFile(input, job.data);
      if (!slot.profileDir) slot.profileDir = join(workDir, `profile-${slot.index}-${slot.generation}`);
      let result = await this.runOnSlot(slot, job, input, outDir);
      if (result.exitCode === EXIT_RESTART_REQUESTED && !result.timedOut)
        result = await this.runOnSlot(slot, job, input, outDir);
      if (this.closed) throw closedError(job.name);
      if (result.timedOut) {
        await this.resetProfile(slot);
        throw new PdfConversionError(
          `「${job.name}」转换 PDF 超时（超过 ${formatSeconds(job.timeoutMs)} 秒），已终止 LibreOffice`,
          job.name,
          "timeout",
        );
      }
      const detail = describeOutput(result.output);
      if (result.exitCode !== 0) {
        // A crash may leave the profile half-written; the next job on this slot starts from a fresh one.
        await this.resetProfile(slot);
        throw new PdfConversionError(
          `「${job.name}」转换 PDF 失败：LibreOffice 退出码 ${result.exitCode ?? "（被信号终止）"}${detail ? `（${detail}）` : ""}`,
          job.name,
          "exitCode",
        );
      }
      const pdfPath = join(outDir, `${basename}.pdf`);
      const pdf = existsSync(pdfPath) ? new Uint8Array(await readFile(pdfPath)) : undefined;
      if (!pdf || !isPdf(pdf)) {
        throw new PdfConversionError(
          `「${job.name}」转换 PDF 失败：LibreOffice 未生成 PDF（${detail || "文件可能已损坏或格式不受支持"}）`,
          job.name,
          "noOutput",
        );
      }
      slot.warm = true;
      return pdf;
    } finally {
      await rm(jobDir, { recursive: true, force: true });
    }
  }

  private async runOnSlot(slot: Slot, job: Job, input: string, outDir: string): Promise<SofficeRunResult> {
    const args = [
      `-env:UserInstallation=${pathToFileURL(slot.profileDir).href}`,
      "--headless",
      "--invisible",
      "--nocrashreport",
      "--nodefault",
      "--nofirststartwizard",
      "--nolockcheck",
      "--nologo",
      "--norestore",
      "--convert-to",
      "pdf",
      "--outdir",
      outDir,
      input,
    ];
    try {
      return await runSoffice({
        command: this.sofficePath,
        args,
        env: { ...process.env, FONTCONFIG_FILE: this.fontconfigFile },
        timeoutMs: job.timeoutMs,
        onGroup: (pgid) => {
          slot.pgid = pgid;
        },
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "EACCES") {
        throw new PdfConversionError(notInstalledMessage(this.sofficePath, job.name), job.name, "notInstalled");
      }
      throw new PdfConversionError(
        `「${job.name}」转换 PDF 失败：无法启动 LibreOffice（${(error as Error).message}）`,
        job.name,
        "exitCode",
      );
    }
  }

  private async resetProfile(slot: Slot): Promise<void> {
    const old = slot.profileDir;
    slot.generation += 1;
    slot.profileDir = "";
    slot.warm = false;
    if (old) await rm(old, { recursive: true, force: true });
  }

  private ensureWorkDir(): Promise<string> {
    this.workDir ??= (async () => {
      const parent = this.tempRoot ?? tmpdir();
      await mkdir(parent, { recursive: true });
      const dir = await mkdtemp(join(parent, "jixiao-pdf-"));
      this.createdWorkDir = dir;
      // An interrupted process (Ctrl-C in a batch) must not leave soffice processes behind in their own groups.
      process.once("exit", this.killAllOnExit);
      return dir;
    })();
    return this.workDir;
  }

  /** Kills running soffice groups; on process exit also removes the temporary work folder (synchronously). */
  private killAll(removeWorkDir: boolean): void {
    for (const slot of this.slots) killGroup(slot.pgid);
    if (removeWorkDir && this.createdWorkDir) rmSync(this.createdWorkDir, { recursive: true, force: true });
  }
}

function isZipPackage(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
}

function isPdf(data: Uint8Array): boolean {
  return data.length > 8 && new TextDecoder().decode(data.subarray(0, 5)) === "%PDF-";
}

/** The useful part of soffice's output: its error lines, without the harmless javaldx warning and progress lines. */
function describeOutput(output: string): string {
  return output
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.includes("javaldx") && !line.startsWith("convert "))
    .join("；")
    .slice(-300);
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? String(Math.round(ms / 100) / 10) : String(ms / 1000);
}

function notInstalledMessage(sofficePath: string, name?: string): string {
  const what = name ? `，无法将「${name}」转换为 PDF` : "，无法转换 PDF";
  return `未找到 LibreOffice（${sofficePath}）${what}。请运行 bash scripts/setup.sh 安装 libreoffice-writer-nogui、libreoffice-calc-nogui 和 fonts-noto-cjk`;
}

/** A file-system failure in the work folder still names the document, like every other failure. */
function asConversionError(error: unknown, name: string): PdfConversionError {
  if (error instanceof PdfConversionError) return error;
  return new PdfConversionError(`「${name}」转换 PDF 失败：${(error as Error).message}`, name, "exitCode");
}

function closedError(name: string): PdfConversionError {
  return new PdfConversionError(`PDF 转换器已关闭，「${name}」未转换`, name, "closed");
}
