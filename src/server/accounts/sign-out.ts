/** Signing out: the session ends at once, in the database, so no server process accepts it any more. */
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

export async function signOut(services: Services, options: { actor: Actor }): Promise<{ ok: true }> {
  await services.auth.signOut(options.actor);
  return { ok: true };
}
