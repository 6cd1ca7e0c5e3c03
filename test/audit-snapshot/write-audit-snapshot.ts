/**
 * `npx tsx test/audit-snapshot/write-audit-snapshot.ts [dump-dir]`: writes audit-snapshot.json, the digest of every
 * case's audit result (see audit-cases.ts). Run it only when a change of results is meant, and say so in the commit;
 * a change made for speed must leave the file as it is. With a folder, also writes each case's whole result there, to
 * compare with a later run's (`diff -r`).
 * @module
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { auditDataset } from "../../src/core/audit/run-audit.ts";
import { listAuditCases, type SnapshotEntry, summarizeAuditResult } from "./audit-cases.ts";

const dump = process.argv[2];
if (dump) mkdirSync(dump, { recursive: true });
const snapshot: Record<string, SnapshotEntry> = {};
for (const { name, dataset, profile } of listAuditCases()) {
  const { serialized, ...entry } = summarizeAuditResult(auditDataset(dataset, profile));
  snapshot[name] = entry;
  if (dump) writeFileSync(join(dump, `${name.replace(/[/|\s]/g, "_")}.json`), `${serialized}\n`);
}
writeFileSync(join(import.meta.dirname, "audit-snapshot.json"), `${JSON.stringify(snapshot, null, 2)}\n`);
console.log(`${Object.keys(snapshot).length} cases written to audit-snapshot.json`);
