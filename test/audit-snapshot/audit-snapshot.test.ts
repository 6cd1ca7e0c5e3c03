/**
 * The audit gives exactly what it gave when audit-snapshot.json was written: for every example and corpus dataset
 * under every shipped rule profile, and for units of the benchmark province, the scores (every Decimal, explanation
 * and reading) and the findings (codes, severities, locations, messages, in order) hash the same. It holds speed
 * work to "no result changes"; a change of results is made on purpose with write-audit-snapshot.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { auditDataset } from "../../src/core/audit/run-audit.ts";
import { listAuditCases, type SnapshotEntry, summarizeAuditResult } from "./audit-cases.ts";

const SNAPSHOT = JSON.parse(readFileSync(join(import.meta.dirname, "audit-snapshot.json"), "utf8")) as Record<
  string,
  SnapshotEntry
>;
const OUTPUT = join(import.meta.dirname, "../../test-output/audit-snapshot");
const cases = listAuditCases();

describe("audit results are unchanged", () => {
  it("covers every case of the snapshot, and no other", () => {
    expect(cases.map((c) => c.name).sort()).toEqual(Object.keys(SNAPSHOT).sort());
    expect(cases.length).toBeGreaterThan(300);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", (name, { dataset, profile }) => {
    const before = JSON.stringify(dataset);
    const { serialized, ...entry } = summarizeAuditResult(auditDataset(dataset, profile));
    if (entry.sha256 !== SNAPSHOT[name]?.sha256) {
      // The whole result, to compare with a dump of the snapshot's engine (write-audit-snapshot.ts <dir>).
      mkdirSync(OUTPUT, { recursive: true });
      writeFileSync(join(OUTPUT, `${name.replace(/[/|\s]/g, "_")}.json`), `${serialized}\n`);
    }
    expect(entry).toEqual(SNAPSHOT[name]);
    // The audit reads its input; it never changes it.
    expect(JSON.stringify(dataset)).toBe(before);
  });
});
