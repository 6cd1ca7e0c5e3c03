/**
 * The batch part of the documents benchmark: N worker threads build the packages of `units` synthetic units, pulling
 * work in small chunks so both cores stay busy to the end. Bounded in time: past `limitMs` the workers are
 * terminated and the result says so.
 * @module
 */
import { Worker } from "node:worker_threads";
import type { FromWorker, ToWorker, WorkerOptions } from "./build-synthetic-packages.ts";

export interface BatchOptions {
  units: number;
  workers: number;
  examplePath: string;
  profileId: string;
  limitMs: number;
  /** Called after each finished chunk with the number of units done. */
  onProgress?: (done: number) => void;
}

export interface BatchResult {
  wallMs: number;
  units: number;
  files: number;
  bytes: number;
  failures: { index: number; message: string }[];
  aborted: boolean;
}

const CHUNK = 10;

/** Runs the batch and resolves when every unit is built, a worker crashed, or the time limit was reached. */
export function runPackageBatch(options: BatchOptions): Promise<BatchResult> {
  const started = performance.now();
  const result: BatchResult = { wallMs: 0, units: 0, files: 0, bytes: 0, failures: [], aborted: false };
  let next = 0;
  const workers: Worker[] = [];
  return new Promise((resolve, reject) => {
    let running = options.workers;
    let settled = false;
    const finish = (aborted: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      result.aborted = aborted;
      result.wallMs = performance.now() - started;
      for (const worker of workers) void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => finish(true), options.limitMs);
    for (let i = 0; i < options.workers; i++) {
      const workerData: WorkerOptions = {
        module: new URL("./build-synthetic-packages.ts", import.meta.url).href,
        examplePath: options.examplePath,
        profileId: options.profileId,
      };
      const worker = new Worker(new URL("./package-worker.mjs", import.meta.url), { workerData });
      workers.push(worker);
      worker.on("message", (message: FromWorker) => {
        if (message.type === "done") {
          result.units += message.units;
          result.files += message.files;
          result.bytes += message.bytes;
          result.failures.push(...message.failures);
          options.onProgress?.(result.units + result.failures.length);
        }
        if (next < options.units) {
          const indices = Array.from({ length: Math.min(CHUNK, options.units - next) }, (_, k) => next + k);
          next += indices.length;
          worker.postMessage({ type: "work", indices } satisfies ToWorker);
        } else {
          worker.postMessage({ type: "stop" } satisfies ToWorker);
          running -= 1;
          if (running === 0) finish(false);
        }
      });
      worker.on("error", (error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        for (const w of workers) void w.terminate();
        reject(error);
      });
    }
  });
}
