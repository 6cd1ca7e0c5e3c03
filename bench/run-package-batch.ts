/**
 * The batch part of the documents benchmark: N worker processes build the packages of `units` synthetic units,
 * pulling work in small chunks so every core stays busy to the end. Processes, not worker threads: each has its own
 * heap and garbage collector, and nothing of one worker's allocation or collection waits on the other's. Bounded in
 * time: past `limitMs` the workers are killed and the result says so.
 * @module
 */
import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
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
  /** CPU time (user + system) the workers spent, start-up included, in ms. */
  cpuMs: number;
  units: number;
  files: number;
  bytes: number;
  failures: { index: number; message: string }[];
  aborted: boolean;
}

/** The environment variable that carries the WorkerOptions (as JSON) to a forked worker. */
export const WORKER_OPTIONS_ENV = "JIXIAO_BENCH_WORKER";

const CHUNK = 10;
const BOOTSTRAP = fileURLToPath(new URL("./package-worker.mjs", import.meta.url));
const BODY = new URL("./build-synthetic-packages.ts", import.meta.url).href;

/** Runs the batch and resolves when every unit is built, a worker failed, or the time limit was reached. */
export function runPackageBatch(options: BatchOptions): Promise<BatchResult> {
  const started = performance.now();
  const result: BatchResult = { wallMs: 0, cpuMs: 0, units: 0, files: 0, bytes: 0, failures: [], aborted: false };
  const cpuOf = new Map<ChildProcess, number>();
  let next = 0;
  const workers: ChildProcess[] = [];
  const stopped = new Set<ChildProcess>();
  return new Promise((resolve, reject) => {
    let running = options.workers;
    let settled = false;
    const stopAll = () => {
      for (const worker of workers) if (worker.exitCode === null) worker.kill();
    };
    const finish = (aborted: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      result.aborted = aborted;
      result.wallMs = performance.now() - started;
      result.cpuMs = [...cpuOf.values()].reduce((a, b) => a + b, 0);
      stopAll();
      resolve(result);
    };
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      stopAll();
      reject(error);
    };
    const timer = setTimeout(() => finish(true), options.limitMs);
    const workerOptions: WorkerOptions = { examplePath: options.examplePath, profileId: options.profileId };
    for (let i = 0; i < options.workers; i++) {
      const worker = fork(BOOTSTRAP, [BODY], {
        env: { ...process.env, [WORKER_OPTIONS_ENV]: JSON.stringify(workerOptions) },
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      });
      workers.push(worker);
      worker.on("message", (message: FromWorker) => {
        cpuOf.set(worker, message.cpuMs);
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
          worker.send({ type: "work", indices } satisfies ToWorker);
        } else {
          worker.send({ type: "stop" } satisfies ToWorker);
          stopped.add(worker);
          running -= 1;
          if (running === 0) finish(false);
        }
      });
      worker.on("error", fail);
      worker.on("exit", (code, signal) => {
        if (!settled && !stopped.has(worker))
          fail(new Error(`批量基准的工作进程退出（${signal ?? `退出码 ${code}`}），未完成它的任务`));
      });
    }
  });
}
