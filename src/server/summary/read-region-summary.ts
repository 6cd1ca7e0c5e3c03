/**
 * The regional summary of the actor's subtree for reviewers and the finance bureau (SUMMARY_ROLES, checked first):
 * one year, or every year when none is asked for, as the JSON bytes of RegionSummaryDto — kept by the process and
 * sent again as they are while nothing under the unit changed (region-summary.ts).
 * @module
 */
import { jsonOf, type JsonOf } from "../api-route.ts";
import type { RegionSummaryDto } from "../dto/summary-dto.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

export async function readRegionSummary(
  services: Services,
  options: { actor: Actor; year?: number | undefined },
): Promise<JsonOf<RegionSummaryDto>> {
  return jsonOf((await services.summaries.summary(options.actor, options.year)).body);
}
