/**
 * An uploaded document imported off the main thread, or refused with the importer's Chinese reason (invalid) — shared
 * by the two uploads of documents (a new report from a document, a document compared with a report).
 * @module
 */
import { importDocumentOffThread, OfficeFileBusyError } from "../../documents/zip/inspect-office-file.ts";
import type { ImportedDocument } from "../../import/import-uploaded-document.ts";
import { AppError } from "../app-error.ts";

export async function readUploadedDocument(fileName: string, bytes: Uint8Array): Promise<ImportedDocument> {
  if (bytes.byteLength === 0) throw new AppError("malformed", `“${fileName}”是空文件`);
  let answer;
  try {
    answer = await importDocumentOffThread(fileName, bytes);
  } catch (error) {
    if (error instanceof OfficeFileBusyError) throw new AppError("unavailable", error.message);
    throw error;
  }
  if (!answer.ok)
    throw new AppError(
      "invalid",
      answer.refused.startsWith("无法导入") ? answer.refused : `无法导入“${fileName}”：${answer.refused}`,
    );
  return answer.imported;
}
