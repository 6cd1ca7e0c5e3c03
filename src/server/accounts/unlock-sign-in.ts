/**
 * A 管理员 lifts every sign-in lock on a user of their subtree: the name's own counter, its counters per address and
 * those of the user's trusted browsers. Address-wide locks (many names from one address) are not the user's and
 * stay until they run out.
 * @module
 */
import type { Actor } from "../services/auth-service.ts";
import { throttleKeysOfName } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { findManagedUser } from "./find-managed-user.ts";

export async function unlockSignIn(
  services: Services,
  { actor, userId }: { actor: Actor; userId: string },
): Promise<{ cleared: number }> {
  const user = await findManagedUser(services, actor, userId, "解除登录锁定");
  const name = throttleKeysOfName(user.username);
  const devices = await services.auth.devices.hashesOf(user.id);
  const cleared = await services.auth.attempts.clearMatching(
    [name.key, ...devices.map((hash) => `device:${hash}`)],
    [name.pairPrefix],
  );
  return { cleared };
}
