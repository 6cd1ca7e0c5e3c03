/**
 * The stored audit (scores and findings, JSON text) of a report. When it belongs to an earlier version (an edit a
 * moment ago) or to another profile or check catalogue, a refresh is scheduled and the stored one is returned
 * meanwhile; the response says which version it is of (auditVersion). A read never audits.
 * @module
 */
import type { ReportRow } from "../../storage/database-schema.ts";
import { jsonOf, type JsonOf } from "../api-route.ts";
import type { ScoresDto } from "../dto/scores-dto.ts";
import type { Services } from "../services/services.ts";
import { isAuditStale } from "./audit-key.ts";

export function storedAudit(
  services: Pick<Services, "audits">,
  report: Pick<ReportRow, "id" | "version" | "audit" | "audit_key" | "audit_version" | "profile_id">,
): JsonOf<ScoresDto> & string {
  if (isAuditStale(report)) services.audits.schedule(report.id);
  // Stored by the audit as auditResultJson's ScoresDto (scores-json.ts), sent as it is.
  return jsonOf(report.audit);
}
