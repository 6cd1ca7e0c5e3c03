/**
 * Which profile and check catalogue a stored audit was made with (its key), and whether the stored audit is still
 * that of the report's current version under them — a report audited under another catalogue (an older release) or
 * profile is audited again.
 * @module
 */
import { createHash } from "node:crypto";
import { auditCatalogue } from "../../core/audit/catalogue.ts";
import type { RuleProfile } from "../../core/profiles/profile-schema.ts";
import { profileOf } from "./profile-of.ts";

/** The check catalogue's identity. */
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

/** Whether the stored audit is not that of the report's current version under its current profile and checks. */
export function isAuditStale(report: {
  version: number;
  audit_version: number;
  audit_key: string;
  profile_id: string;
}): boolean {
  return report.audit_version !== report.version || report.audit_key !== auditKeyOf(profileOf(report.profile_id));
}
