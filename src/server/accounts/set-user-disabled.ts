/**
 * A 管理员 disables a user of their subtree (signing in refused, every session ended at once, in one transaction)
 * or enables them again. A 管理员 cannot disable themselves (nobody might be left to enable them).
 * @module
 */
import { SessionsRepository } from "../../storage/sessions-repository.ts";
import { UsersRepository } from "../../storage/users-repository.ts";
import { AppError } from "../app-error.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { findManagedUser } from "./find-managed-user.ts";

export async function setUserDisabled(
  services: Services,
  { actor, userId, disabled }: { actor: Actor; userId: string; disabled: boolean },
): Promise<{ disabled: boolean; endedSessions: number }> {
  const user = await findManagedUser(services, actor, userId, disabled ? "停用用户" : "启用用户");
  if (user.id === actor.user.id && disabled) throw new AppError("malformed", "不能停用自己的账户");
  const endedSessions = await services.database.db.transaction().execute(async (trx) => {
    await new UsersRepository(trx).setDisabled(user.id, disabled);
    return disabled ? new SessionsRepository(trx).revokeAllOf(user.id) : 0;
  });
  return { disabled, endedSessions };
}
