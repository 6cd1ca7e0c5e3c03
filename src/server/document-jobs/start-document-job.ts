/**
 * Starts the making of a report's documents (Word and Excel, and their PDFs when asked) as a background job, for
 * anybody who may read the report; within the per-user limit of JOB_LIMITS.activePerUser.
 * @module
 */
import { JOB_LIMITS } from "../../storage/jobs-repository.ts";
import type { StartedJobDto } from "../dto/job-dto.ts";
import { findReadableHead, type ReportOptions } from "../reports/find-readable-report.ts";
import type { Services } from "../services/services.ts";
import { queueWithinLimit } from "./queue-within-limit.ts";

export async function startDocumentJob(
  services: Services,
  options: ReportOptions & { pdf: boolean },
): Promise<StartedJobDto> {
  const report = await findReadableHead(services, options);
  const job = await queueWithinLimit(services, () =>
    services.jobs.enqueue({
      kind: options.pdf ? "documentsWithPdf" : "documents",
      reportId: report.id,
      requestedBy: options.actor.user.id,
      maxActive: JOB_LIMITS.activePerUser,
    }),
  );
  return { jobId: job.id, status: job.status };
}
