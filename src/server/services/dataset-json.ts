/**
 * Datasets as the server stores and returns them: validated with the core schema (the same rules as the CLI), with
 * messages that name the JSON path, and the headline figures the regional summary needs.
 * @module
 */
import { createHash } from "node:crypto";
import { auditCatalogue } from "../../core/audit/catalogue.ts";
import { type AuditResult, auditDataset } from "../../core/audit/run-audit.ts";
import type { Dataset, Indicator } from "../../core/dataset/schema.ts";
import { validateDataset, validateIndicator } from "../../core/dataset/validate-dataset.ts";
import { DEFAULT_PROFILE_ID, getBuiltinProfile } from "../../core/profiles/builtin-profiles.ts";
import type { RuleProfile } from "../../core/profiles/profile-schema.ts";
import type { DerivedColumns } from "../../storage/reports-repository.ts";
import { HttpError } from "../http-error.ts";
import { auditFiguresOf } from "../summary/audit-figures.ts";
import { auditResultJson } from "./scores-json.ts";

export function requireValidDataset(value: unknown, year?: number): Dataset {
  const result = validateDataset(value);
  if (!result.ok) {
    const first = result.issues[0];
    throw new HttpError(422, `数据集不合规：${first?.location ?? ""} ${first?.message ?? ""}`.trim(), {
      issues: result.issues,
    });
  }
  if (year !== undefined && result.dataset.year !== year) {
    throw new HttpError(422, `数据集年度 ${result.dataset.year} 与报表年度 ${year} 不一致`, {
      issues: [{ location: "year", message: "年度不一致" }],
    });
  }
  return result.dataset;
}

/** One indicator of a valid dataset, validated in its place `at`; 422 with the located problems otherwise. */
export function requireValidIndicator(value: unknown, at: readonly (string | number)[]): Indicator {
  const result = validateIndicator(value, at);
  if (!result.ok) {
    const first = result.issues[0];
    throw new HttpError(422, `数据集不合规：${first?.location ?? ""} ${first?.message ?? ""}`.trim(), {
      issues: result.issues,
    });
  }
  return result.indicator;
}

export function profileOf(id: string): RuleProfile {
  const profile = getBuiltinProfile(id) ?? getBuiltinProfile(DEFAULT_PROFILE_ID);
  if (!profile) throw new Error("内置规则方案缺失");
  return profile;
}

/** The check catalogue's identity: a report audited under another one (an older release) is audited again. */
const CATALOGUE_KEY = auditCatalogue.map((check) => check.code).join(",");

const auditKeys = new WeakMap<RuleProfile, string>();

export function auditKeyOf(profile: RuleProfile): string {
  let key = auditKeys.get(profile);
  if (key === undefined) {
    key = `${profile.id}|${createHash("sha256")
      .update(`${JSON.stringify(profile)}|${CATALOGUE_KEY}`)
      .digest("base64url")
      .slice(0, 16)}`;
    auditKeys.set(profile, key);
  }
  return key;
}

/**
 * What is stored beside a dataset: 全年预算 and 执行数 of the department table in 分 (null when absent) for the
 * summary, and the whole audit (scores and findings) as JSON, so that reading a report never re-audits it.
 */
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

/** Whether the stored audit is not that of the report's current version under its current profile and checks. */
export function isAuditStale(report: {
  version: number;
  audit_version: number;
  audit_key: string;
  profile_id: string;
}): boolean {
  return report.audit_version !== report.version || report.audit_key !== auditKeyOf(profileOf(report.profile_id));
}
