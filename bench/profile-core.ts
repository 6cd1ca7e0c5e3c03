/**
 * `npx tsx bench/profile-core.ts --units N`: the core benchmark's work in one thread, without workers, for a CPU
 * profile of the warm rounds (`--cpu-prof file.cpuprofile`) and the CPU time of each check (process CPU time, so
 * it stays meaningful on a shared machine; it includes the collector's threads). Prints the time of scoring and
 * of each check of the catalogue, summed over the units, and the cost per indicator.
 * @module
 */
import { readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { auditDataset } from "../src/core/audit/run-audit.ts";
import type { AuditCheck } from "../src/core/audit/audit-check.ts";
import { auditCatalogue } from "../src/core/audit/catalogue.ts";
import type { Dataset } from "../src/core/dataset/schema.ts";
import { scoreDataset } from "../src/core/scoring/score-dataset.ts";
import { validateDataset } from "../src/core/dataset/validate-dataset.ts";
import { getBuiltinProfile } from "../src/core/profiles/builtin-profiles.ts";
import { synthesizeProvinceUnit } from "./synthesize-province-unit.ts";

const { values } = parseArgs({
  options: {
    units: { type: "string", default: "500" },
    rounds: { type: "string", default: "2" },
    /** Writes a CPU profile of the rounds after the first (the warm ones) to this .cpuprofile file. */
    "cpu-prof": { type: "string" },
  },
});
const units = Math.max(1, Number(values.units));
const rounds = Math.max(1, Number(values.rounds));
const profile = getBuiltinProfile("sichuan");
if (!profile) throw new Error("no sichuan profile");
const base: unknown = JSON.parse(
  readFileSync(fileURLToPath(new URL("../examples/liangshan-2023.json", import.meta.url)), "utf8"),
);
const shape = { projects: 10, indicators: 10 };
const datasets: Dataset[] = [];
for (let index = 0; index < units; index++) {
  const parsed = validateDataset(synthesizeProvinceUnit(base, index, shape));
  if (!parsed.ok) throw new Error(`unit ${index} invalid`);
  datasets.push(parsed.dataset);
}
const indicators = units * shape.projects * shape.indicators;

// Each check wrapped so its time is summed; scoring is the rest of auditDataset.
const spent = new Map<string, number>();
const timed: AuditCheck[] = auditCatalogue.map((check) => ({
  ...check,
  run(context) {
    const started = process.cpuUsage();
    const findings = check.run(context);
    const used = process.cpuUsage(started);
    spent.set(check.code, (spent.get(check.code) ?? 0) + (used.user + used.system) / 1000);
    return findings;
  },
}));

const session = values["cpu-prof"] ? new Session() : null;
session?.connect();
const post = (method: string, params?: object) =>
  new Promise<unknown>((resolve, reject) =>
    session?.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
  );

for (let round = 0; round < rounds; round++) {
  if (session && round === 1) {
    await post("Profiler.enable");
    await post("Profiler.start");
  }
  spent.clear();
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const dataset of datasets) auditDataset(dataset, profile, timed);
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const checks = [...spent.values()].reduce((a, b) => a + b, 0);
  const scoringStarted = process.cpuUsage();
  for (const dataset of datasets) scoreDataset(dataset, profile);
  const scoringUsed = process.cpuUsage(scoringStarted);
  const scoring = (scoringUsed.user + scoringUsed.system) / 1000;
  console.log(
    `round ${round + 1}: ${units} units, wall ${wall.toFixed(0)} ms, cpu user ${(used.user / 1000).toFixed(0)} ms sys ${(used.system / 1000).toFixed(0)} ms; ` +
      `${((wall * 1000) / indicators).toFixed(2)} µs wall, ${((((used.user + used.system) / 1000) * 1000) / indicators).toFixed(2)} µs CPU per indicator; checks ${checks.toFixed(0)} ms CPU; ` +
      `scoring alone ${scoring.toFixed(0)} ms CPU (${((scoring * 1000) / indicators).toFixed(2)} µs per indicator)`,
  );
}
if (session && values["cpu-prof"]) {
  const { profile } = (await post("Profiler.stop")) as { profile: unknown };
  writeFileSync(values["cpu-prof"], JSON.stringify(profile));
  console.log(`CPU profile of rounds 2–${rounds} written to ${values["cpu-prof"]}`);
}
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}; CPU time per check in the last round:`,
);
for (const [code, ms] of [...spent].sort((a, b) => b[1] - a[1]).slice(0, 24)) {
  console.log(
    `  ${code.padEnd(32)} ${ms.toFixed(1).padStart(8)} ms  ${((ms * 1000) / indicators).toFixed(3)} µs/indicator`,
  );
}
