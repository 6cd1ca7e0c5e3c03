/**
 * Test support for the finance checks: builds a dataset through the real validator (so schema defaults apply) and
 * runs one check on it with the national profile.
 * @module
 */
import type { Dataset } from "../../dataset/schema.ts";
import { validateDataset } from "../../dataset/validate-dataset.ts";
import type { Finding } from "../../findings/finding.ts";
import { defaultProfile } from "../../profiles/builtin-profiles.ts";
import type { RuleProfile } from "../../profiles/profile-schema.ts";
import type { AuditCheck } from "../audit-check.ts";

export function datasetOf(input: Record<string, unknown>): Dataset {
  const result = validateDataset({ formatVersion: 1, year: 2023, ...input });
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.location}: ${i.message}`).join("\n"));
  return result.dataset;
}

export function runCheck(
  check: AuditCheck,
  input: Record<string, unknown>,
  profile: RuleProfile = defaultProfile(),
): Finding[] {
  return check.run({ dataset: datasetOf(input), profile, scores: { department: null, projects: [] } });
}

/** The fields a test pins down exactly; the message is checked separately where its wording matters. */
export function brief(findings: Finding[]): Pick<Finding, "code" | "severity" | "location" | "expected">[] {
  return findings.map(({ code, severity, location, expected }) => ({ code, severity, location, expected }));
}
