/**
 * A 管理员 of the region's root unit (the 财政部门 at the top of the tree) turns the 单位负责人 sign-off step on or off
 * for the whole region. An administrator lower in the tree may not: the setting is the region's, not a subtree's.
 * Reports already waiting for sign-off stay there and are signed off or returned as before.
 * @module
 */
import type { WorkflowSettings } from "../../core/workflow/workflow.ts";
import { forbidden } from "../app-error.ts";
import { assertRole } from "../services/access.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

export async function setRegionSettings(
  services: Services,
  options: { actor: Actor; settings: WorkflowSettings },
): Promise<WorkflowSettings> {
  const { actor, settings } = options;
  assertRole(actor, ["admin"], "修改地区设置");
  if (actor.unit.parent_id !== null) throw forbidden("只有地区最上级单位（财政部门）的管理员才能修改地区设置");
  await services.units.setSignOffRequired(actor.unit.id, settings.signOffRequired);
  return services.units.regionSettings(actor.unit.path);
}
