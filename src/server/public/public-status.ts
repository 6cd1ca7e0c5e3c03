/** Whether a report is public, and what the public is told of one taken down again (撤回公开). */
import type { TransitionRow } from "../../storage/database-schema.ts";

/** Published, or published once and taken down (撤回公开 leaves it 财政已通过 with its publication date). */
export function isPublicStatus(report: { status: string; published_at: string | null }): boolean {
  return report.status === "published" || (report.status === "financeApproved" && report.published_at !== null);
}

/** When and why a report was taken down: its last 撤回公开, or its last change when that is missing. */
export function withdrawalOf(report: { updated_at: string }, unpublished: TransitionRow | undefined) {
  return { at: unpublished?.at ?? report.updated_at, reason: unpublished?.comment ?? "" };
}
