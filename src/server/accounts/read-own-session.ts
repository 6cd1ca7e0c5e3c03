/** Who is signed in, with the CSRF token the page must send back on every change. */
import type { Actor } from "../services/auth-service.ts";
import { describeActor } from "./describe-actor.ts";

export function readOwnSession(options: { actor: Actor }) {
  return { user: describeActor(options.actor), csrfToken: options.actor.csrfToken };
}
