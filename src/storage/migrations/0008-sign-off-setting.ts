/**
 * The region's sign-off setting: whether a unit's submission must first be signed off by its 单位负责人 (see
 * src/core/workflow/workflow.ts). Kept on the region's root unit (the 财政部门 at the top of the tree) because that
 * is the region: there is no settings table, and a rule profile is chosen per report (one region's units follow
 * several) and holds scoring rules shared by every region that uses it, so a flag there would switch the step on for
 * other regions too. One column with a default of 0 changes nothing for an existing region until a 管理员 sets it.
 * @module
 */
import type { Kysely, Migration } from "kysely";

export function signOffSettingMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable("units")
        .addColumn("sign_off_required", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable("units").dropColumn("sign_off_required").execute();
    },
  };
}
