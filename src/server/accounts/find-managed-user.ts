/**
 * The user a 管理员 acts on: only a 管理员 may (403 otherwise), and only on users of units within their own subtree
 * (404 otherwise, as for reports: ids of other regions cannot be probed).
 * @module
 */
import type { UserRow } from "../../storage/database-schema.ts";
import { notFound } from "../app-error.ts";
import { assertRole } from "../services/access.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

export async function findManagedUser(
  services: Services,
  actor: Actor,
  userId: string,
  action: string,
): Promise<UserRow> {
  assertRole(actor, ["admin"], action);
  const user = await services.users.find(userId);
  const unit = user ? await services.units.find(user.unit_id) : undefined;
  if (!user || !unit || !unit.path.startsWith(actor.unit.path)) throw notFound("用户");
  return user;
}
