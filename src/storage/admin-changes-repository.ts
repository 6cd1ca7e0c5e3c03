/** The changes only a 管理员 makes to users and units: a user's role, a unit's name. */
import { type Kysely, sql } from "kysely";
import type { DatabaseSchema, Role } from "./database-schema.ts";

export class AdminChangesRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /** Gives the user another role; returns whether the user exists. */
  async setUserRole(userId: string, role: Role): Promise<boolean> {
    const result = await this.db
      .updateTable("users")
      .set({ role, version: sql<number>`version + 1` })
      .where("id", "=", userId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Renames the unit (its id and path stay, so reports and users keep pointing at it). */
  async renameUnit(unitId: string, name: string): Promise<boolean> {
    const result = await this.db
      .updateTable("units")
      .set({ name, version: sql<number>`version + 1` })
      .where("id", "=", unitId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
