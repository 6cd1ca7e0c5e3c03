/**
 * A 管理员 renames a unit within their subtree (a unit outside it is "not found", so ids cannot be probed). Their own
 * unit may be renamed too: it is the root of what they manage.
 * @module
 */
import { AdminChangesRepository } from "../../storage/admin-changes-repository.ts";
import { AppError } from "../app-error.ts";
import { assertCanRead, assertRole } from "../services/access.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

export async function renameUnit(
  services: Services,
  options: { actor: Actor; unitId: string; name: string },
): Promise<{ name: string }> {
  assertRole(options.actor, ["admin"], "重命名单位");
  const unit = await services.units.find(options.unitId);
  assertCanRead(options.actor, unit, "单位");
  const name = options.name.trim();
  if (!name) throw new AppError("malformed", "单位名称不能为空", { location: "name" });
  await new AdminChangesRepository(services.database.db).renameUnit(unit.id, name);
  return { name };
}
