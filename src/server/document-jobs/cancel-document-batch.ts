/**
 * Cancels a batch: its jobs not being made are deleted with the files already made (the requester's own batch, or
 * any for a 管理员); jobs being made finish, and the batch goes with the last of them.
 * @module
 */
import { AppError } from "../app-error.ts";
import type { RemovedBatchDto } from "../dto/job-dto.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { findReadableBatch } from "./find-readable-batch.ts";

export async function cancelDocumentBatch(
  services: Services,
  options: { actor: Actor; batchId: string },
): Promise<RemovedBatchDto> {
  const { actor } = options;
  const batch = await findReadableBatch(services, options);
  if (batch.requested_by !== actor.user.id && actor.user.role !== "admin")
    throw new AppError("forbidden", "只能取消本人发起的批量任务（管理员可取消任何批量任务）");
  return services.jobs.removeBatch(batch.id);
}
