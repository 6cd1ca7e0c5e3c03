/**
 * The reviewer's queue: the reports of the actor's subtree waiting for their role, whole or a page at a time
 * (`limit` rows from `offset`), as the JSON bytes of ReviewQueueDto; for SUMMARY_ROLES only (checked first).
 * @module
 */
import { jsonOf, type JsonOf } from "../api-route.ts";
import type { ReviewQueueDto } from "../dto/summary-dto.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

export async function readReviewQueue(
  services: Services,
  options: { actor: Actor; page?: { offset: number; limit: number } | undefined },
): Promise<JsonOf<ReviewQueueDto>> {
  return jsonOf((await services.summaries.queue(options.actor, options.page)).body);
}
