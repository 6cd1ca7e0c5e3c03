/**
 * The cases of the audit snapshot: every example and corpus dataset under every rule profile that ships (the three
 * built-in ones and the profile files under profiles/), and a few units of the core benchmark's synthetic province.
 * Each case's result — scores with every explanation, and the findings in order — is written out in full by
 * `serializeAuditResult`, so that a faster engine can be held to give exactly what the engine gave before.
 * @module
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { synthesizeProvinceUnit } from "../../bench/synthesize-province-unit.ts";
import type { AuditResult } from "../../src/core/audit/run-audit.ts";
import type { Dataset } from "../../src/core/dataset/schema.ts";
import { validateDataset } from "../../src/core/dataset/validate-dataset.ts";
import { Dec } from "../../src/core/numbers/decimal.ts";
import { builtinProfileIds, getBuiltinProfile } from "../../src/core/profiles/builtin-profiles.ts";
import { parseProfileJson } from "../../src/core/profiles/parse-profile.ts";
import type { RuleProfile } from "../../src/core/profiles/profile-schema.ts";

const ROOT = join(import.meta.dirname, "../..");

export interface AuditCase {
  /** `<dataset file>|<profile>` */
  name: string;
  dataset: Dataset;
  profile: RuleProfile;
}

function loadDataset(path: string): Dataset {
  const parsed = validateDataset(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.ok) throw new Error(`${path}: ${parsed.issues[0]?.location} ${parsed.issues[0]?.message}`);
  return parsed.dataset;
}

/** The built-in profiles, then every profile file under profiles/ and profiles/examples/. */
export function listProfiles(): { name: string; profile: RuleProfile }[] {
  const profiles = builtinProfileIds().map((id) => ({ name: id, profile: getBuiltinProfile(id) as RuleProfile }));
  for (const dir of ["profiles", "profiles/examples"]) {
    for (const file of readdirSync(join(ROOT, dir)).sort()) {
      if (!file.endsWith(".json")) continue;
      const parsed = parseProfileJson(readFileSync(join(ROOT, dir, file), "utf8"));
      if (!parsed.ok) continue;
      if (profiles.some((p) => p.name === parsed.profile.id)) continue;
      profiles.push({ name: `${dir}/${file}`, profile: parsed.profile });
    }
  }
  return profiles;
}

/** Every dataset of the snapshot with its name: examples, corpus, then 12 synthetic province units. */
export function listDatasets(): { name: string; dataset: Dataset }[] {
  const out: { name: string; dataset: Dataset }[] = [];
  for (const file of readdirSync(join(ROOT, "examples")).sort()) {
    if (file.endsWith(".json"))
      out.push({ name: `examples/${file}`, dataset: loadDataset(join(ROOT, "examples", file)) });
  }
  for (const id of readdirSync(join(ROOT, "corpus")).sort()) {
    const path = join(ROOT, "corpus", id, "dataset.json");
    try {
      readFileSync(path);
    } catch {
      continue;
    }
    out.push({ name: `corpus/${id}/dataset.json`, dataset: loadDataset(path) });
  }
  const base: unknown = JSON.parse(readFileSync(join(ROOT, "examples/liangshan-2023.json"), "utf8"));
  for (let index = 0; index < 12; index++) {
    const raw = synthesizeProvinceUnit(base, index * 37, { projects: 10, indicators: 10 });
    const parsed = validateDataset(raw);
    if (!parsed.ok) throw new Error(`synthetic unit ${index * 37} invalid`);
    out.push({ name: `bench unit ${index * 37}`, dataset: parsed.dataset });
  }
  return out;
}

export function listAuditCases(): AuditCase[] {
  const profiles = listProfiles();
  return listDatasets().flatMap(({ name, dataset }) =>
    profiles.map((p) => ({ name: `${name}|${p.name}`, dataset, profile: p.profile })),
  );
}

/**
 * Every value reachable from an audit result as plain JSON: Decimals as their exact text, getters on a class (the
 * explanations written on first read) as the values they give, own fields in their order. Functions are left out.
 */
export function toPlain(value: unknown, seen: Set<object> = new Set()): unknown {
  if (value === null || typeof value !== "object") {
    if (typeof value === "bigint") return `${value}n`;
    if (typeof value === "function") return undefined;
    return value;
  }
  if (value instanceof Dec) return `Dec(${value.toString()})`;
  if (seen.has(value)) return "(cycle)";
  seen.add(value);
  let out: unknown;
  if (Array.isArray(value)) out = value.map((v) => toPlain(v, seen) ?? null);
  else if (value instanceof Map) out = { $map: [...value].map(([k, v]) => [toPlain(k, seen), toPlain(v, seen)]) };
  else if (value instanceof Set) out = { $set: [...value].map((v) => toPlain(v, seen)) };
  else {
    const record: Record<string, unknown> = {};
    for (const key of Object.keys(value)) record[key] = toPlain((value as Record<string, unknown>)[key], seen);
    // Getters of the object's classes: the lazily written explanations.
    for (
      let proto = Object.getPrototypeOf(value);
      proto && proto !== Object.prototype;
      proto = Object.getPrototypeOf(proto)
    ) {
      for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(proto))) {
        if (descriptor.get && !(key in record)) record[key] = toPlain((value as Record<string, unknown>)[key], seen);
      }
    }
    out = record;
  }
  seen.delete(value);
  return out;
}

export function serializeAuditResult(result: AuditResult): string {
  return JSON.stringify(toPlain(result));
}

export interface SnapshotEntry {
  /** sha256 of `serializeAuditResult`. */
  sha256: string;
  findings: number;
  errors: number;
}

/** What the snapshot keeps of one case: a digest of its whole result, and its finding counts to read at a glance. */
export function summarizeAuditResult(result: AuditResult): SnapshotEntry & { serialized: string } {
  const serialized = serializeAuditResult(result);
  return {
    sha256: createHash("sha256").update(serialized).digest("hex"),
    findings: result.findings.length,
    errors: result.findings.filter((f) => f.severity === "error").length,
    serialized,
  };
}
