/**
 * Signing in with a name and password, under the throttle (AuthService): a new session, its CSRF token for the page,
 * and for a browser not yet trusted a device token (both tokens go into cookies, set by the route).
 * @module
 */
import { AppError } from "../app-error.ts";
import type { SignInClient } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { describeActor } from "./describe-actor.ts";

export async function signIn(
  services: Services,
  options: { username: string; password: string; client: SignInClient },
) {
  const { token, csrfToken, newDeviceToken } = await services.auth.signIn(
    options.username,
    options.password,
    options.client,
  );
  const actor = await services.auth.actorOf(token);
  if (!actor) throw new AppError("internal", "会话创建失败");
  return { token, newDeviceToken, session: { user: describeActor(actor), csrfToken } };
}
