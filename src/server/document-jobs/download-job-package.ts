/** A finished job's ZIP as it was made (the documents and manifest.json), for those who may read its report. */
import { AppError } from "../app-error.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { findReadableJob } from "./find-readable-job.ts";

export async function downloadJobPackage(
  services: Services,
  options: { actor: Actor; jobId: string },
): Promise<{ fileName: string; data: Uint8Array }> {
  const job = await findReadableJob(services, { ...options, documentsOnly: true });
  const result = job.status === "done" ? await services.jobs.result(job.id) : undefined;
  if (!result) throw new AppError("conflict", `任务尚未完成（${job.message}）`);
  return { fileName: result.name, data: result.data };
}
