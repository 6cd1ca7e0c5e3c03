/**
 * Year deadlines and notification marks (issue 15): the 截止日期 a reviewer or 管理员 set for a year over a unit's
 * subtree, kept so that a report started later for that year gets it too; and, per user, when they last looked at
 * their notifications (what came after is unread). Numbered 0007: 0005 and 0006 belong to another branch.
 * @module
 */
import type { Kysely, Migration } from "kysely";

export function deadlinesNotificationsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("year_deadlines")
        .addColumn("unit_id", "text", (c) => c.notNull().references("units.id"))
        .addColumn("year", "integer", (c) => c.notNull())
        .addColumn("due_at", "text", (c) => c.notNull())
        .addColumn("set_by", "text", (c) => c.notNull().references("users.id"))
        .addColumn("set_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("year_deadlines_pk", ["unit_id", "year"])
        .execute();
      await db.schema
        .createTable("notification_reads")
        .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id"))
        .addColumn("seen_at", "text", (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("notification_reads").execute();
      await db.schema.dropTable("year_deadlines").execute();
    },
  };
}
