/**
 * The settings of the signed-in user's region (the tree under their region's root unit), which decide parts of the
 * workflow (src/core/workflow/workflow.ts). Every report a user may read lies in their own region, so these are the
 * settings of any report they open.
 * @module
 */
import type { WorkflowSettings } from "../../core/workflow/workflow.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

export async function readRegionSettings(services: Services, options: { actor: Actor }): Promise<WorkflowSettings> {
  return services.units.regionSettings(options.actor.unit.path);
}
