/**
 * "Start from a document": the uploaded file is imported and handed back — the dataset it gives and the import
 * report (what was recognized where, what was not and why) — for the user to look over and correct before the
 * report is created with it (POST /api/reports). Nothing is stored here. Only those who may create the unit's report
 * may import for it, and that is judged before the file is read.
 * @module
 */
import { REPORT_CREATING_ROLES } from "../../core/workflow/roles.ts";
import { AppError } from "../app-error.ts";
import { assertCanRead, assertRole } from "../services/access.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { readUploadedDocument } from "./read-uploaded-document.ts";

export interface ImportDocumentForNewReportOptions {
  actor: Actor;
  unitId: string;
  year: number;
}

/** Refuses before the body is read: the right to create, the unit in the actor's subtree, the year still free. */
export async function checkImportForNewReport(services: Services, options: ImportDocumentForNewReportOptions) {
  assertRole(options.actor, REPORT_CREATING_ROLES, "新建报表");
  const unit = await services.units.find(options.unitId);
  assertCanRead(options.actor, unit, "单位");
  if (await services.reports.findByUnitYear(unit.id, options.year))
    throw new AppError("conflict", `${unit.name} ${options.year} 年度的报表已存在`);
  return unit;
}

export async function importDocumentForNewReport(
  services: Services,
  options: ImportDocumentForNewReportOptions & { fileName: string; bytes: Uint8Array },
) {
  const { year } = options;
  const unit = await checkImportForNewReport(services, options);
  const imported = await readUploadedDocument(options.fileName, options.bytes);
  // The report is the unit's for the year chosen; the document's own year and name are shown beside them.
  const dataset = imported.dataset
    ? { ...imported.dataset, year, unit: { ...imported.dataset.unit, name: unit.name } }
    : null;
  return {
    ...imported,
    dataset,
    documentYear: imported.dataset?.year ?? null,
    documentUnitName: imported.dataset?.unit?.name ?? null,
  };
}
