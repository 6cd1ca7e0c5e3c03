/**
 * Starts a unit's report for a year from its report of the year before: what carries over is carryOverFromLastYear's
 * rule (targets, indicators, unit profile, outline and headings; no actuals, scores, reasons or printed figures),
 * and the new report keeps last year's rule profile. The right to create comes first, then the unit (in the actor's
 * subtree), then last year's report — nothing is written when any of them is missing.
 * @module
 */
import { carryOverFromLastYear } from "../../core/dataset/carry-over-from-last-year.ts";
import type { Dataset } from "../../core/dataset/schema.ts";
import { REPORT_CREATING_ROLES } from "../../core/workflow/roles.ts";
import { AppError } from "../app-error.ts";
import { assertCanRead, assertRole } from "../services/access.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { createReport } from "./create-report.ts";

export async function createReportFromLastYear(
  services: Services,
  options: { actor: Actor; unitId: string; year: number },
) {
  const { actor, year } = options;
  assertRole(actor, REPORT_CREATING_ROLES, "新建报表");
  const unit = await services.units.find(options.unitId);
  assertCanRead(actor, unit, "单位");
  const last = await services.reports.findByUnitYear(unit.id, year - 1);
  if (!last) throw new AppError("not-found", `${unit.name}没有 ${year - 1} 年度的报表，无法沿用上年`);
  const dataset = carryOverFromLastYear(JSON.parse(last.dataset) as Dataset, year);
  const created = await createReport(services, { actor, unitId: unit.id, year, profileId: last.profile_id, dataset });
  return { ...created, from: { id: last.id, year: last.year } };
}
