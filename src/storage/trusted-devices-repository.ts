/**
 * Browsers where a user has signed in with the right password ("device cookies"): their sign-ins are counted on
 * their own key, so a lock made by someone else's guesses does not reach them. Only the SHA-256 of the cookie is
 * stored. A device not used for `DEVICE_MS` is forgotten; a user keeps at most `MAX_DEVICES_PER_USER`.
 * @module
 */
import type { Kysely } from "kysely";
import type { DatabaseSchema } from "./database-schema.ts";

export const DEVICE_MS = 180 * 24 * 3600_000;
export const MAX_DEVICES_PER_USER = 20;

export class TrustedDevicesRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /** The user a device cookie (by its hash) is trusted for, when it was used within DEVICE_MS. */
  async userOf(tokenHash: string, now = new Date()): Promise<string | undefined> {
    const cutoff = new Date(now.getTime() - DEVICE_MS).toISOString();
    const row = await this.db
      .selectFrom("trusted_devices")
      .select("user_id")
      .where("token_hash", "=", tokenHash)
      .where("last_used_at", ">", cutoff)
      .executeTakeFirst();
    return row?.user_id;
  }

  /** Trusts a new device for the user, dropping the user's least recently used ones beyond the cap. */
  async add(tokenHash: string, userId: string, now = new Date()): Promise<void> {
    const at = now.toISOString();
    await this.db
      .insertInto("trusted_devices")
      .values({ token_hash: tokenHash, user_id: userId, created_at: at, last_used_at: at })
      .execute();
    const kept = this.db
      .selectFrom("trusted_devices")
      .select("token_hash")
      .where("user_id", "=", userId)
      .orderBy("last_used_at", "desc")
      .orderBy("token_hash")
      .limit(MAX_DEVICES_PER_USER);
    await this.db
      .deleteFrom("trusted_devices")
      .where("user_id", "=", userId)
      .where("token_hash", "not in", kept)
      .execute();
  }

  async touch(tokenHash: string, now = new Date()): Promise<void> {
    await this.db
      .updateTable("trusted_devices")
      .set({ last_used_at: now.toISOString() })
      .where("token_hash", "=", tokenHash)
      .execute();
  }

  async hashesOf(userId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom("trusted_devices")
      .select("token_hash")
      .where("user_id", "=", userId)
      .execute();
    return rows.map((row) => row.token_hash);
  }

  /** Forgets the user's devices (after a reset by a 管理员), all but `keep` if given. */
  async forgetAllOf(userId: string, keep?: string): Promise<void> {
    let query = this.db.deleteFrom("trusted_devices").where("user_id", "=", userId);
    if (keep) query = query.where("token_hash", "!=", keep);
    await query.execute();
  }
}
