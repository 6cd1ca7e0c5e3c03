/**
 * Replaces the indicators of one table (the department's or a project's) with the rows of an uploaded .xlsx. Work
 * is done in the order of its cost: the caller's right, the report's lock and the named version first (on the
 * report's head, before the body is read — checkIndicatorSheetImport, which the route calls first), then the file's
 * size, then its ZIP directory (declared entry count and uncompressed sizes), and only then is it inflated — each
 * entry held to its declared size — its rows counted and the sheet parsed, in a worker thread. Any bad row refuses
 * the whole import and nothing changes; the rows replace those of exactly the version the caller named.
 * @module
 */
import type { Dataset } from "../../core/dataset/schema.ts";
import { MAX_INDICATOR_ROWS } from "../../documents/indicator-sheet/read-indicator-sheet.ts";
import {
  checkedZipDirectory,
  OfficeFileBusyError,
  readIndicatorSheetOffThread,
} from "../../documents/zip/inspect-office-file.ts";
import { ZipRefusedError } from "../../documents/zip/zip-directory.ts";
import { AppError, invalidInput, notFound } from "../app-error.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { editReportDataset } from "./edit-report-dataset.ts";
import { findEditableHead } from "./find-editable-head.ts";
import type { TableRef } from "./indicator-table.ts";

export const INDICATOR_SHEET_LIMITS = {
  /** The uploaded file. The template with 2,000 filled rows is about 100 KB. */
  maxFileBytes: 2 * 1024 * 1024,
  maxEntries: 200,
  maxEntryBytes: 16 * 1024 * 1024,
  maxTotalBytes: 32 * 1024 * 1024,
  maxRows: MAX_INDICATOR_ROWS,
} as const;

export interface ImportIndicatorSheetOptions {
  actor: Actor;
  reportId: string;
  table: TableRef;
  /** The version the import replaces the rows of. */
  version: number;
}

/** Refuses before the body is read: the caller may edit the table's report, it is not locked, and is at `version`. */
export async function checkIndicatorSheetImport(services: Services, options: ImportIndicatorSheetOptions) {
  await findEditableHead(services, { ...options, action: "导入指标表" });
}

export async function importIndicatorSheet(
  services: Services,
  options: ImportIndicatorSheetOptions & { bytes: Uint8Array },
) {
  const { bytes, table } = options;
  await checkIndicatorSheetImport(services, options);
  if (bytes.byteLength === 0) throw new AppError("malformed", "文件为空");
  try {
    checkedZipDirectory(bytes, INDICATOR_SHEET_LIMITS);
  } catch (error) {
    if (error instanceof ZipRefusedError)
      throw new AppError("invalid", `指标表未导入：${error.message}`, {
        details: { issues: [{ location: "（文件）", message: error.message }] },
      });
    throw error;
  }
  let sheet;
  try {
    sheet = await readIndicatorSheetOffThread(bytes, INDICATOR_SHEET_LIMITS.maxRows);
  } catch (error) {
    if (error instanceof OfficeFileBusyError) throw new AppError("unavailable", error.message);
    throw error;
  }
  if (!sheet.ok) throw invalidInput("指标表未导入：", sheet.issues);
  const indicators = sheet.indicators;
  const result = await editReportDataset(services, {
    ...options,
    reason: "import",
    change: (before) => {
      const owner = table.kind === "department" ? before.department : before.projects[table.index];
      if (!owner?.evaluation)
        throw notFound(table.kind === "department" ? "部门整体绩效自评表" : `项目 ${table.index + 1} 的绩效自评表`);
      const replaced = { ...owner, evaluation: { ...owner.evaluation, indicators } };
      return table.kind === "department"
        ? { ...before, department: replaced as NonNullable<Dataset["department"]> }
        : {
            ...before,
            projects: before.projects.map((p, i) =>
              i === table.index ? (replaced as Dataset["projects"][number]) : p,
            ),
          };
    },
  });
  return { ...result, indicators: indicators.length };
}
