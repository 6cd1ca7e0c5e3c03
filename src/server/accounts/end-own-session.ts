/** Ends one of the signed-in user's own sessions by its id (another user's id is "not found", like an unknown one). */
import { notFound } from "../app-error.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

export async function endOwnSession(
  services: Services,
  { actor, sessionId }: { actor: Actor; sessionId: string },
): Promise<{ current: boolean }> {
  if (!(await services.auth.sessions.revokeOwn(actor.user.id, sessionId))) throw notFound("会话");
  return { current: sessionId === actor.sessionId };
}
