/**
 * Test support: the document input of the 凉山 2023 example (seed 004) under the 四川 profile, scored and audited by
 * core exactly as the package builder does, plus the seed's own transcription of its 21 project tables as the oracle
 * for the printed figures.
 * @module
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { auditDataset } from "../../core/audit/run-audit.ts";
import type { Dataset } from "../../core/dataset/schema.ts";
import { parseDatasetJson } from "../../core/dataset/validate-dataset.ts";
import { getBuiltinProfile } from "../../core/profiles/builtin-profiles.ts";
import type { RuleProfile } from "../../core/profiles/profile-schema.ts";
import { type ProjectTable004, readSeed, type Seed004 } from "../../../test/import/seed-files.ts";
import type { DocumentInput } from "../document-input.ts";

const ROOT = new URL("../../../", import.meta.url).pathname;
const SEED_004 = "004_a45521c9d62b1714.txt";

export function loadExample(file: string): Dataset {
  const result = parseDatasetJson(readFileSync(join(ROOT, "examples", file), "utf8"));
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.issues)}`);
  return result.dataset;
}

export function profileOf(id: string): RuleProfile {
  const profile = getBuiltinProfile(id);
  if (!profile) throw new Error(`no profile ${id}`);
  return profile;
}

/** The input every builder receives: dataset, profile, computed scores and audit findings. */
export function documentInputOf(dataset: Dataset, profile: RuleProfile): DocumentInput {
  const { scores, findings } = auditDataset(dataset, profile);
  return { dataset, profile, scores, findings, generatedAt: new Date("2024-03-01T08:00:00Z") };
}

export function liangshanInput(): DocumentInput {
  return documentInputOf(loadExample("liangshan-2023.json"), profileOf("sichuan"));
}

/** Seed 004's 21 project tables as transcribed (figures exactly as printed, mistakes included). */
export function seedProjectTables(): ProjectTable004[] {
  return readSeed<Seed004>(SEED_004).table.project_tables;
}
