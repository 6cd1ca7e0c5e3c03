/**
 * What a user's notifications are made of, for the units under a path: the transitions that tell the unit something
 * (returns, approvals, publication), the reports whose deadline is near or passed while the unit still holds them,
 * the reports waiting for the user's review,
 * and when the user last marked their notifications read (migration 0007). Heads only, never a dataset.
 * @module
 */
import type { Kysely } from "kysely";
import { nowIso } from "./clock.ts";
import type { DatabaseSchema, ReportStatus } from "./database-schema.ts";
import { underPath } from "./subtree.ts";

export class NotificationsRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /** The latest transitions by `actions` on reports of units under `unitPath`, not by `exceptUserId`, newest first. */
  async listTransitions(input: { unitPath: string; actions: readonly string[]; exceptUserId: string; limit: number }) {
    if (input.actions.length === 0) return [];
    return this.db
      .selectFrom("transitions")
      .innerJoin("reports", "reports.id", "transitions.report_id")
      .innerJoin("units", "units.id", "reports.unit_id")
      .leftJoin("users", "users.id", "transitions.actor_id")
      .select([
        "transitions.id",
        "transitions.report_id",
        "transitions.action",
        "transitions.comment",
        "transitions.at",
        "reports.year",
        "reports.due_at",
        "units.name as unit_name",
        "users.display_name as actor_name",
      ])
      .where(underPath("units.path", input.unitPath))
      .where("transitions.action", "in", [...input.actions])
      .where("transitions.actor_id", "<>", input.exceptUserId)
      .orderBy("transitions.at", "desc")
      .orderBy("transitions.id", "desc")
      .limit(input.limit)
      .execute();
  }

  /** Reports of units under `unitPath` in `statuses` whose deadline is before `before`, the latest deadline first. */
  async listDueBefore(input: { unitPath: string; statuses: readonly ReportStatus[]; before: string; limit: number }) {
    return this.db
      .selectFrom("reports")
      .innerJoin("units", "units.id", "reports.unit_id")
      .select(["reports.id", "reports.year", "reports.status", "reports.due_at", "units.name as unit_name"])
      .where(underPath("units.path", input.unitPath))
      .where("reports.status", "in", [...input.statuses])
      .where("reports.due_at", "is not", null)
      .where("reports.due_at", "<", input.before)
      .orderBy("reports.due_at", "desc")
      .limit(input.limit)
      .execute();
  }

  /**
   * Reports of units under `unitPath` (or of `unitId` alone) in `statuses`, with when they entered them (their latest
   * transition), the latest first: the reports waiting for the user's review.
   */
  async listAwaiting(input: { unitPath: string; unitId?: string; statuses: readonly ReportStatus[]; limit: number }) {
    if (input.statuses.length === 0) return [];
    let query = this.db
      .selectFrom("reports")
      .innerJoin("units", "units.id", "reports.unit_id")
      .select((eb) => [
        "reports.id",
        "reports.year",
        "reports.status",
        "reports.due_at",
        "reports.updated_at",
        "units.name as unit_name",
        eb
          .selectFrom("transitions")
          .select((t) => t.fn.max("transitions.at").as("at"))
          .whereRef("transitions.report_id", "=", "reports.id")
          .as("entered_at"),
      ])
      .where(underPath("units.path", input.unitPath))
      .where("reports.status", "in", [...input.statuses]);
    if (input.unitId !== undefined) query = query.where("reports.unit_id", "=", input.unitId);
    return query.orderBy("reports.updated_at", "desc").limit(input.limit).execute();
  }

  async findSeenAt(userId: string): Promise<string | null> {
    const row = await this.db
      .selectFrom("notification_reads")
      .select("seen_at")
      .where("user_id", "=", userId)
      .executeTakeFirst();
    return row?.seen_at ?? null;
  }

  /** Everything up to now is read for the user. Returns the time stored. */
  async markSeen(userId: string): Promise<string> {
    const seenAt = nowIso();
    await this.db
      .insertInto("notification_reads")
      .values({ user_id: userId, seen_at: seenAt })
      .onConflict((oc) => oc.column("user_id").doUpdateSet({ seen_at: seenAt }))
      .execute();
    return seenAt;
  }
}
