// Bootstrap of the Office-file worker thread: worker threads do not inherit tsx's loader, so it registers it and
// then imports the TypeScript module named in workerData (as bin/jixiao.mjs does for the command).
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.module);
