/**
 * A reviewer or the 管理员 sets (or clears, with null) one deadline for a year over a unit's subtree: every report
 * of that year there takes it, and a report started later for that year gets it too. The same roles as a single
 * report's deadline (set-report-due-at.ts); the unit must be in the actor's subtree.
 * @module
 */
import { DUE_AT_ROLES } from "../../core/workflow/roles.ts";
import { YearDeadlinesRepository } from "../../storage/year-deadlines-repository.ts";
import type { YearDeadlineSetDto } from "../dto/deadline-dto.ts";
import { assertCanRead, assertRole } from "../services/access.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

export async function setYearDeadline(
  services: Services,
  options: { actor: Actor; year: number; unitId?: string | undefined; dueAt: string | null },
): Promise<YearDeadlineSetDto> {
  const { actor } = options;
  assertRole(actor, DUE_AT_ROLES, "设置年度截止日期");
  const unit = options.unitId === undefined ? actor.unit : await services.units.find(options.unitId);
  assertCanRead(actor, unit, "单位");
  const updatedReports = await new YearDeadlinesRepository(services.database.db).setForSubtree({
    unitId: unit.id,
    unitPath: unit.path,
    year: options.year,
    dueAt: options.dueAt,
    userId: actor.user.id,
  });
  return { ok: true, year: options.year, unitId: unit.id, dueAt: options.dueAt, updatedReports };
}
