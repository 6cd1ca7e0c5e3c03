/**
 * `jixiao report <dataset.json|folder> --out <dir> [--pdf] [--only 自评报告,项目表,决算说明] [--profile …] [--bundle]`:
 * writes a unit's documents (Word, Excel, and with --pdf their PDFs; with --bundle also the publication ZIP), or —
 * given a folder — those of every `*.json` in it, each unit in its own sub-folder, with progress on stderr and a
 * summary on stdout.
 *
 * Everything that can be refused is refused before any work: the --only values, the input path, the dataset of a
 * single unit, the --out folder. Each file is written under a temporary name and renamed, so a unit's folder never
 * holds a half-written file. In a batch, a unit whose dataset is invalid is skipped and reported with its JSON paths.
 * Exit codes: 0 everything written, 1 a document could not be generated or converted, 2 invalid input.
 * @module
 */
import { mkdirSync } from "node:fs";
import { basename, join, relative } from "node:path";
import type { Dataset } from "../../core/dataset/schema.ts";
import type { RuleProfile } from "../../core/profiles/profile-schema.ts";
import { buildDocumentPackage } from "../../documents/build-package.ts";
import { buildPublicationBundle } from "../../documents/bundle/build-publication-bundle.ts";
import type { DocumentKind, GeneratedFile } from "../../documents/document-input.ts";
import { safeFileName } from "../../documents/file-names.ts";
import { convertFilesToPdf } from "../../documents/pdf/convert-files-to-pdf.ts";
import { createPdfConverter, type PdfConverter } from "../../documents/pdf/create-pdf-converter.ts";
import { InputError } from "../cli-error.ts";
import { listDatasetFiles } from "../list-dataset-files.ts";
import { parseDocumentKinds } from "../parse-document-kinds.ts";
import { prepareOutDir } from "../prepare-out-dir.ts";
import { readDataset } from "../read-inputs.ts";
import { createReportProgress, isInteractive, type ProgressStream } from "../report-progress.ts";
import { writeFileAtomic } from "../write-file-atomic.ts";
import type { CommandResult } from "./command-result.ts";

export interface ReportCommandOptions {
  /** A dataset file or a folder of them. */
  input: string;
  out: string | undefined;
  profile: RuleProfile;
  /** The raw --only text. */
  only: string | undefined;
  pdf: boolean;
  bundle: boolean;
  /** Where progress goes (default process.stderr). */
  progressStream?: ProgressStream;
}

/** What became of one dataset file. */
interface UnitResult {
  file: string;
  label: string;
  written: { name: string; format: string }[];
  /** Problems that stopped part or all of the unit, each a Chinese line. */
  problems: string[];
  invalidInput: boolean;
}

/** Runs the report command; see the module comment for the checks, the layout of --out and the exit codes. */
export async function runReport(options: ReportCommandOptions): Promise<CommandResult> {
  if (options.out === undefined) throw new InputError("report 需要 --out <输出文件夹>");
  const only = parseDocumentKinds(options.only);
  const { batch, files } = listDatasetFiles(options.input);
  // A single unit is read before --out is touched, so a bad dataset leaves no empty folder behind.
  const single = batch ? undefined : readDataset(files[0] as string);
  const outDir = prepareOutDir(options.out);

  const started = performance.now();
  const stream = options.progressStream ?? process.stderr;
  const progress = createReportProgress({ total: files.length, stream, interactive: isInteractive(stream) });
  const converter = options.pdf ? createPdfConverter() : undefined;
  const results: UnitResult[] = [];
  // soffice runs in its own process group, out of reach of the terminal's Ctrl-C: stop it (and remove its profiles)
  // before leaving.
  const stopped = new AbortController();
  const interrupt = () => {
    stopped.abort();
    stream.write("\n已中断：正在停止 LibreOffice，未完成的单位不写入\n");
    void converter?.close();
  };
  if (converter) for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, interrupt);
  try {
    if (converter) {
      // Starting LibreOffice now also finds out at once when it is missing, before any unit is written.
      const ready = await converter.warmUp().then(
        () => undefined,
        (error: Error) => error.message,
      );
      if (ready !== undefined) return { exitCode: 1, output: `无法生成 PDF：${ready}` };
    }
    progress.start();
    const generatedAt = new Date();
    const work = files.map((file) => async () => {
      if (stopped.signal.aborted) return;
      const result = await reportUnit({
        file,
        stopped: stopped.signal,
        dataset: single,
        unitDir: batch ? join(outDir, unitFolderName(file)) : outDir,
        profile: options.profile,
        bundle: options.bundle,
        only,
        converter,
        generatedAt,
      });
      results.push(result);
      if (stopped.signal.aborted) return;
      progress.unitDone({
        label: result.label,
        ok: result.problems.length === 0,
        detail:
          result.problems.length > 0
            ? (result.problems[0] ?? "")
            : result.written.length > 0
              ? `${result.written.length} 个文件`
              : "没有可生成的文档",
      });
    });
    // With PDFs, one more unit than there are workers keeps LibreOffice busy while the next package is built.
    await runWithConcurrency(work, converter ? converter.workers + 1 : 1);
    progress.finish();
  } finally {
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.removeListener(signal, interrupt);
    await converter?.close();
    // 128 + SIGINT, as a shell reports a command stopped by Ctrl-C; every file written so far is complete.
    if (stopped.signal.aborted) process.exit(130);
  }

  results.sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file));
  const seconds = (performance.now() - started) / 1000;
  const exitCode = results.some((r) => r.invalidInput) ? 2 : results.some((r) => r.problems.length > 0) ? 1 : 0;
  return { exitCode, output: summarize(results, outDir, seconds) };
}

interface ReportUnitOptions {
  file: string;
  dataset: Dataset | undefined;
  unitDir: string;
  profile: RuleProfile;
  only: DocumentKind[] | undefined;
  converter: PdfConverter | undefined;
  bundle: boolean;
  generatedAt: Date;
  /** Aborted on Ctrl-C: a unit whose PDFs were cut short is not written at all. */
  stopped: AbortSignal;
}

async function reportUnit(options: ReportUnitOptions): Promise<UnitResult> {
  const result: UnitResult = {
    file: options.file,
    label: options.file,
    written: [],
    problems: [],
    invalidInput: false,
  };
  let dataset = options.dataset;
  if (!dataset) {
    try {
      dataset = readDataset(options.file);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      result.invalidInput = true;
      const message = error.message.startsWith(`${options.file}：`)
        ? error.message.slice(options.file.length + 1)
        : error.message;
      result.problems.push(message, ...error.details.map((d) => `  ${d.location}：${d.message}`));
      return result;
    }
  }
  result.label = `${dataset.unit?.name ?? basename(options.file)} ${dataset.year}年度`;
  let files: GeneratedFile[];
  try {
    files = await buildDocumentPackage({
      dataset,
      profile: options.profile,
      only: options.only,
      generatedAt: options.generatedAt,
    });
  } catch (error) {
    result.problems.push(`文档生成失败：${(error as Error).message}`);
    return result;
  }
  if (options.converter) {
    const pdfs = await convertFilesToPdf(files, options.converter);
    files = [...files, ...pdfs.files];
    result.problems.push(...pdfs.errors.map((error) => error.message));
  }
  if (files.length === 0 || options.stopped.aborted) return result;
  try {
    mkdirSync(options.unitDir, { recursive: true });
    for (const file of files) {
      writeFileAtomic(join(options.unitDir, file.name), file.data);
      result.written.push({ name: file.name, format: file.format });
    }
    if (options.bundle) {
      // A publication bundle missing a PDF that failed would look complete to whoever receives it.
      if (result.problems.length > 0) result.problems.push("因有文档未生成，未打包 ZIP");
      else {
        const bundle = buildPublicationBundle({
          files,
          dataset,
          profile: options.profile,
          generatedAt: options.generatedAt,
        });
        writeFileAtomic(join(options.unitDir, bundle.name), bundle.data);
        result.written.push({ name: bundle.name, format: "zip" });
      }
    }
  } catch (error) {
    result.problems.push(`写入 ${options.unitDir} 失败：${(error as Error).message}`);
  }
  return result;
}

/** The sub-folder of one unit in a batch: the dataset file's name without .json (unique within the folder). */
function unitFolderName(file: string): string {
  return safeFileName(basename(file).replace(/\.json$/i, ""));
}

async function runWithConcurrency(tasks: readonly (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next++];
      if (task) await task();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
}

function summarize(results: readonly UnitResult[], outDir: string, seconds: number): string {
  const written = results.flatMap((r) => r.written);
  const byFormat = ["docx", "xlsx", "pdf", "zip"]
    .map((format) => [format, written.filter((w) => w.format === format).length] as const)
    .filter(([, count]) => count > 0)
    .map(([format, count]) => `${format} ${count}`);
  // A unit counts as done only when it has files: "已生成 1/1" beside "共 0 个文件" would say the opposite of the truth.
  const complete = results.filter((r) => r.problems.length === 0 && r.written.length > 0).length;
  const shown = relative(process.cwd(), outDir) || ".";
  const lines = [
    `已生成 ${complete}/${results.length} 个单位的文档，共 ${written.length} 个文件${byFormat.length > 0 ? `（${byFormat.join("，")}）` : ""}，用时 ${seconds.toFixed(1)} 秒`,
    `输出文件夹：${shown.startsWith("..") ? outDir : shown}`,
  ];
  if (results.length === 1 && written.length > 0) lines.push(...written.map((w) => `  ${w.name}`));
  const empty = results.filter((r) => r.problems.length === 0 && r.written.length === 0);
  if (empty.length > 0)
    lines.push(`没有可生成的文档（数据集中没有所选文档需要的内容）：${empty.map((r) => r.label).join("、")}`);
  const failed = results.filter((r) => r.problems.length > 0);
  if (failed.length > 0) {
    lines.push(`未完成 ${failed.length} 个：`);
    for (const r of failed)
      lines.push(`✗ ${r.file}${r.label === r.file ? "" : `（${r.label}）`}`, ...r.problems.map((p) => `    ${p}`));
  }
  return lines.join("\n");
}
