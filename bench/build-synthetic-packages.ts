/**
 * The body of a batch-benchmark worker process: asks the parent for unit numbers, and for each one synthesizes
 * the dataset, validates it as the CLI would, and builds the whole package in memory (nothing is written to disk).
 * Each answer carries the process's CPU time so far, so the batch can say what it cost beside how long it took.
 * @module
 */
import { readFileSync } from "node:fs";
import { validateDataset } from "../src/core/dataset/validate-dataset.ts";
import { getBuiltinProfile } from "../src/core/profiles/builtin-profiles.ts";
import { buildDocumentPackage } from "../src/documents/build-package.ts";
import { WORKER_OPTIONS_ENV } from "./run-package-batch.ts";
import { synthesizeUnit } from "./synthesize-unit.ts";

export interface WorkerOptions {
  examplePath: string;
  profileId: string;
}

export type ToWorker = { type: "work"; indices: number[] } | { type: "stop" };
export type FromWorker =
  | { type: "ready"; cpuMs: number }
  | {
      type: "done";
      units: number;
      files: number;
      bytes: number;
      failures: { index: number; message: string }[];
      /** CPU time (user + system) of this process since it started, in ms. */
      cpuMs: number;
    };

const send = process.send?.bind(process);
const raw = process.env[WORKER_OPTIONS_ENV];
if (!send || raw === undefined) throw new Error("build-synthetic-packages.ts runs only as a forked worker process");
const options = JSON.parse(raw) as WorkerOptions;
const base: unknown = JSON.parse(readFileSync(options.examplePath, "utf8"));
const profile = getBuiltinProfile(options.profileId);
if (!profile) throw new Error(`unknown profile ${options.profileId}`);
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

process.on("message", async (message: ToWorker) => {
  if (message.type === "stop") {
    process.disconnect();
    return;
  }
  const result: FromWorker = { type: "done", units: 0, files: 0, bytes: 0, failures: [], cpuMs: 0 };
  for (const index of message.indices) {
    try {
      const parsed = validateDataset(synthesizeUnit(base, index));
      if (!parsed.ok)
        throw new Error(`synthetic dataset invalid: ${parsed.issues[0]?.location} ${parsed.issues[0]?.message}`);
      const files = await buildDocumentPackage({ dataset: parsed.dataset, profile });
      result.units += 1;
      result.files += files.length;
      for (const file of files) result.bytes += file.data.byteLength;
    } catch (error) {
      result.failures.push({ index, message: (error as Error).message });
    }
  }
  result.cpuMs = cpuMs();
  send(result);
});
send({ type: "ready", cpuMs: cpuMs() } satisfies FromWorker);
