/**
 * Replaces the indicators of one table (the department's or a project's) with the rows of an uploaded .xlsx. Work
 * is done in the order of its cost: the caller's right, the report's lock and the named version first (on the
 * report's head, before the body is read — see the route), then the file's size, then its ZIP directory (declared
 * entry count and uncompressed sizes), and only then is it inflated — each entry held to its declared size — its
 * rows counted and the sheet parsed, in a worker thread. Any bad row refuses the whole import and nothing changes;
 * the rows replace those of exactly the version the caller named.
 * @module
 */
import {
  checkedZipDirectory,
  OfficeFileBusyError,
  readIndicatorSheetOffThread,
} from "../../documents/zip/inspect-office-file.ts";
import { ZipRefusedError } from "../../documents/zip/zip-directory.ts";
import { MAX_INDICATOR_ROWS } from "../../documents/indicator-sheet/read-indicator-sheet.ts";
import { HttpError } from "../http-error.ts";
import type { Actor } from "./auth-service.ts";
import type { ReportService, TableRef } from "./report-service.ts";

export const INDICATOR_SHEET_LIMITS = {
  /** The uploaded file. The template with 2,000 filled rows is about 100 KB. */
  maxFileBytes: 2 * 1024 * 1024,
  maxEntries: 200,
  maxEntryBytes: 16 * 1024 * 1024,
  maxTotalBytes: 32 * 1024 * 1024,
  maxRows: MAX_INDICATOR_ROWS,
} as const;

/** Refuses before the body is read: the caller may edit the table's report, it is not locked, and is at `expectedVersion`. */
export async function assertMayImportIndicators(
  reports: ReportService,
  actor: Actor,
  id: string,
  expectedVersion: number,
): Promise<void> {
  await reports.assertMayEditVersion(actor, id, expectedVersion, "导入指标表");
}

export async function importIndicatorSheet(
  reports: ReportService,
  actor: Actor,
  id: string,
  table: TableRef,
  expectedVersion: number,
  bytes: Uint8Array,
) {
  if (bytes.byteLength === 0) throw new HttpError(400, "文件为空");
  try {
    checkedZipDirectory(bytes, INDICATOR_SHEET_LIMITS);
  } catch (error) {
    if (error instanceof ZipRefusedError)
      throw new HttpError(422, `指标表未导入：${error.message}`, {
        issues: [{ location: "（文件）", message: error.message }],
      });
    throw error;
  }
  let sheet;
  try {
    sheet = await readIndicatorSheetOffThread(bytes, INDICATOR_SHEET_LIMITS.maxRows);
  } catch (error) {
    if (error instanceof OfficeFileBusyError) throw new HttpError(503, error.message);
    throw error;
  }
  if (!sheet.ok) {
    const first = sheet.issues[0];
    throw new HttpError(422, `指标表未导入：${first?.location ?? ""} ${first?.message ?? ""}`.trim(), {
      issues: sheet.issues,
    });
  }
  const result = await reports.replaceIndicators(actor, id, table, expectedVersion, sheet.indicators);
  return { ...result, indicators: sheet.indicators.length };
}
