/** A reviewer or the 管理员 sets (or clears, with null) a report's deadline (报送截止时间); the unit never does. */
import { DUE_AT_ROLES } from "../../core/workflow/roles.ts";
import { assertRole } from "../services/access.ts";
import type { Services } from "../services/services.ts";
import { findReadableHead, type ReportOptions } from "./find-readable-report.ts";

export async function setReportDueAt(
  services: Services,
  options: ReportOptions & { dueAt: string | null },
): Promise<{ dueAt: string | null }> {
  assertRole(options.actor, DUE_AT_ROLES, "设置报送截止时间");
  const head = await findReadableHead(services, options);
  await services.reports.setDueAt(head.id, options.dueAt, options.actor.user.id);
  return { dueAt: options.dueAt };
}
