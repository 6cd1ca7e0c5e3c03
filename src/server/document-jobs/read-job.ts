/** A job's state and progress (0–100), for those who may read its report: what the page polls while it runs. */
import type { JobDto } from "../dto/job-dto.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { findReadableJob } from "./find-readable-job.ts";

export async function readJob(services: Services, options: { actor: Actor; jobId: string }): Promise<JobDto> {
  const job = await findReadableJob(services, options);
  return {
    id: job.id,
    status: job.status,
    progress: job.progress,
    message: job.message,
    resultName: job.result_name,
    updatedAt: job.updated_at,
  };
}
