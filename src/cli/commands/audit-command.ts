/** `jixiao audit <dataset.json…> [--profile] [--json]`: the consistency audit; exit 1 when any error is found. */
import { auditDataset } from "../../core/audit/run-audit.ts";
import { countBySeverity } from "../../core/findings/finding.ts";
import type { RuleProfile } from "../../core/profiles/profile-schema.ts";
import { formatFindings } from "../print-findings.ts";
import { readDataset } from "../read-inputs.ts";
import type { CommandResult } from "./command-result.ts";

export function runAudit(files: readonly string[], profile: RuleProfile, json: boolean): CommandResult {
  const datasets = files.map((file) => ({ file, dataset: readDataset(file) }));
  const results = datasets.map(({ file, dataset }) => {
    const { findings } = auditDataset(dataset, profile);
    return { file, unit: dataset.unit?.name ?? "", year: dataset.year, counts: countBySeverity(findings), findings };
  });
  const exitCode = results.some((r) => r.counts.error > 0) ? 1 : 0;
  if (json) return { exitCode, output: JSON.stringify({ profile: profile.id, files: results }, null, 2) };
  const output = results
    .map((r) => `== ${r.file}（${r.unit} ${r.year}年度，规则方案：${profile.name}）\n${formatFindings(r.findings)}`)
    .join("\n\n");
  return { exitCode, output };
}
