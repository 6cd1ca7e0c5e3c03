/**
 * Deletes a document job and the files it made: the requester's own job, or any job for a 管理员; never one being
 * made (its runner is writing it).
 * @module
 */
import { AppError } from "../app-error.ts";
import type { DeletedJobDto } from "../dto/job-dto.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { findReadableJob } from "./find-readable-job.ts";

export async function deleteJob(services: Services, options: { actor: Actor; jobId: string }): Promise<DeletedJobDto> {
  const { actor } = options;
  const job = await findReadableJob(services, { ...options, documentsOnly: true });
  if (job.requested_by !== actor.user.id && actor.user.role !== "admin")
    throw new AppError("forbidden", "只能删除本人发起的任务（管理员可删除任何任务）");
  if (job.status === "running" || !(await services.jobs.remove(job.id)))
    throw new AppError("conflict", "任务正在生成，完成后才能删除");
  return { deleted: job.id };
}
