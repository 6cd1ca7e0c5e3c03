/**
 * A signed-in user changes their own password: the current one is asked for (checked under the sign-in throttle,
 * so a stolen session cannot be used to guess it), the new one hashed, and every other session of the user ended
 * in the same transaction — whoever else held one is signed out. This session stays.
 * @module
 */
import { SessionsRepository } from "../../storage/sessions-repository.ts";
import { UsersRepository } from "../../storage/users-repository.ts";
import { AppError } from "../app-error.ts";
import { hashPassword } from "../security/password.ts";
import type { Actor, SignInClient } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

export interface ChangeOwnPasswordOptions {
  actor: Actor;
  /** The browser the change comes from (its address and device cookie count for the throttle). */
  client: SignInClient;
  currentPassword: string;
  newPassword: string;
}

export async function changeOwnPassword(
  services: Services,
  options: ChangeOwnPasswordOptions,
): Promise<{ endedSessions: number }> {
  const { actor, client, ...input } = options;
  if (input.newPassword === input.currentPassword)
    throw new AppError("malformed", "新密码不能与当前密码相同", { location: "newPassword" });
  try {
    await services.auth.checkPassword(actor.user.username, input.currentPassword, client);
  } catch (error) {
    // "unauthenticated" (401) would read as "signed out" to the page: the session is fine, the password is not.
    if (error instanceof AppError && error.code === "unauthenticated")
      throw new AppError("forbidden", "当前密码不正确", { location: "currentPassword" });
    throw error;
  }
  const hash = await hashPassword(input.newPassword);
  return services.database.db.transaction().execute(async (trx) => {
    await new UsersRepository(trx).setPasswordHash(actor.user.id, hash);
    return { endedSessions: await new SessionsRepository(trx).revokeAllOf(actor.user.id, actor.tokenHash) };
  });
}
