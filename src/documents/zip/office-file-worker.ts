/**
 * The body of an Office-file worker thread (kept in a small pool and reused, see inspect-office-file.ts): everything that inflates or parses an uploaded .xlsx/.docx runs here,
 * on its own thread with a memory ceiling, never on the server's event loop. Each entry is inflated at most to the
 * size the ZIP directory declared (already checked against the limits), the rows of the worksheets are counted,
 * and only then is the workbook parsed.
 * @module
 */
import { parentPort } from "node:worker_threads";
import type { SheetResult } from "../indicator-sheet/read-indicator-sheet.ts";
import type { ImportedDocument } from "../../import/import-uploaded-document.ts";
import { inflateEntry, readZipDirectory, ZipRefusedError } from "./zip-directory.ts";

export type OfficeFileTask =
  | { kind: "verify"; bytes: Uint8Array }
  | { kind: "indicatorSheet"; bytes: Uint8Array; maxRows: number }
  | { kind: "importDocument"; bytes: Uint8Array; fileName: string };

export type OfficeFileReply =
  | { ok: true; kind: "verify"; contentTypes: string }
  | { ok: true; kind: "indicatorSheet"; sheet: SheetResult }
  | { ok: true; kind: "importDocument"; imported: ImportedDocument }
  | { ok: false; refused: string };

/** Every entry inflated within its declared size; the text of [Content_Types].xml and the worksheets' row counts. */
function verifyEntries(bytes: Uint8Array): { contentTypes: string; rows: Map<string, number> } {
  const decoder = new TextDecoder();
  let contentTypes = "";
  const rows = new Map<string, number>();
  for (const entry of readZipDirectory(bytes)) {
    if (entry.name.endsWith("/")) continue;
    const data = inflateEntry(bytes, entry);
    if (entry.name === "[Content_Types].xml") contentTypes = decoder.decode(data);
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) rows.set(entry.name, countRows(data));
  }
  return { contentTypes, rows };
}

/** The number of <row> elements in a worksheet's XML (counted on the bytes, no parse). */
function countRows(xml: Uint8Array): number {
  // "<row " or "<row>" — and not "<rowBreaks" etc.
  let count = 0;
  for (let i = xml.indexOf(0x3c); i >= 0 && i < xml.length - 4; i = xml.indexOf(0x3c, i + 1)) {
    if (
      xml[i + 1] === 0x72 &&
      xml[i + 2] === 0x6f &&
      xml[i + 3] === 0x77 &&
      (xml[i + 4] === 0x20 || xml[i + 4] === 0x3e)
    )
      count++;
  }
  return count;
}

async function run(task: OfficeFileTask): Promise<OfficeFileReply> {
  if (task.kind === "importDocument") {
    // Any of the importer's formats (not only ZIP packages); the importer checks its own limits before parsing.
    const { importUploadedDocument } = await import("../../import/import-uploaded-document.ts");
    const imported = await importUploadedDocument(task.fileName, task.bytes);
    return imported.ok
      ? { ok: true, kind: "importDocument", imported: imported.value }
      : { ok: false, refused: imported.refused };
  }
  try {
    const { contentTypes, rows } = verifyEntries(task.bytes);
    if (task.kind === "verify") return { ok: true, kind: "verify", contentTypes };
    for (const [name, count] of rows) {
      // The header row and at most maxRows indicator rows, in every sheet (the import picks its sheet by headers).
      if (count > task.maxRows + 1)
        return {
          ok: false,
          refused: `工作表 ${name.replace(/^xl\/worksheets\//, "")} 有 ${count} 行，超过上限 ${task.maxRows + 1} 行（表头 + ${task.maxRows} 行指标）`,
        };
    }
    // Loaded on the first sheet: a worker that only checks evidence files never loads the spreadsheet library.
    const { readIndicatorSheet } = await import("../indicator-sheet/read-indicator-sheet.ts");
    return { ok: true, kind: "indicatorSheet", sheet: await readIndicatorSheet(task.bytes) };
  } catch (error) {
    if (error instanceof ZipRefusedError) return { ok: false, refused: error.message };
    throw error;
  }
}

const port = parentPort;
if (!port) throw new Error("office-file-worker.ts runs only as a worker thread");
// One task at a time (the pool sends the next only after the reply).
port.on("message", (message: { id: number; task: OfficeFileTask }) => {
  void run(message.task).then(
    (reply) => port.postMessage({ id: message.id, reply }),
    (error: unknown) =>
      port.postMessage({
        id: message.id,
        reply: { ok: false, refused: `文件无法读取：${(error as Error).message}` } satisfies OfficeFileReply,
      }),
  );
});
