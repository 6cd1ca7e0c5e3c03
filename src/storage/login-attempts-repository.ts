/**
 * Sign-in throttling counters, in the database so every server process sees the same counts and locks. A sign-in
 * attempt is counted *before* its password is checked (`admit`), in one statement per key, so concurrent attempts
 * each see the others: with a limit of 5, of 120 simultaneous guesses 5 are checked and the rest refused. An attempt
 * whose password was right gives its count back (`refund`) or clears the key (`clear`).
 * @module
 */
import { type Kysely, sql } from "kysely";
import type { DatabaseSchema, LoginAttemptRow } from "./database-schema.ts";

export interface CounterLimits {
  /** Attempts a key may make within `windowMs` before it is locked. */
  maxFailures: number;
  windowMs: number;
  /** The first lock; each further lock of the same key lasts twice as long, up to `maxLockMs`. */
  lockMs: number;
  maxLockMs: number;
  /** A key without a new window for this long forgets its earlier locks (the next lock is `lockMs` again). */
  forgetMs: number;
}

export type Admission = { admitted: true } | { admitted: false; lockedUntil: string };

export class LoginAttemptsRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /**
   * Counts one attempt for `key` and says whether it may go on to the password check. A locked key is refused
   * without counting. An unlocked key counts the attempt (a new window, or the first attempt after a lock, starts
   * the count at 1); the attempt that goes past `maxFailures` locks the key — only one of several concurrent ones
   * does, so the lock grows once — and is refused.
   */
  async admit(key: string, limits: CounterLimits, now = new Date()): Promise<Admission> {
    const nowText = now.toISOString();
    const windowCutoff = new Date(now.getTime() - limits.windowMs).toISOString();
    const forgetCutoff = new Date(now.getTime() - limits.forgetMs).toISOString();
    await this.db
      .insertInto("login_attempts")
      .values({ key, failures: 0, window_started_at: nowText, locked_until: null, lock_count: 0 })
      .onConflict((oc) => oc.column("key").doNothing())
      .execute();
    // Every expression reads the row as it was before this statement (both dialects).
    const fresh = sql<boolean>`(window_started_at <= ${windowCutoff} or locked_until is not null)`;
    const counted = await this.db
      .updateTable("login_attempts")
      .set({
        failures: sql<number>`case when ${fresh} then 1 else failures + 1 end`,
        window_started_at: sql<string>`case when ${fresh} then ${nowText} else window_started_at end`,
        locked_until: null,
        lock_count: sql<number>`case when window_started_at <= ${forgetCutoff} then 0 else lock_count end`,
      })
      .where("key", "=", key)
      .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<=", nowText)]))
      .returning(["failures", "lock_count"])
      .executeTakeFirst();
    if (!counted) return { admitted: false, lockedUntil: await this.lockedUntil(key, nowText) };
    if (counted.failures <= limits.maxFailures) return { admitted: true };

    const lockedUntil = new Date(now.getTime() + lockDuration(limits, counted.lock_count)).toISOString();
    const locked = await this.db
      .updateTable("login_attempts")
      .set({ locked_until: lockedUntil, lock_count: sql<number>`lock_count + 1` })
      .where("key", "=", key)
      .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<=", nowText)]))
      .returning("locked_until")
      .executeTakeFirst();
    // Another attempt locked it first: that lock stands.
    return { admitted: false, lockedUntil: locked?.locked_until ?? (await this.lockedUntil(key, nowText)) };
  }

  /** Gives back the count of an attempt that turned out right (or was refused by another key). */
  async refund(key: string): Promise<void> {
    await this.db
      .updateTable("login_attempts")
      .set({ failures: sql<number>`failures - 1` })
      .where("key", "=", key)
      .where("failures", ">", 0)
      .execute();
  }

  async clear(key: string): Promise<void> {
    await this.db.deleteFrom("login_attempts").where("key", "=", key).execute();
  }

  /** Removes every key equal to one of `keys` or starting with one of `prefixes`; returns how many there were. */
  async clearMatching(keys: readonly string[], prefixes: readonly string[]): Promise<number> {
    if (keys.length === 0 && prefixes.length === 0) return 0;
    const result = await this.db
      .deleteFrom("login_attempts")
      .where((eb) =>
        eb.or([
          ...(keys.length > 0 ? [eb("key", "in", keys)] : []),
          ...prefixes.map((prefix) => eb(sql`substr(key, 1, ${prefix.length})`, "=", prefix)),
        ]),
      )
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** The keys equal to one of `keys` or starting with one of `prefixes` that are locked now. */
  async lockedMatching(
    keys: readonly string[],
    prefixes: readonly string[],
    now = new Date(),
  ): Promise<LoginAttemptRow[]> {
    if (keys.length === 0 && prefixes.length === 0) return [];
    return this.db
      .selectFrom("login_attempts")
      .selectAll()
      .where("locked_until", ">", now.toISOString())
      .where((eb) =>
        eb.or([
          ...(keys.length > 0 ? [eb("key", "in", keys)] : []),
          ...prefixes.map((prefix) => eb(sql`substr(key, 1, ${prefix.length})`, "=", prefix)),
        ]),
      )
      .orderBy("key")
      .execute();
  }

  private async lockedUntil(key: string, nowText: string): Promise<string> {
    const row = await this.db
      .selectFrom("login_attempts")
      .select("locked_until")
      .where("key", "=", key)
      .executeTakeFirst();
    return row?.locked_until && row.locked_until > nowText ? row.locked_until : nowText;
  }
}

/** lockMs × 2^(earlier locks), capped at maxLockMs. */
export function lockDuration(limits: Pick<CounterLimits, "lockMs" | "maxLockMs">, earlierLocks: number): number {
  return Math.min(limits.lockMs * 2 ** Math.min(earlierLocks, 30), limits.maxLockMs);
}
