// Bootstrap of a server worker thread in development (see start-module-worker.ts): worker threads do not inherit
// tsx's loader, so each registers it and then imports the TypeScript module named in workerData.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.module);
