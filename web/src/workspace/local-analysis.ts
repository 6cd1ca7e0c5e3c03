/**
 * Scores and audit findings of the dataset as the user has it in the page, made in the browser with the same code
 * as the server (src/core), so they follow every edit without waiting for a save. The server's own audit decides a
 * submission.
 */
import { useDeferredValue, useMemo } from "react";
import { auditDataset } from "../../../src/core/audit/run-audit.ts";
import type { Dataset } from "../../../src/core/dataset/schema.ts";
import { type Finding, sortFindings } from "../../../src/core/findings/finding.ts";
import { defaultProfile, getBuiltinProfile } from "../../../src/core/profiles/builtin-profiles.ts";
import type { RuleProfile } from "../../../src/core/profiles/profile-schema.ts";
import type { DatasetScores } from "../../../src/core/scoring/score-types.ts";

export interface LocalAnalysis {
  scores: DatasetScores;
  findings: Finding[];
  errors: Finding[];
}

export function profileFor(id: string): RuleProfile {
  return getBuiltinProfile(id) ?? defaultProfile();
}

/** The audit runs on a deferred copy of the dataset: typing stays responsive while it catches up. */
export function useLocalAnalysis(dataset: Dataset | null, profile: RuleProfile): LocalAnalysis | null {
  const deferred = useDeferredValue(dataset);
  return useMemo(() => {
    if (!deferred) return null;
    try {
      const result = auditDataset(deferred, profile);
      const findings = sortFindings(result.findings);
      return { scores: result.scores, findings, errors: findings.filter((finding) => finding.severity === "error") };
    } catch (error) {
      // A half-typed dataset the schema would refuse (the server refuses it on save, with its message).
      console.warn("本地校验未完成：", error);
      return null;
    }
  }, [deferred, profile]);
}
