/**
 * The report years of a unit's subtree (the actor's own unit by default) with each year's deadline and where its
 * reports stand: how many, how many sent, how many overdue. For those who set deadlines (DUE_AT_ROLES); a unit
 * outside the actor's subtree is "not found".
 * @module
 */
import { isOverdue, OVERDUE_STATUSES } from "../../core/workflow/deadline.ts";
import { DUE_AT_ROLES } from "../../core/workflow/roles.ts";
import { YearDeadlinesRepository } from "../../storage/year-deadlines-repository.ts";
import type { ReportYearDto, ReportYearsDto } from "../dto/deadline-dto.ts";
import { assertCanRead, assertRole } from "../services/access.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

export async function listReportYears(
  services: Services,
  options: { actor: Actor; unitId?: string | undefined; now?: Date },
): Promise<ReportYearsDto> {
  const { actor } = options;
  assertRole(actor, DUE_AT_ROLES, "查看报送年度与截止日期");
  const unit = options.unitId === undefined ? actor.unit : await services.units.find(options.unitId);
  assertCanRead(actor, unit, "单位");
  const deadlines = new YearDeadlinesRepository(services.database.db);
  const [reports, inherited, setBelow] = await Promise.all([
    services.reports.listInSubtree(unit.path),
    deadlines.listInherited(unit.path),
    deadlines.listYearsSetInSubtree(unit.path),
  ]);
  const now = options.now ?? new Date();
  const years = new Set<number>([...reports.map((r) => r.year), ...inherited.keys(), ...setBelow]);
  const setAt = new Map<string, string>();
  for (const { unitId } of inherited.values()) {
    if (!setAt.has(unitId)) setAt.set(unitId, (await services.units.find(unitId))?.name ?? "");
  }
  const rows = [...years]
    .sort((a, b) => b - a)
    .map((year): ReportYearDto => {
      const ofYear = reports.filter((r) => r.year === year);
      const dueDates = ofYear.map((r) => r.due_at).filter((at): at is string => at !== null);
      dueDates.sort();
      const deadline = inherited.get(year);
      return {
        year,
        dueAt: deadline?.dueAt ?? null,
        dueAtUnitName: deadline ? (setAt.get(deadline.unitId) ?? null) : null,
        reportCount: ofYear.length,
        submittedCount: ofYear.filter((r) => !OVERDUE_STATUSES.includes(r.status)).length,
        overdueCount: ofYear.filter((r) => isOverdue({ status: r.status, dueAt: r.due_at }, now)).length,
        withoutDueAtCount: ofYear.length - dueDates.length,
        earliestDueAt: dueDates[0] ?? null,
        latestDueAt: dueDates.at(-1) ?? null,
      };
    });
  return { unitId: unit.id, unitName: unit.name, years: rows };
}
