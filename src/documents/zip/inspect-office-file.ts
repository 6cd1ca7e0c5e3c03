/**
 * Runs an inspection or parse of an uploaded Office file (.xlsx, .docx) in a worker thread of its own, with a
 * memory ceiling and a time limit: a file that would take the server's memory or time ends that thread, not the
 * server, and the event loop keeps answering meanwhile. At most two run at once (the machine's cores); a few more
 * wait their turn; beyond that the caller is told to try again later. The ZIP directory is checked against the
 * limits before any thread starts.
 * @module
 */
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { SheetResult } from "../indicator-sheet/read-indicator-sheet.ts";
import type { OfficeFileReply, OfficeFileTask } from "./office-file-worker.ts";
import { checkZipLimits, readZipDirectory, ZipRefusedError, type ZipEntry, type ZipLimits } from "./zip-directory.ts";

const BOOTSTRAP = fileURLToPath(new URL("./worker-bootstrap.mjs", import.meta.url));
const MODULE = new URL("./office-file-worker.ts", import.meta.url).href;

export const OFFICE_FILE_LIMITS = {
  /** Worker threads at once, and how many more may wait. */
  parallel: 2,
  waiting: 6,
  /** Heap ceiling of one worker (MB) and how long it may take. */
  memoryMb: 256,
  timeoutMs: 20_000,
} as const;

/** Too many uploads are being inspected already: try again shortly (503). */
export class OfficeFileBusyError extends Error {
  constructor() {
    super("服务器正在处理其他上传的文件，请稍后再试");
  }
}

let running = 0;
const queue: (() => void)[] = [];

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= OFFICE_FILE_LIMITS.parallel) {
    if (queue.length >= OFFICE_FILE_LIMITS.waiting) throw new OfficeFileBusyError();
    await new Promise<void>((resolve) => queue.push(resolve));
  } else running++;
  try {
    return await work();
  } finally {
    const next = queue.shift();
    if (next) next();
    else running--;
  }
}

function runWorker(task: OfficeFileTask): Promise<OfficeFileReply> {
  return inTurn(
    () =>
      new Promise<OfficeFileReply>((resolve, reject) => {
        const worker = new Worker(BOOTSTRAP, {
          workerData: { module: MODULE, task },
          resourceLimits: { maxOldGenerationSizeMb: OFFICE_FILE_LIMITS.memoryMb, maxYoungGenerationSizeMb: 32 },
        });
        let settled = false;
        const settle = (fn: () => void) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          fn();
          void worker.terminate();
        };
        const timer = setTimeout(() => settle(() => resolve({ ok: false, refused: `文件处理超过 ${OFFICE_FILE_LIMITS.timeoutMs / 1000} 秒，已停止` })), OFFICE_FILE_LIMITS.timeoutMs);
        worker.once("message", (reply: OfficeFileReply) => settle(() => resolve(reply)));
        worker.once("error", (error) => {
          const memory = (error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY";
          settle(() => (memory ? resolve({ ok: false, refused: "文件处理所需内存超过上限，已停止" }) : reject(error)));
        });
        worker.once("exit", (code) => settle(() => reject(new Error(`文件处理线程意外退出（${code}）`))));
      }),
  );
}

/** The directory, checked against `limits` (ZipRefusedError otherwise); on the caller's thread, no inflating. */
export function checkedZipDirectory(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const entries = readZipDirectory(bytes, limits.maxEntries);
  checkZipLimits(entries, limits);
  return entries;
}

/**
 * Inflates every entry of a ZIP whose directory passed checkedZipDirectory, each held to its declared size, off the
 * main thread; returns [Content_Types].xml. ZipRefusedError when an entry lies about its size or is damaged.
 */
export async function verifyOfficeFile(bytes: Uint8Array): Promise<{ contentTypes: string }> {
  const reply = await runWorker({ kind: "verify", bytes });
  if (!reply.ok) throw new ZipRefusedError(reply.refused);
  if (reply.kind !== "verify") throw new Error("unexpected reply");
  return { contentTypes: reply.contentTypes };
}

/** The indicator rows of an uploaded sheet, read off the main thread after the entries and rows were counted. */
export async function readIndicatorSheetOffThread(bytes: Uint8Array, maxRows: number): Promise<SheetResult> {
  const reply = await runWorker({ kind: "indicatorSheet", bytes, maxRows });
  if (!reply.ok) return { ok: false, issues: [{ location: "（文件）", message: reply.refused }] };
  if (reply.kind !== "indicatorSheet") throw new Error("unexpected reply");
  return reply.sheet;
}
