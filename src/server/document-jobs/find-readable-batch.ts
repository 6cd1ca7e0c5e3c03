/** The access rule of a document batch: followed by those whose subtree holds the batch's unit; "not found" for anybody else. */
import type { JobBatchRow } from "../../storage/database-schema.ts";
import { notFound } from "../app-error.ts";
import { inSubtree } from "../services/access.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

export async function findReadableBatch(
  services: Services,
  options: { actor: Actor; batchId: string },
): Promise<JobBatchRow> {
  const batch = await services.jobs.findBatch(options.batchId);
  const unit = batch ? await services.units.find(batch.unit_id) : undefined;
  if (!batch || !unit || !inSubtree(options.actor, unit)) throw notFound("批量任务");
  return batch;
}
