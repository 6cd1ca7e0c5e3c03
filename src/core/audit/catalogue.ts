/**
 * The catalogue of consistency checks: every check with its stable code, default severity and Chinese title.
 * Codes are unique; tests hold them to that.
 * @module
 */
import type { AuditCheck } from "./audit-check.ts";
import { financeChecks } from "./finance-checks.ts";
import { scoringChecks } from "./scoring-checks.ts";

export const auditCatalogue: readonly AuditCheck[] = [...financeChecks, ...scoringChecks];

export function describeCatalogue(): { code: string; severity: string; title: string }[] {
  return auditCatalogue.map(({ code, severity, title }) => ({ code, severity, title }));
}
