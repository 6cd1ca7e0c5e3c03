/**
 * The access rule every use case about one document job starts with: a job is seen by those who may read its
 * report, and by nobody else — for them it is "not found", like a job that does not exist.
 * @module
 */
import type { JobRow } from "../../storage/database-schema.ts";
import { notFound } from "../app-error.ts";
import { findReadableHead } from "../reports/find-readable-report.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

export interface FindJobOptions {
  actor: Actor;
  jobId: string;
  /**
   * Only a job that made documents for a user: the PDF made at publication (kind "publishedPdf", the system's job,
   * its file kept with the published version) is then not found either.
   */
  documentsOnly?: boolean;
}

/** The job (without its result) if the actor may read its report. */
export async function findReadableJob(services: Services, options: FindJobOptions): Promise<Omit<JobRow, "result">> {
  const job = await services.jobs.find(options.jobId);
  if (!job || (options.documentsOnly && job.kind === "publishedPdf")) throw notFound("任务");
  await findReadableHead(services, { actor: options.actor, reportId: job.report_id, what: "任务" });
  return job;
}
