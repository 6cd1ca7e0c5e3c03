/**
 * A 管理员 sets a new password for a user of their subtree (who forgot theirs, or whose account may be in other
 * hands): every session of that user ends and its sign-in locks are lifted, in one transaction. Not for the
 * 管理员's own account — that is a change, which asks for the current password.
 * @module
 */
import { SessionsRepository } from "../../storage/sessions-repository.ts";
import { UsersRepository } from "../../storage/users-repository.ts";
import { AppError } from "../app-error.ts";
import { hashPassword } from "../security/password.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { findManagedUser } from "./find-managed-user.ts";
import { unlockSignIn } from "./unlock-sign-in.ts";

export async function resetUserPassword(
  services: Services,
  { actor, userId, newPassword }: { actor: Actor; userId: string; newPassword: string },
): Promise<{ endedSessions: number }> {
  const user = await findManagedUser(services, actor, userId, "重置密码");
  if (user.id === actor.user.id)
    throw new AppError("malformed", "不能重置自己的密码，请使用“修改密码”（需要当前密码）");
  const hash = await hashPassword(newPassword);
  const ended = await services.database.db.transaction().execute(async (trx) => {
    await new UsersRepository(trx).setPasswordHash(user.id, hash);
    return new SessionsRepository(trx).revokeAllOf(user.id);
  });
  await unlockSignIn(services, { actor, userId: user.id });
  return { endedSessions: ended };
}
