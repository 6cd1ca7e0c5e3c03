/** A batch's progress: its jobs counted by state, the overall progress (0–100) and each report's job (each downloadable). */
import type { BatchDto } from "../dto/job-dto.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { findReadableBatch } from "./find-readable-batch.ts";

export async function readDocumentBatch(
  services: Services,
  options: { actor: Actor; batchId: string },
): Promise<BatchDto> {
  const batch = await findReadableBatch(services, options);
  const [counts, jobs] = await Promise.all([
    services.jobs.batchCounts(batch.id, batch.total),
    services.jobs.batchJobs(batch.id),
  ]);
  return {
    id: batch.id,
    kind: batch.kind,
    description: batch.description,
    total: batch.total,
    createdAt: batch.created_at,
    counts: { queued: counts.queued, running: counts.running, done: counts.done, failed: counts.failed },
    progress: counts.progress,
    jobs: jobs.map((job) => ({
      jobId: job.id,
      reportId: job.report_id,
      unitName: job.unit_name,
      year: job.year,
      status: job.status,
      progress: job.progress,
      message: job.message,
      resultName: job.result_name,
    })),
  };
}
