/**
 * The documents of a finished job, in the order of its ZIP and without the manifest: what its file list shows, what
 * each file's download sends and what the preview draws. One reading of the ZIP for all three.
 * @module
 */
import { unzipSync } from "fflate";
import { AppError, notFound } from "../app-error.ts";
import type { Services } from "../services/services.ts";
import { findReadableJob, type FindJobOptions } from "./find-readable-job.ts";

export interface JobFile {
  /** The path in the ZIP ("部门整体支出绩效自评报告.docx", "项目/…"). */
  name: string;
  data: Uint8Array;
}

/** @throws AppError not found (not readable, or not a document job); conflict while the job is not done. */
export async function readJobFiles(services: Services, options: Omit<FindJobOptions, "documentsOnly">) {
  const job = await findReadableJob(services, { ...options, documentsOnly: true });
  const result = job.status === "done" ? await services.jobs.result(job.id) : undefined;
  if (!result) throw new AppError("conflict", `任务尚未完成（${job.message}）`);
  return Object.entries(unzipSync(new Uint8Array(result.data)))
    .filter(([name, data]) => !name.endsWith("/") && name !== "manifest.json" && data.byteLength > 0)
    .map(([name, data]): JobFile => ({ name, data }));
}

/** File `index` of the job's files, the index as the path gives it ("0"…"9999"); not found otherwise. */
export function jobFileAt(files: readonly JobFile[], index: string | undefined): { index: number; file: JobFile } {
  const at = index !== undefined && /^\d{1,4}$/.test(index) ? Number(index) : -1;
  const file = files[at];
  if (!file) throw notFound("文件");
  return { index: at, file };
}
