/**
 * What is stored beside a dataset: 全年预算 and 执行数 of the department table in 分 (null when absent) for the
 * summary, the audit's summary figures, and the whole audit (scores and findings) as JSON, so that reading a report
 * never re-audits it.
 * @module
 */
import { type AuditResult, auditDataset } from "../../core/audit/run-audit.ts";
import type { Dataset } from "../../core/dataset/schema.ts";
import type { RuleProfile } from "../../core/profiles/profile-schema.ts";
import type { DerivedColumns } from "../../storage/reports-repository.ts";
import { auditFiguresOf } from "../summary/audit-figures.ts";
import { auditKeyOf } from "./audit-key.ts";
import { auditResultJson } from "./scores-json.ts";

/** The derived columns of `dataset`, audited now under `profile`. */
export function derivedColumns(dataset: Dataset, profile: RuleProfile): DerivedColumns {
  return derivedFromAudit(auditDataset(dataset, profile), profile);
}

/** derivedColumns from an audit already made. */
export function derivedFromAudit(result: AuditResult, profile: RuleProfile): DerivedColumns {
  const execution = result.scores.department?.execution;
  const audit = auditResultJson(result, profile);
  return {
    budgetFen: execution?.budgetFen ?? null,
    executedFen: execution?.executedFen ?? null,
    audit: JSON.stringify(audit),
    auditKey: auditKeyOf(profile),
    figures: auditFiguresOf(audit),
  };
}
