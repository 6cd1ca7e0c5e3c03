/**
 * Sessions and login throttling, both in the database so that any server process behind a load balancer sees the
 * same sign-ins, sign-outs and lockouts.
 * @module
 */
import { type Kysely, sql } from "kysely";
import { nowIso } from "./clock.ts";
import type { DatabaseSchema, SessionRow, UnitRow, UserRow } from "./database-schema.ts";

export class SessionsRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async create(session: Omit<SessionRow, "revoked_at">): Promise<void> {
    await this.db.insertInto("sessions").values({ ...session, revoked_at: null }).execute();
  }

  /**
   * The live session of a token hash with its user and the user's unit (one query: it runs on every request), or
   * undefined when unknown, revoked or expired.
   */
  async findLive(tokenHash: string): Promise<{ session: SessionRow; user: UserRow; unit: UnitRow } | undefined> {
    const row = await this.db
      .selectFrom("sessions")
      .innerJoin("users", "users.id", "sessions.user_id")
      .innerJoin("units", "units.id", "users.unit_id")
      .selectAll("users")
      .select([
        "sessions.token_hash",
        "sessions.csrf_token",
        "sessions.created_at as session_created_at",
        "sessions.expires_at",
        "sessions.revoked_at",
        "units.parent_id as unit_parent_id",
        "units.path as unit_path",
        "units.name as unit_name",
        "units.kind as unit_kind",
        "units.code as unit_code",
        "units.version as unit_version",
        "units.created_at as unit_created_at",
      ])
      .where("sessions.token_hash", "=", tokenHash)
      .executeTakeFirst();
    if (!row || row.revoked_at !== null || row.expires_at <= nowIso() || row.disabled) return undefined;
    const { token_hash, csrf_token, session_created_at, expires_at, revoked_at, unit_parent_id, unit_path, unit_name, unit_kind, unit_code, unit_version, unit_created_at, ...user } =
      row;
    return {
      session: { token_hash, csrf_token, created_at: session_created_at, expires_at, revoked_at, user_id: user.id },
      user,
      unit: { id: user.unit_id, parent_id: unit_parent_id, path: unit_path, name: unit_name, kind: unit_kind, code: unit_code, version: unit_version, created_at: unit_created_at },
    };
  }

  async revoke(tokenHash: string): Promise<void> {
    await this.db.updateTable("sessions").set({ revoked_at: nowIso() }).where("token_hash", "=", tokenHash).execute();
  }

  async failuresOf(key: string) {
    return this.db.selectFrom("login_attempts").selectAll().where("key", "=", key).executeTakeFirst();
  }

  /**
   * Counts a failed sign-in for `key` in one atomic statement (concurrent failures each count, on both dialects):
   * the count restarts when the window has passed, and reaching `maxFailures` locks the key for `lockMs`.
   */
  async recordFailure(key: string, windowMs: number, maxFailures: number, lockMs: number): Promise<void> {
    const now = new Date();
    const nowText = now.toISOString();
    const windowCutoff = new Date(now.getTime() - windowMs).toISOString();
    const lockUntil = new Date(now.getTime() + lockMs).toISOString();
    await this.db
      .insertInto("login_attempts")
      .values({ key, failures: 0, window_started_at: nowText, locked_until: null })
      .onConflict((oc) => oc.column("key").doNothing())
      .execute();
    const inWindow = sql<boolean>`window_started_at > ${windowCutoff}`;
    const next = sql<number>`case when ${inWindow} then failures + 1 else 1 end`;
    await this.db
      .updateTable("login_attempts")
      .set({
        failures: next,
        window_started_at: sql<string>`case when ${inWindow} then window_started_at else ${nowText} end`,
        locked_until: sql<string | null>`case when ${next} >= ${maxFailures} then ${lockUntil} else locked_until end`,
      })
      .where("key", "=", key)
      .execute();
  }

  async clearFailures(key: string): Promise<void> {
    await this.db.deleteFrom("login_attempts").where("key", "=", key).execute();
  }
}
