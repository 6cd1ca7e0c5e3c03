/** The signed-in user has looked at their notifications: everything up to now is read (only their own mark). */
import { NotificationsRepository } from "../../storage/notifications-repository.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

export async function markNotificationsSeen(
  services: Services,
  options: { actor: Actor },
): Promise<{ seenAt: string }> {
  return { seenAt: await new NotificationsRepository(services.database.db).markSeen(options.actor.user.id) };
}
