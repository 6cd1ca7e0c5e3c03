/**
 * The body of a core-benchmark worker thread: synthesizes and validates its share of the province on "generate",
 * then on "run" scores and audits every unit and reports its counts and the time it was busy. Generation is kept out of the
 * timed part: the benchmark measures scoring and audit.
 * @module
 */
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { auditDataset } from "../src/core/audit/run-audit.ts";
import type { Dataset } from "../src/core/dataset/schema.ts";
import { validateDataset } from "../src/core/dataset/validate-dataset.ts";
import { getBuiltinProfile } from "../src/core/profiles/builtin-profiles.ts";
import { type ProvinceShape, synthesizeProvinceUnit } from "./synthesize-province-unit.ts";

export interface CoreWorkerOptions {
  module: string;
  examplePath: string;
  profileId: string;
  shape: ProvinceShape;
  /** Unit numbers from (inclusive) to (exclusive). */
  from: number;
  to: number;
}

export type ToCoreWorker = { type: "run" } | { type: "stop" };
export type FromCoreWorker =
  | { type: "generated"; units: number; indicators: number; distinctCells: number }
  | {
      type: "done";
      units: number;
      indicators: number;
      findings: number;
      errors: number;
      busyMs: number;
      /** CPU time of this thread in the timed part (user + system), or null where /proc/thread-self is not read. */
      cpuMs: number | null;
    };

/**
 * This thread's CPU time in ms, from /proc/thread-self/stat (Linux; 10 ms ticks): on a shared machine the wall time
 * of a thread says how busy the others were, its CPU time what it did. Null elsewhere.
 */
function threadCpuMs(): number | null {
  try {
    const stat = readFileSync("/proc/thread-self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

const options = workerData as CoreWorkerOptions;
const port = parentPort;
if (!port) throw new Error("score-audit-worker.ts runs only as a worker thread");
const profile = getBuiltinProfile(options.profileId);
if (!profile) throw new Error(`unknown profile ${options.profileId}`);
const base: unknown = JSON.parse(readFileSync(options.examplePath, "utf8"));

const datasets: Dataset[] = [];
let indicators = 0;
// The 指标值/完成值 texts of this worker's units: parsed cells are shared by text, so the benchmark says how varied they are.
const cells = new Set<string>();
for (let index = options.from; index < options.to; index++) {
  const parsed = validateDataset(synthesizeProvinceUnit(base, index, options.shape));
  if (!parsed.ok)
    throw new Error(`synthetic unit ${index} invalid: ${parsed.issues[0]?.location} ${parsed.issues[0]?.message}`);
  datasets.push(parsed.dataset);
  for (const project of parsed.dataset.projects) {
    for (const indicator of project.evaluation?.indicators ?? []) {
      indicators += 1;
      cells.add(indicator.target ?? "").add(indicator.actual ?? "");
    }
  }
}
port.postMessage({
  type: "generated",
  units: datasets.length,
  indicators,
  distinctCells: cells.size,
} satisfies FromCoreWorker);

port.on("message", (message: ToCoreWorker) => {
  if (message.type === "stop") {
    port.close();
    return;
  }
  const started = performance.now();
  const cpuStarted = threadCpuMs();
  let findings = 0;
  let errors = 0;
  for (const dataset of datasets) {
    const result = auditDataset(dataset, profile);
    findings += result.findings.length;
    for (const finding of result.findings) if (finding.severity === "error") errors += 1;
  }
  port.postMessage({
    type: "done",
    units: datasets.length,
    indicators,
    findings,
    errors,
    busyMs: performance.now() - started,
    cpuMs: cpuStarted === null ? null : (threadCpuMs() ?? cpuStarted) - cpuStarted,
  } satisfies FromCoreWorker);
});
