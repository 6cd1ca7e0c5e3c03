/**
 * Replaces the indicators of one table (the department's or a project's) with the rows of an uploaded .xlsx. The
 * sheet is read and checked completely first; any bad row refuses the whole import and nothing changes.
 * @module
 */
import type { Dataset } from "../../core/dataset/schema.ts";
import { readIndicatorSheet } from "../../documents/indicator-sheet/read-indicator-sheet.ts";
import { HttpError, notFound } from "../http-error.ts";
import type { Actor } from "./auth-service.ts";
import type { ReportService, TableRef } from "./report-service.ts";

export async function importIndicatorSheet(reports: ReportService, actor: Actor, id: string, table: TableRef, expectedVersion: number, bytes: Uint8Array) {
  const { dataset } = await reports.read(actor, id);
  const sheet = await readIndicatorSheet(bytes);
  if (!sheet.ok) {
    const first = sheet.issues[0];
    throw new HttpError(422, `指标表未导入：${first?.location ?? ""} ${first?.message ?? ""}`.trim(), { issues: sheet.issues });
  }
  const next = structuredClone(dataset) as Dataset;
  const evaluation = table.kind === "department" ? next.department?.evaluation : next.projects[table.index]?.evaluation;
  if (!evaluation) throw notFound(table.kind === "department" ? "部门整体绩效自评表" : `项目 ${table.index + 1} 的绩效自评表`);
  evaluation.indicators = sheet.indicators;
  const result = await reports.replaceDataset(actor, id, expectedVersion, next, "edit");
  return { ...result, indicators: sheet.indicators.length };
}
