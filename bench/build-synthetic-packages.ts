/**
 * The body of a batch-benchmark worker thread: asks the main thread for unit numbers, and for each one synthesizes
 * the dataset, validates it as the CLI would, and builds the whole package in memory (nothing is written to disk).
 * @module
 */
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { validateDataset } from "../src/core/dataset/validate-dataset.ts";
import { getBuiltinProfile } from "../src/core/profiles/builtin-profiles.ts";
import { buildDocumentPackage } from "../src/documents/build-package.ts";
import { synthesizeUnit } from "./synthesize-unit.ts";

export interface WorkerOptions {
  module: string;
  examplePath: string;
  profileId: string;
}

export type ToWorker = { type: "work"; indices: number[] } | { type: "stop" };
export type FromWorker =
  | { type: "ready" }
  | { type: "done"; units: number; files: number; bytes: number; failures: { index: number; message: string }[] };

const options = workerData as WorkerOptions;
const port = parentPort;
if (!port) throw new Error("build-synthetic-packages.ts runs only as a worker thread");
const base: unknown = JSON.parse(readFileSync(options.examplePath, "utf8"));
const profile = getBuiltinProfile(options.profileId);
if (!profile) throw new Error(`unknown profile ${options.profileId}`);

port.on("message", async (message: ToWorker) => {
  if (message.type === "stop") {
    port.close();
    return;
  }
  const result: FromWorker = { type: "done", units: 0, files: 0, bytes: 0, failures: [] };
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
  port.postMessage(result);
});
port.postMessage({ type: "ready" } satisfies FromWorker);
