/** Users with one role each, scoped to a unit and everything below it. */
import { randomUUID } from "node:crypto";
import { type Kysely, sql } from "kysely";
import { nowIso } from "./clock.ts";
import { underPath } from "./subtree.ts";
import type { DatabaseSchema, Role, UserRow } from "./database-schema.ts";

export interface NewUser {
  username: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  unitId: string;
}

export class UsersRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async create(user: NewUser): Promise<UserRow> {
    const row: UserRow = {
      id: randomUUID(),
      username: user.username,
      display_name: user.displayName,
      password_hash: user.passwordHash,
      role: user.role,
      unit_id: user.unitId,
      disabled: 0,
      version: 1,
      created_at: nowIso(),
    };
    await this.db.insertInto("users").values(row).execute();
    return row;
  }

  async find(id: string): Promise<UserRow | undefined> {
    return this.db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
  }

  async findByUsername(username: string): Promise<UserRow | undefined> {
    return this.db.selectFrom("users").selectAll().where("username", "=", username).executeTakeFirst();
  }

  /** Users of the units whose path starts with `unitPath`. */
  async listInSubtree(unitPath: string): Promise<(UserRow & { unit_name: string })[]> {
    return this.db
      .selectFrom("users")
      .innerJoin("units", "units.id", "users.unit_id")
      .selectAll("users")
      .select("units.name as unit_name")
      .where(underPath("units.path", unitPath))
      .orderBy("users.username")
      .execute();
  }

  /** A new password hash (a change or a reset); returns whether the user exists. */
  async setPasswordHash(id: string, passwordHash: string): Promise<boolean> {
    const result = await this.db
      .updateTable("users")
      .set({ password_hash: passwordHash, version: sql<number>`version + 1` })
      .where("id", "=", id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Disables (signing in refused, every session ended by the caller) or enables the user. */
  async setDisabled(id: string, disabled: boolean): Promise<boolean> {
    const result = await this.db
      .updateTable("users")
      .set({ disabled: disabled ? 1 : 0, version: sql<number>`version + 1` })
      .where("id", "=", id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom("users")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
