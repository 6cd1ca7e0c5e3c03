/**
 * A reviewer's check of a unit's file: the uploaded document is imported and compared, field by field, with the
 * report's stored dataset. Both sides are validated the same way first (defaults filled in) and the importer's
 * "where it came from" marks (sourceLine) are left out — they say where a value stood in a file, not what it is.
 * Reading the report is the only right needed, judged before the file is read; nothing is stored.
 * @module
 */
import { diffDatasets } from "../../core/dataset/dataset-diff.ts";
import { validateDataset } from "../../core/dataset/validate-dataset.ts";
import { findReadableHead, findReadableReport } from "../reports/find-readable-report.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { readUploadedDocument } from "./read-uploaded-document.ts";

/** The value without its sourceLine marks, at any depth. */
function withoutSourceLines(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSourceLines);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== "sourceLine" && key !== "source")
        .map(([key, inner]) => [key, withoutSourceLines(inner)]),
    );
  }
  return value;
}

export interface CompareDocumentWithReportOptions {
  actor: Actor;
  reportId: string;
}

/** Refuses (not found) before the body is read when the actor may not read the report. */
export async function checkCompareWithReport(services: Services, options: CompareDocumentWithReportOptions) {
  await findReadableHead(services, options);
}

export async function compareDocumentWithReport(
  services: Services,
  options: CompareDocumentWithReportOptions & { fileName: string; bytes: Uint8Array },
) {
  const stored = (await findReadableReport(services, options)).dataset;
  const imported = await readUploadedDocument(options.fileName, options.bytes);
  if (!imported.dataset)
    return { comparable: false as const, report: imported.report, unrecognized: imported.unrecognized, changes: [] };
  const normalized = validateDataset(imported.dataset);
  const document = normalized.ok ? normalized.dataset : imported.dataset;
  const changes = diffDatasets(withoutSourceLines(stored), withoutSourceLines(document)).map(
    ({ path, before, after }) => ({ path, before, after }),
  );
  return { comparable: true as const, report: imported.report, unrecognized: imported.unrecognized, changes };
}
