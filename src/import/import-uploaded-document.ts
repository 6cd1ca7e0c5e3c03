/**
 * One uploaded file (bytes and the name it came with) imported into a dataset and its import report, in a form that
 * crosses a worker thread (plain data only). An unreadable file is answered with the importer's Chinese reason,
 * never thrown, so the server can refuse it with a 422 that names the file.
 * @module
 */
import type { DatasetInput } from "../core/dataset/schema.ts";
import { importDocuments } from "./import-document.ts";
import { UnreadableFileError } from "./import-error.ts";
import { hasUnrecognized, importReportJson, type ImportReportJson } from "./format-import-report.ts";
import { readSourceBytes } from "./read-source-file.ts";

export interface ImportedDocument {
  /** Null when the assembled dataset did not validate (the reasons are in report.issues). */
  dataset: DatasetInput | null;
  report: ImportReportJson;
  unrecognized: boolean;
}

export async function importUploadedDocument(
  fileName: string,
  bytes: Uint8Array,
): Promise<{ ok: true; value: ImportedDocument } | { ok: false; refused: string }> {
  try {
    const document = await readSourceBytes(fileName, bytes);
    const result = importDocuments([document], {}, fileName);
    return {
      ok: true,
      value: { dataset: result.dataset, report: importReportJson(result), unrecognized: hasUnrecognized(result) },
    };
  } catch (error) {
    if (error instanceof UnreadableFileError) return { ok: false, refused: error.message };
    throw error;
  }
}
