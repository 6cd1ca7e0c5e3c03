/**
 * Runs the consistency audit on one dataset: scores it with the profile, then runs every check of the catalogue.
 * Findings come back errors first.
 * @module
 */
import type { Dataset } from "../dataset/schema.ts";
import { type Finding, sortFindings } from "../findings/finding.ts";
import type { RuleProfile } from "../profiles/profile-schema.ts";
import { scoreDataset } from "../scoring/score-dataset.ts";
import type { DatasetScores } from "../scoring/score-types.ts";
import type { AuditCheck, AuditContext } from "./audit-check.ts";
import { auditCatalogue } from "./catalogue.ts";
import { type DatasetText, listDatasetTexts } from "./dataset-texts.ts";

export interface AuditResult {
  scores: DatasetScores;
  findings: Finding[];
}

export function auditDataset(dataset: Dataset, profile: RuleProfile, checks: readonly AuditCheck[] = auditCatalogue): AuditResult {
  const scores = scoreDataset(dataset, profile);
  let texts: DatasetText[] | undefined;
  const context: AuditContext = {
    dataset,
    profile,
    scores,
    // Listed on first use, then shared by every text check of this run.
    get texts() {
      texts ??= listDatasetTexts(dataset);
      return texts;
    },
  };
  const findings = checks.flatMap((check) => check.run(context));
  return { scores, findings: sortFindings(findings) };
}
