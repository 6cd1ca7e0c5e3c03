/** The reports an actor may see: those of their unit and the units below it, optionally of one year. */
import { STATUS_NAMES } from "../../core/workflow/workflow.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

export async function listReports(services: Services, options: { actor: Actor; year?: number }) {
  const rows = await services.reports.listInSubtree(options.actor.unit.path, { year: options.year });
  return rows.map((row) => ({ ...row, statusName: STATUS_NAMES[row.status] }));
}
