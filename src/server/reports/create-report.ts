/**
 * Starts a unit's report for a year, empty or with a dataset (an imported document, checked by the user first).
 * Only the unit's editors and the 管理员 start reports, only for a unit in their subtree, one per unit and year; a
 * deadline is the reviewers' to set (a year's deadline set over the unit's subtree applies). The dataset is validated and stored with its audit.
 * @module
 */
import { DUE_AT_ROLES, REPORT_CREATING_ROLES } from "../../core/workflow/roles.ts";
import type { ReportStatus } from "../../core/workflow/workflow.ts";
import { YearDeadlinesRepository } from "../../storage/year-deadlines-repository.ts";
import { AppError } from "../app-error.ts";
import { assertCanRead, assertRole } from "../services/access.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { derivedColumns } from "./derived-columns.ts";
import { profileOf } from "./profile-of.ts";
import { requireValidDataset } from "./require-valid-dataset.ts";
import { withReportUnit } from "./with-report-unit.ts";

export interface CreateReportOptions {
  actor: Actor;
  unitId: string;
  year: number;
  /** The rule profile (default national). */
  profileId?: string;
  /** The dataset to start from (default: an empty one of the unit and year). */
  dataset?: unknown;
  dueAt?: string;
}

export async function createReport(
  services: Services,
  options: CreateReportOptions,
): Promise<{ id: string; version: number; status: ReportStatus }> {
  const { actor } = options;
  assertRole(actor, REPORT_CREATING_ROLES, "新建报表");
  // The deadline is the reviewers' to set: a unit that set its own would always be on time in the summary.
  if (options.dueAt !== undefined) assertRole(actor, DUE_AT_ROLES, "设置报送截止时间");
  const unit = await services.units.find(options.unitId);
  assertCanRead(actor, unit, "单位");
  if (await services.reports.findByUnitYear(unit.id, options.year)) {
    throw new AppError("conflict", `${unit.name} ${options.year} 年度的报表已存在`);
  }
  const dataset = withReportUnit(
    requireValidDataset(
      options.dataset ?? { formatVersion: 1, year: options.year, unit: { name: unit.name } },
      options.year,
    ),
    unit.name,
  );
  const profile = profileOf(options.profileId ?? "national");
  // Without a deadline of its own, the report takes the year's deadline set over a subtree it is in (if any).
  const dueAt =
    options.dueAt ?? (await new YearDeadlinesRepository(services.database.db).findInherited(unit.path, options.year));
  const row = await services.reports.create({
    unitId: unit.id,
    year: options.year,
    profileId: profile.id,
    dueAt,
    dataset: JSON.stringify(dataset),
    ...derivedColumns(dataset, profile),
    reason: "create",
    summary: "新建",
    userId: actor.user.id,
  });
  return { id: row.id, version: row.version, status: row.status };
}
