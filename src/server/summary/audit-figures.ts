/**
 * The figures of an audit that the regional summary, the dashboard and the review queue show — total score and
 * grade of the department table, its execution rate, and the findings by severity — taken from the audit JSON as
 * the report's own scores response gives them (auditResultJson), so that a summary row and the report's page never
 * disagree. Stored in the report's columns with the audit (same version), so that a summary reads no audit or
 * dataset text.
 * @module
 */
import type { AuditFigures } from "../../storage/reports-repository.ts";
import type { auditResultJson } from "../reports/scores-json.ts";

type AuditJson = ReturnType<typeof auditResultJson>;

/** Parts of the audit JSON the figures come from (also what a stored audit text holds, for the migration). */
export type AuditJsonFigures = Pick<AuditJson, "counts"> & {
  department?: {
    total: string;
    totalShown: string;
    grade: string | null;
    execution?: { rate: string | null; rateShown: string } | null;
  } | null;
};

export function auditFiguresOf(audit: AuditJsonFigures): AuditFigures {
  const department = audit.department ?? null;
  const execution = department?.execution ?? null;
  return {
    totalScore: department?.total ?? null,
    totalShown: department?.totalShown ?? null,
    grade: department?.grade ?? null,
    executionRate: execution?.rate ?? null,
    executionRateShown: execution?.rateShown ?? null,
    errorCount: audit.counts.error,
    warningCount: audit.counts.warning,
    infoCount: audit.counts.info,
  };
}
