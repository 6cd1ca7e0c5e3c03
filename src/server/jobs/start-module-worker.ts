/**
 * Starts a worker thread running one of our modules. Compiled (`.js`), the module is the worker itself. In development
 * the sources are TypeScript run through tsx, and worker threads do not inherit its loader, so a small bootstrap
 * registers tsx in the thread and then imports the module.
 * @module
 */
import { fileURLToPath } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";

const BOOTSTRAP = fileURLToPath(new URL("./worker-bootstrap.mjs", import.meta.url));

/** `moduleUrl` is the worker module beside the caller, named without its extension: `new URL("./audit-worker", import.meta.url)`. */
export function startModuleWorker(
  moduleUrl: URL,
  options: Omit<WorkerOptions, "workerData"> & { workerData?: Record<string, unknown> } = {},
): Worker {
  const compiled = import.meta.url.endsWith(".js");
  if (compiled) return new Worker(new URL(`${moduleUrl.href}.js`), options);
  return new Worker(BOOTSTRAP, { ...options, workerData: { ...options.workerData, module: `${moduleUrl.href}.ts` } });
}
