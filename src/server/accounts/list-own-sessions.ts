/** The signed-in user's live sessions (where and when each began), the current one marked. */
import type { OwnSessionDto } from "../dto/session-dto.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

export async function listOwnSessions(services: Services, { actor }: { actor: Actor }): Promise<OwnSessionDto[]> {
  const sessions = await services.auth.sessions.listLiveOf(actor.user.id);
  return sessions.map((s) => ({
    id: s.id,
    createdAt: s.created_at,
    expiresAt: s.expires_at,
    address: s.address,
    userAgent: s.user_agent,
    current: s.token_hash === actor.tokenHash,
  }));
}
