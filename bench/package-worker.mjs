// Bootstrap of a benchmark worker — a worker thread or a child process: neither inherits tsx's loader, so each
// registers it and then imports the TypeScript module named in workerData (a thread) or in its first argument (a
// process, as run-package-batch.ts forks it), as bin/jixiao.mjs does for the command.
import { isMainThread, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(isMainThread ? process.argv[2] : workerData.module);
