/** A 管理员's view of the users of their subtree (never a password hash). */
import { ROLE_NAMES } from "../../core/workflow/roles.ts";
import { assertRole } from "../services/access.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

export async function listUsers(services: Services, options: { actor: Actor }) {
  assertRole(options.actor, ["admin"], "查看用户");
  const users = await services.users.listInSubtree(options.actor.unit.path);
  return users.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    role: u.role,
    roleName: ROLE_NAMES[u.role],
    unitId: u.unit_id,
    unitName: u.unit_name,
    disabled: u.disabled === 1,
  }));
}
