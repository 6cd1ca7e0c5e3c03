/** The signed-in user as the API shows them: who, which role, which unit (never a hash or token). */
import { ROLE_NAMES } from "../../core/workflow/roles.ts";
import type { Actor } from "../services/auth-service.ts";

export function describeActor(actor: Pick<Actor, "user" | "unit">) {
  return {
    id: actor.user.id,
    username: actor.user.username,
    displayName: actor.user.display_name,
    role: actor.user.role,
    roleName: ROLE_NAMES[actor.user.role],
    unit: { id: actor.unit.id, name: actor.unit.name, kind: actor.unit.kind },
  };
}
