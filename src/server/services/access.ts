/**
 * Who may see and do what with a unit or report. Every check is by role and by unit subtree: a user acts only on
 * units at or below their own. A report outside the subtree is answered as "not found", so ids cannot be probed.
 * @module
 */
import { EDITING_ROLES, ROLE_NAMES } from "../../core/workflow/roles.ts";
import { EDITABLE_STATUSES, type ReportStatus, STATUS_NAMES } from "../../core/workflow/workflow.ts";
import type { Role, UnitRow } from "../../storage/database-schema.ts";
import { AppError, forbidden, notFound } from "../app-error.ts";
import type { Actor } from "./auth-service.ts";

/**
 * A place in a list of a report (a project, an indicator), from the path ("0"…"9999"); anything else is answered as
 * not found, like a report outside the subtree, so that a malformed place tells nothing more.
 */
export function placeIn(text: string | undefined, what: string): number {
  if (!text || !/^\d{1,4}$/.test(text)) throw new AppError("not-found", `${what}序号无效`);
  return Number(text);
}

export function inSubtree(actor: Actor, unit: Pick<UnitRow, "path">): boolean {
  return unit.path.startsWith(actor.unit.path);
}

/** The report's unit must be in the actor's subtree; otherwise not found (not forbidden, which would confirm it exists). */
export function assertCanRead<U extends Pick<UnitRow, "path">>(
  actor: Actor,
  unit: U | undefined,
  what = "报表",
): asserts unit is U {
  if (!unit || !inSubtree(actor, unit)) throw notFound(what);
}

export function assertRole(actor: Actor, roles: readonly Role[], action: string): void {
  if (!roles.includes(actor.user.role)) {
    throw forbidden(
      `${ROLE_NAMES[actor.user.role]}无权${action}（需要：${roles.map((r) => ROLE_NAMES[r]).join("、")}）`,
    );
  }
}

/**
 * The actor may change the report's data (its dataset, its evidence): an editing role (forbidden otherwise) and a status in
 * which the unit still edits (locked otherwise). `action` names what was refused: “修改报表”, “上传佐证材料”.
 */
export function assertMayEdit(actor: Actor, report: { status: ReportStatus }, action: string): void {
  assertRole(actor, EDITING_ROLES, action);
  if (!EDITABLE_STATUSES.includes(report.status)) {
    throw new AppError("locked", `报表当前为“${STATUS_NAMES[report.status]}”，已锁定，不能${action}`);
  }
}
