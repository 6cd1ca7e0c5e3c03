/** The reports an actor may see: those of their unit and the units below it, optionally of one year. */
import type { ReportSummaryDto } from "../dto/report-dto.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { reportSummaryDtoOf } from "./report-dto-of.ts";

export async function listReports(
  services: Services,
  options: { actor: Actor; year?: number },
): Promise<ReportSummaryDto[]> {
  const rows = await services.reports.listInSubtree(options.actor.unit.path, { year: options.year });
  return rows.map((row) => reportSummaryDtoOf(row, row.unit_name));
}
