/**
 * The sign-in locks in force on a user of a 管理员's subtree, so the 管理员 sees why the user cannot sign in before
 * unlocking: per address (which address), over all new browsers, or on one of the user's own browsers.
 * @module
 */
import type { SignInLockDto } from "../dto/session-dto.ts";
import type { Actor } from "../services/auth-service.ts";
import { throttleKeysOfName } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { findManagedUser } from "./find-managed-user.ts";

export async function readSignInLocks(
  services: Services,
  { actor, userId }: { actor: Actor; userId: string },
): Promise<SignInLockDto[]> {
  const user = await findManagedUser(services, actor, userId, "查看登录锁定");
  const name = throttleKeysOfName(user.username);
  const devices = await services.auth.devices.hashesOf(user.id);
  const rows = await services.auth.attempts.lockedMatching(
    [name.key, ...devices.map((hash) => `device:${hash}`)],
    [name.pairPrefix],
  );
  return rows.map((row) => ({
    scope: row.key.startsWith(name.pairPrefix) ? "address" : row.key === name.key ? "newBrowsers" : "ownBrowser",
    address: row.key.startsWith(name.pairPrefix) ? row.key.slice(name.pairPrefix.length) : null,
    lockedUntil: row.locked_until,
    locks: row.lock_count,
  }));
}
