/**
 * The report, its dataset and its audit as one UTF-8 JSON body (the workspace's load), assembled without
 * re-serializing the stored parts and kept per version (FullReportCache), so that repeated reads of an unchanged
 * report cost the head query alone — the head read with the session when it is this report's.
 * @module
 */
import type { ReportHead } from "../../storage/reports-repository.ts";
import { notFound } from "../app-error.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { isAuditStale } from "./audit-key.ts";
import { findReadableHead } from "./find-readable-report.ts";
import { reportDtoOf } from "./report-dto-of.ts";
import { storedAudit } from "./stored-audit.ts";

export async function readFullReport(
  services: Services,
  options: { actor: Actor; reportId: string; prefetched?: ReportHead | undefined },
): Promise<Uint8Array> {
  const head = await findReadableHead(services, options);
  // The deadline changes without a new version (a reviewer sets it, or a year's deadline over a subtree): it is part
  // of the stamp, so that a cached answer never shows the old one.
  const stamp = `${head.version}|${head.audit_version}|${head.audit_key}|${head.due_at}`;
  const cached = services.fullReports.get(head.id, stamp);
  if (cached) {
    if (isAuditStale(head)) services.audits.schedule(head.id);
    return cached;
  }
  return services.fullReports.build(head.id, stamp, async () => {
    const report = await services.reports.find(head.id);
    if (!report) throw notFound("报表");
    // The stored texts are passed on as they are (FullReportDto's dataset and scores), never parsed here.
    const reportJson = JSON.stringify(reportDtoOf(report, head.unit_name));
    const audit = storedAudit(services, report);
    const bytes = new TextEncoder().encode(`{"report":${reportJson},"dataset":${report.dataset},"scores":${audit}}`);
    return { stamp: `${report.version}|${report.audit_version}|${report.audit_key}|${report.due_at}`, bytes };
  });
}
