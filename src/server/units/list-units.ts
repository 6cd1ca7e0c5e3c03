/** The actor's unit and the units below it, as a tree in path order (depth 0 for the actor's own unit's root). */
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

export async function listUnits(services: Services, options: { actor: Actor }) {
  const units = await services.units.listSubtree(options.actor.unit.path);
  return units.map((u) => ({
    id: u.id,
    parentId: u.parent_id,
    name: u.name,
    kind: u.kind,
    code: u.code,
    depth: u.path.split("/").length - 3,
  }));
}
