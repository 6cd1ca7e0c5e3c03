/** Ends every session of the signed-in user but the current one (a lost phone, a shared computer). */
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

export async function endOtherSessions(
  services: Services,
  { actor }: { actor: Actor },
): Promise<{ endedSessions: number }> {
  return { endedSessions: await services.auth.sessions.revokeAllOf(actor.user.id, actor.tokenHash) };
}
