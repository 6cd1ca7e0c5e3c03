/**
 * Who may see and do what with a unit or report. Every check is by role and by unit subtree: a user acts only on
 * units at or below their own. A report outside the subtree is answered as "not found", so ids cannot be probed.
 * @module
 */
import type { ReportRow, Role, UnitRow } from "../../storage/database-schema.ts";
import { forbidden, notFound } from "../http-error.ts";
import { ROLE_NAMES } from "../security/roles.ts";
import type { Actor } from "./auth-service.ts";

export function inSubtree(actor: Actor, unit: Pick<UnitRow, "path">): boolean {
  return unit.path.startsWith(actor.unit.path);
}

/** The report's unit must be in the actor's subtree; otherwise 404 (not 403, which would confirm it exists). */
export function assertCanRead<U extends Pick<UnitRow, "path">>(actor: Actor, unit: U | undefined, what = "报表"): asserts unit is U {
  if (!unit || !inSubtree(actor, unit)) throw notFound(what);
}

export function assertRole(actor: Actor, roles: readonly Role[], action: string): void {
  if (!roles.includes(actor.user.role)) {
    throw forbidden(`${ROLE_NAMES[actor.user.role]}无权${action}（需要：${roles.map((r) => ROLE_NAMES[r]).join("、")}）`);
  }
}

export type ReportWithUnit = { report: ReportRow; unit: UnitRow };
