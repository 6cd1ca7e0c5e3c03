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
import { HttpError } from "../http-error.ts";
import { assertCanRead, assertRole } from "./access.ts";
import type { Actor } from "./auth-service.ts";
import type { Services } from "./services.ts";

export async function createReportFromLastYear(
  services: Services,
  actor: Actor,
  input: { unitId: string; year: number },
) {
  assertRole(actor, REPORT_CREATING_ROLES, "新建报表");
  const unit = await services.units.find(input.unitId);
  assertCanRead(actor, unit, "单位");
  const last = await services.reports.findByUnitYear(unit.id, input.year - 1);
  if (!last) throw new HttpError(404, `${unit.name}没有 ${input.year - 1} 年度的报表，无法沿用上年`);
  const dataset = carryOverFromLastYear(JSON.parse(last.dataset) as Dataset, input.year);
  const row = await services.reportService.create(actor, {
    unitId: unit.id,
    year: input.year,
    profileId: last.profile_id,
    dataset,
  });
  return { id: row.id, version: row.version, status: row.status, from: { id: last.id, year: last.year } };
}
