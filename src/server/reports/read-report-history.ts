/**
 * The workflow log and one page of the version history of a report, newest first (`limit`, at most
 * HISTORY_PAGE_MAX; `before` a version number to page back from); `nextBefore` is where the next page starts, null on
 * the last.
 * @module
 */
import type { DatasetChange } from "../../core/dataset/dataset-diff.ts";
import type { HistoryDto } from "../dto/history-dto.ts";
import type { Services } from "../services/services.ts";
import { findReadableHead, type ReportOptions } from "./find-readable-report.ts";

/** History pages: versions per page by default and at most. */
export const HISTORY_PAGE_DEFAULT = 100;
export const HISTORY_PAGE_MAX = 500;

export async function readReportHistory(
  services: Services,
  options: ReportOptions & { limit?: number; before?: number },
): Promise<HistoryDto> {
  const head = await findReadableHead(services, options);
  const limit = Math.min(Math.max(1, options.limit ?? HISTORY_PAGE_DEFAULT), HISTORY_PAGE_MAX);
  const [{ rows, total }, transitions] = await Promise.all([
    services.reports.versionsPage(head.id, { limit, before: options.before }),
    services.reports.transitions(head.id),
  ]);
  const last = rows[rows.length - 1];
  return {
    versions: rows.reverse().map((v) => ({
      version: v.version,
      reason: v.reason,
      summary: v.summary,
      changes: JSON.parse(v.changes) as DatasetChange[],
      changedBy: v.changed_by,
      changedAt: v.changed_at,
      hasSnapshot: Boolean(v.has_snapshot),
    })),
    page: { limit, total, nextBefore: rows.length === limit && last && last.version > 1 ? last.version : null },
    transitions: transitions.map((t) => ({
      id: t.id,
      fromStatus: t.from_status,
      toStatus: t.to_status,
      action: t.action,
      actorName: t.actor_name,
      comment: t.comment,
      at: t.at,
    })),
  };
}
