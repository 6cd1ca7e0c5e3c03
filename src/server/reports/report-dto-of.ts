/** A report's stored columns as the API answers them (ReportSummaryDto, ReportDto): camelCase, no internal column. */
import { STATUS_NAMES } from "../../core/workflow/workflow.ts";
import type { ReportRow } from "../../storage/database-schema.ts";
import type { ReportDto, ReportSummaryDto } from "../dto/report-dto.ts";
import { isAuditStale } from "./audit-key.ts";

type SummaryColumns = Pick<
  ReportRow,
  | "id"
  | "unit_id"
  | "year"
  | "status"
  | "profile_id"
  | "version"
  | "budget_fen"
  | "executed_fen"
  | "due_at"
  | "submitted_at"
  | "published_at"
  | "updated_at"
>;

export function reportSummaryDtoOf(row: SummaryColumns, unitName: string): ReportSummaryDto {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName,
    year: row.year,
    status: row.status,
    statusName: STATUS_NAMES[row.status],
    profileId: row.profile_id,
    version: row.version,
    budgetFen: row.budget_fen,
    executedFen: row.executed_fen,
    dueAt: row.due_at,
    submittedAt: row.submitted_at,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
  };
}

export function reportDtoOf(
  row: SummaryColumns & Pick<ReportRow, "created_at" | "audit_version" | "audit_key">,
  unitName: string,
): ReportDto {
  return {
    ...reportSummaryDtoOf(row, unitName),
    createdAt: row.created_at,
    auditVersion: row.audit_version,
    auditStale: isAuditStale(row),
  };
}
