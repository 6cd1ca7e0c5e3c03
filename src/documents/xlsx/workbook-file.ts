/**
 * A new workbook with the package's metadata, and its packing into a `GeneratedFile`. The workbook's dates are the
 * package's generation time, not the clock, so the same input gives the same properties.
 * @module
 */
import ExcelJS from "exceljs";
import type { DocumentKind, GeneratedFile } from "../document-input.ts";

export function createWorkbook(generatedAt: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Jixiao";
  workbook.lastModifiedBy = "Jixiao";
  workbook.created = generatedAt;
  workbook.modified = generatedAt;
  return workbook;
}

/** Packs the workbook as an .xlsx file of the package. */
export async function workbookFile(
  workbook: ExcelJS.Workbook,
  name: string,
  kind: DocumentKind,
): Promise<GeneratedFile> {
  const buffer = await workbook.xlsx.writeBuffer();
  return { name, kind, format: "xlsx", data: new Uint8Array(buffer as ArrayBuffer) };
}
