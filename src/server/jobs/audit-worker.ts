/**
 * The body of the audit worker thread: given a stored dataset text and its profile, returns what is stored beside
 * it (the audit JSON and the headline figures). Runs on its own core, so the server's event loop never waits for
 * an audit.
 * @module
 */
import { parentPort } from "node:worker_threads";
import type { Dataset } from "../../core/dataset/schema.ts";
import { derivedColumns } from "../reports/derived-columns.ts";
import { profileOf } from "../reports/profile-of.ts";

export interface AuditRequest {
  id: number;
  dataset: string;
  profileId: string;
}

export type AuditReply =
  { id: number; ok: true; derived: ReturnType<typeof derivedColumns> } | { id: number; ok: false; message: string };

const port = parentPort;
if (!port) throw new Error("audit-worker.ts runs only as a worker thread");
port.on("message", (request: AuditRequest) => {
  try {
    const derived = derivedColumns(JSON.parse(request.dataset) as Dataset, profileOf(request.profileId));
    port.postMessage({ id: request.id, ok: true, derived } satisfies AuditReply);
  } catch (error) {
    port.postMessage({ id: request.id, ok: false, message: (error as Error).message } satisfies AuditReply);
  }
});
