/**
 * A 管理员 gives a user of their subtree another role. Not their own: a 管理员 who demoted themselves might leave
 * the subtree with nobody to manage it. Sessions stay: each request reads the user's role afresh.
 * @module
 */
import { ROLE_NAMES, type Role } from "../../core/workflow/roles.ts";
import { AdminChangesRepository } from "../../storage/admin-changes-repository.ts";
import { findManagedUser } from "../accounts/find-managed-user.ts";
import { AppError } from "../app-error.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

export async function changeUserRole(
  services: Services,
  options: { actor: Actor; userId: string; role: Role },
): Promise<{ role: Role; roleName: string }> {
  const user = await findManagedUser(services, options.actor, options.userId, "修改用户角色");
  if (user.id === options.actor.user.id) throw new AppError("malformed", "不能修改自己的角色");
  await new AdminChangesRepository(services.database.db).setUserRole(user.id, options.role);
  return { role: options.role, roleName: ROLE_NAMES[options.role] };
}
