/**
 * The body of the audit worker thread: given a stored dataset text and its profile, returns what is stored beside
 * it (the audit JSON and the headline figures). Runs on its own core, so the server's event loop never waits for
 * an audit.
 * @module
 */
import { readlinkSync } from "node:fs";
import { getPriority, setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
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
if ((workerData as { belowRequests?: boolean } | null)?.belowRequests) lowerThisThreadsPriority();

/**
 * Nice +10 for this thread alone: on Linux a thread has its own id (/proc/thread-self names it) and its own nice
 * value. Elsewhere the thread keeps the process's priority.
 */
function lowerThisThreadsPriority(): void {
  try {
    const threadId = Number(readlinkSync("/proc/thread-self").split("/").pop());
    if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, Math.min(19, (getNice(threadId) ?? 0) + 10));
  } catch {
    // No /proc, or not allowed: the audit runs at the process's priority.
  }
}

function getNice(threadId: number): number | undefined {
  try {
    return getPriority(threadId);
  } catch {
    return undefined;
  }
}
port.on("message", (request: AuditRequest) => {
  try {
    const derived = derivedColumns(JSON.parse(request.dataset) as Dataset, profileOf(request.profileId));
    port.postMessage({ id: request.id, ok: true, derived } satisfies AuditReply);
  } catch (error) {
    port.postMessage({ id: request.id, ok: false, message: (error as Error).message } satisfies AuditReply);
  }
});
