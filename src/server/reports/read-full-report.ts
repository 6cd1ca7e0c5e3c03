/**
 * The report, its dataset and its audit as one UTF-8 JSON body (the workspace's load), assembled without
 * re-serializing the stored parts and kept per report (FullReportCache), so that repeated reads of an unchanged
 * report cost the head query alone — the head read with the session when it is this report's. After an edit only the
 * part that changed is new: the dataset this process saved (remembered by the write), or the audit stored since
 * (read alone); the other part is reused as it is.
 * @module
 */
import type { ReportRow } from "../../storage/database-schema.ts";
import type { ReportHead } from "../../storage/reports-repository.ts";
import { jsonOf, type JsonOf } from "../api-route.ts";
import { notFound } from "../app-error.ts";
import type { FullReportDto } from "../dto/report-dto.ts";
import type { Actor } from "../services/auth-service.ts";
import { type AuditPart, composeFullReport, type DatasetPart } from "../services/full-report-cache.ts";
import type { Services } from "../services/services.ts";
import { isAuditStale } from "./audit-key.ts";
import { findReadableHead } from "./find-readable-report.ts";
import { reportDtoOf } from "./report-dto-of.ts";
import { storedAudit } from "./stored-audit.ts";

const encoder = new TextEncoder();

/**
 * What of a report's head its answer shows and can change: the version (dataset, status, dates), the stored audit's
 * version and key, and the deadline — which changes without a new version (a reviewer sets it, or a year's deadline
 * over a subtree), so that a cached answer never shows the old one.
 */
function stampOf(row: Pick<ReportRow, "version" | "audit_version" | "audit_key" | "due_at">): string {
  return `${row.version}|${row.audit_version}|${row.audit_key}|${row.due_at}`;
}

export async function readFullReport(
  services: Services,
  options: { actor: Actor; reportId: string; prefetched?: ReportHead | undefined },
): Promise<JsonOf<FullReportDto>> {
  const head = await findReadableHead(services, options);
  const stamp = stampOf(head);
  const cached = services.fullReports.get(head.id, stamp);
  if (cached) {
    if (isAuditStale(head)) services.audits.schedule(head.id);
    return jsonOf(cached);
  }
  const built = await services.fullReports.build(head.id, stamp, async () => {
    const { fullReports, reports } = services;
    let dataset = fullReports.datasetOf(head.id, head.version);
    let audit = fullReports.auditOf(head.id, head.audit_version, head.audit_key);
    if (dataset && !audit) {
      const text = await reports.auditAt(head.id, head.audit_version, head.audit_key);
      if (text !== undefined) audit = encoder.encode(text);
    } else if (audit && !dataset) {
      const text = await reports.datasetAt(head.id, head.version);
      if (text !== undefined) dataset = encoder.encode(text);
    }
    if (dataset && audit) {
      if (isAuditStale(head)) services.audits.schedule(head.id);
      return made(head, head.unit_name, dataset, audit);
    }
    // Neither part is here (or the report changed since its head was read): the row as it is now, in one query.
    const report = await reports.find(head.id);
    if (!report) throw notFound("报表");
    // The stored texts are passed on as they are (FullReportDto's dataset and scores), never parsed here.
    const auditText = storedAudit(services, report);
    return made(report, head.unit_name, encoder.encode(report.dataset), encoder.encode(auditText));
  });
  return jsonOf(built);
}

/** The answer from the report's columns and its two texts, with the parts it was made of. */
function made(
  row: Parameters<typeof reportDtoOf>[0] & Pick<ReportRow, "audit_version" | "audit_key">,
  unitName: string,
  dataset: Uint8Array,
  audit: Uint8Array,
): { stamp: string; bytes: Uint8Array<ArrayBuffer>; dataset: DatasetPart; audit: AuditPart } {
  const composed = composeFullReport(JSON.stringify(reportDtoOf(row, unitName)), dataset, audit);
  return {
    stamp: stampOf(row),
    bytes: composed.bytes,
    dataset: { version: row.version, bytes: composed.dataset },
    audit: { version: row.audit_version, key: row.audit_key, bytes: composed.audit },
  };
}
