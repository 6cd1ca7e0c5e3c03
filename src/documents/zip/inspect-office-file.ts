/**
 * Runs an inspection or parse of an uploaded Office file (.xlsx, .docx) in a worker thread, with a memory ceiling
 * and a time limit: a file that would take the server's memory or time ends that thread (a new one is started for
 * the next file), not the server, and the event loop keeps answering meanwhile. Sound workers are kept and reused. At most two run at once (the machine's cores); a few more
 * wait their turn; beyond that the caller is told to try again later. The ZIP directory is checked against the
 * limits before any thread starts.
 * @module
 */
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { SheetResult } from "../indicator-sheet/read-indicator-sheet.ts";
import type { OfficeFileReply, OfficeFileTask } from "./office-file-worker.ts";
import type { ImportedDocument } from "../../import/import-uploaded-document.ts";
import { IMPORT_LIMITS } from "../../import/import-limits.ts";
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

/** Idle workers, reused: a thread's start (loader, modules) costs far more than a small file's inspection. */
const idle: Worker[] = [];
let nextId = 1;

function spawnWorker(): Worker {
  const worker = new Worker(BOOTSTRAP, {
    workerData: { module: MODULE },
    resourceLimits: { maxOldGenerationSizeMb: OFFICE_FILE_LIMITS.memoryMb, maxYoungGenerationSizeMb: 32 },
  });
  // An idle worker never keeps the process alive.
  worker.unref();
  worker.on("error", () => undefined);
  worker.once("exit", () => {
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
  });
  return worker;
}

function runWorker(task: OfficeFileTask, timeoutMs: number = OFFICE_FILE_LIMITS.timeoutMs): Promise<OfficeFileReply> {
  return inTurn(
    () =>
      new Promise<OfficeFileReply>((resolve, reject) => {
        const worker = idle.pop() ?? spawnWorker();
        const id = nextId++;
        let settled = false;
        const settle = (fn: () => void, keep: boolean) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          worker.off("message", onMessage);
          worker.off("error", onError);
          worker.off("exit", onExit);
          // A worker that ran out of time or memory, or failed, is ended; a sound one waits for the next file.
          if (keep && idle.length < OFFICE_FILE_LIMITS.parallel) idle.push(worker);
          else void worker.terminate();
          fn();
        };
        const onMessage = (message: { id: number; reply: OfficeFileReply }) => {
          if (message.id === id) settle(() => resolve(message.reply), true);
        };
        const onError = (error: Error) => {
          const memory = (error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY";
          settle(
            () => (memory ? resolve({ ok: false, refused: "文件处理所需内存超过上限，已停止" }) : reject(error)),
            false,
          );
        };
        const onExit = (code: number) => settle(() => reject(new Error(`文件处理线程意外退出（${code}）`)), false);
        const timer = setTimeout(
          () => settle(() => resolve({ ok: false, refused: `文件处理超过 ${timeoutMs / 1000} 秒，已停止` }), false),
          timeoutMs,
        );
        worker.on("message", onMessage);
        worker.once("error", onError);
        worker.once("exit", onExit);
        worker.postMessage({ id, task });
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

/**
 * An uploaded document of any importable format (.docx, .xlsx, .pdf, .txt, .doc/.wps via LibreOffice) imported off
 * the main thread; the time allowed covers a LibreOffice conversion. `refused` is the importer's Chinese reason.
 */
export async function importDocumentOffThread(
  fileName: string,
  bytes: Uint8Array,
): Promise<{ ok: true; imported: ImportedDocument } | { ok: false; refused: string }> {
  const reply = await runWorker(
    { kind: "importDocument", bytes, fileName },
    IMPORT_LIMITS.converterTimeoutMs + OFFICE_FILE_LIMITS.timeoutMs,
  );
  if (!reply.ok) return reply;
  if (reply.kind !== "importDocument") throw new Error("unexpected reply");
  return { ok: true, imported: reply.imported };
}
