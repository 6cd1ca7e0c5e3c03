/**
 * Accounts on SQLite and PostgreSQL: changing one's own password ends the other sessions; a 管理员 resets, disables
 * and unlocks users of their subtree only; a user lists and ends their own sessions; a sign-in issues a new token
 * and ends the one the browser held. Every refusal leaves every row of the database as it was.
 */
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../src/server/security/password.ts";
import type { ApiClient, ApiResponse } from "../support/api-client.ts";
import { DIALECTS, startTestRegion, type TestRegion } from "../support/server-harness.ts";

const THROTTLE = {
  windowMs: 60_000,
  maxFailuresPerUser: 5,
  maxFailuresPerAddress: 1000,
  maxFailuresPerName: 1000,
  lockMs: 60_000,
};
const PASSWORD = "first-password-123";
const NEW_PASSWORD = "second-password-456";
const TABLES = [
  "units",
  "users",
  "sessions",
  "login_attempts",
  "trusted_devices",
  "reports",
  "report_versions",
  "comments",
  "attachments",
  "jobs",
] as const;

describe.each(DIALECTS)("accounts on %s", (dialect) => {
  let region: TestRegion;
  let admin: ApiClient;
  let unitId: string;
  let serial = 0;

  async function snapshot() {
    const db = region.services.database.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
    const result: Record<string, unknown[]> = {};
    // Rows as sorted texts, long ones by their hash (a diff then names the row without printing whole datasets).
    const text = (row: unknown) => {
      const json = JSON.stringify(row);
      return json.length > 300
        ? `${json.slice(0, 120)}… sha256:${createHash("sha256").update(json).digest("hex")}`
        : json;
    };
    for (const table of TABLES)
      result[table] = await db
        .selectFrom(table)
        .selectAll()
        .execute()
        .then((rows) => rows.map(text).sort());
    return result;
  }
  /** The attempt is refused with `status` and changes no row (but for the failure it counts, when `counted`). */
  async function refused(attempt: () => Promise<ApiResponse>, status: number, options: { counted?: boolean } = {}) {
    const before = await snapshot();
    const response = await attempt();
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    expect(response.body.error).toMatch(/[\u4e00-\u9fff]/);
    const after = await snapshot();
    if (options.counted) expect({ ...after, login_attempts: [] }).toEqual({ ...before, login_attempts: [] });
    else expect(after).toEqual(before);
    return response;
  }
  /** A fresh 填报人 of the demo filler's unit, so no case depends on another. */
  async function account() {
    const username = `account-${serial++}`;
    const user = await region.services.users.create({
      username,
      displayName: "账户测试",
      passwordHash: await hashPassword(PASSWORD),
      role: "filler",
      unitId,
    });
    return { username, id: user.id };
  }
  async function signedIn(username: string, password = PASSWORD) {
    const client = region.client();
    const response = await client.signIn(username, password);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return client;
  }

  beforeAll(async () => {
    region = await startTestRegion(dialect, { throttle: THROTTLE });
    admin = await region.signedIn("admin");
    unitId = (await region.services.users.findByUsername(region.accounts.filler?.username as string))
      ?.unit_id as string;
  }, 120_000);
  afterAll(async () => region?.close());

  describe("own password", () => {
    it("a change with the right current password ends the other sessions, keeps this one; the old password is refused", async () => {
      const { username } = await account();
      const [phone, laptop, desk] = [await signedIn(username), await signedIn(username), await signedIn(username)];
      const changed = await desk.post("/api/account/password", {
        currentPassword: PASSWORD,
        newPassword: NEW_PASSWORD,
      });
      expect(changed.status, JSON.stringify(changed.body)).toBe(200);
      expect(changed.body.endedSessions).toBe(2);
      for (const other of [phone, laptop]) expect((await other.get("/api/session")).status).toBe(401);
      expect((await desk.get("/api/session")).status).toBe(200);
      expect((await region.client().signIn(username, PASSWORD)).status).toBe(401);
      expect((await region.client().signIn(username, NEW_PASSWORD)).status).toBe(200);
    });

    it("a wrong current password, a short or unchanged new one, no CSRF token: refused, nothing changed", async () => {
      const { username } = await account();
      const client = await signedIn(username);
      const wrong = await refused(
        () => client.post("/api/account/password", { currentPassword: "not-it-at-all", newPassword: NEW_PASSWORD }),
        403,
        { counted: true },
      );
      expect(wrong.body.error).toContain("当前密码不正确");
      const counted = await region.services.database.db
        .selectFrom("login_attempts")
        .select("failures")
        .where("key", "=", `pair:${username}|unknown`)
        .executeTakeFirst();
      expect(counted?.failures).toBe(1);
      expect(
        (
          await refused(
            () => client.post("/api/account/password", { currentPassword: PASSWORD, newPassword: "short" }),
            400,
          )
        ).body.error,
      ).toContain("至少 10 位");
      await refused(
        () => client.post("/api/account/password", { currentPassword: PASSWORD, newPassword: PASSWORD }),
        400,
      );
      await refused(
        () =>
          client.request(
            "POST",
            "/api/account/password",
            { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
            { "x-csrf-token": "x" },
          ),
        403,
      );
      await refused(
        () => region.client().post("/api/account/password", { currentPassword: PASSWORD, newPassword: NEW_PASSWORD }),
        401,
      );
    });

    it("the current password cannot be guessed through a stolen session: it is throttled like a sign-in", async () => {
      const { username } = await account();
      const client = await signedIn(username);
      for (let i = 0; i < THROTTLE.maxFailuresPerUser; i++)
        expect(
          (await client.post("/api/account/password", { currentPassword: `guess-${i}`, newPassword: NEW_PASSWORD }))
            .status,
        ).toBe(403);
      // The attempt past the limit locks the key (that is its only write); later ones change nothing at all.
      await refused(
        () => client.post("/api/account/password", { currentPassword: PASSWORD, newPassword: NEW_PASSWORD }),
        429,
        { counted: true },
      );
      await refused(
        () => client.post("/api/account/password", { currentPassword: PASSWORD, newPassword: NEW_PASSWORD }),
        429,
      );
    });
  });

  describe("a 管理员's reset, disabling and unlocking", () => {
    it("a reset sets the new password and ends every session of the user", async () => {
      const { username, id } = await account();
      const session = await signedIn(username);
      const reset = await admin.post(`/api/users/${id}/password`, { newPassword: NEW_PASSWORD });
      expect(reset.status, JSON.stringify(reset.body)).toBe(200);
      expect(reset.body.endedSessions).toBe(1);
      expect((await session.get("/api/session")).status).toBe(401);
      expect((await region.client().signIn(username, PASSWORD)).status).toBe(401);
      expect((await region.client().signIn(username, NEW_PASSWORD)).status).toBe(200);
    });

    it("disabling ends the user's sessions at once and refuses sign-in; enabling lets them back", async () => {
      const { username, id } = await account();
      const session = await signedIn(username);
      const disabled = await admin.put(`/api/users/${id}/disabled`, { disabled: true });
      expect(disabled.status, JSON.stringify(disabled.body)).toBe(200);
      expect(disabled.body.endedSessions).toBe(1);
      expect((await session.get("/api/session")).status).toBe(401);
      expect((await region.client().signIn(username, PASSWORD)).status).toBe(401);
      const listed = (await admin.get("/api/users")).body.users as { id: string; disabled: boolean }[];
      expect(listed.find((u) => u.id === id)?.disabled).toBe(true);
      expect((await admin.put(`/api/users/${id}/disabled`, { disabled: false })).status).toBe(200);
      expect(
        ((await admin.get("/api/users")).body.users as { id: string; disabled: boolean }[]).find((u) => u.id === id)
          ?.disabled,
      ).toBe(false);
      expect((await region.client().signIn(username, PASSWORD)).status).toBe(200);
    });

    it("a 管理员 unlocks a locked name: the right password then signs in from the locked address", async () => {
      const { username, id } = await account();
      for (let i = 0; i < THROTTLE.maxFailuresPerUser; i++)
        expect((await region.client().signIn(username, `wrong-${i}`)).status).toBe(401);
      expect((await region.client().signIn(username, PASSWORD)).status).toBe(429);
      const locks = (await admin.get(`/api/users/${id}/sign-in-lock`)).body.locks as {
        scope: string;
        address: string | null;
        lockedUntil: string;
      }[];
      expect(locks.map((l) => [l.scope, l.address])).toEqual([["address", "unknown"]]);
      expect(Date.parse(locks[0]?.lockedUntil as string)).toBeGreaterThan(Date.now());
      const unlocked = await admin.delete(`/api/users/${id}/sign-in-lock`);
      expect(unlocked.status, JSON.stringify(unlocked.body)).toBe(200);
      expect(unlocked.body.cleared).toBeGreaterThanOrEqual(2);
      expect((await region.client().signIn(username, PASSWORD)).status).toBe(200);
      expect((await admin.get(`/api/users/${id}/sign-in-lock`)).body.locks).toEqual([]);
    });

    it("anyone but a 管理员: 403; a 管理员 of another region: 404; one's own reset or disabling: 400 — nothing changed", async () => {
      const { username, id } = await account();
      await signedIn(username);
      const adminId = (await admin.get("/api/session")).body.user.id as string;
      for (const role of ["filler", "unitReviewer", "departmentReviewer", "financeReviewer"] as const) {
        const client = await region.signedIn(role);
        await refused(() => client.post(`/api/users/${id}/password`, { newPassword: NEW_PASSWORD }), 403);
        await refused(() => client.put(`/api/users/${id}/disabled`, { disabled: true }), 403);
        await refused(() => client.delete(`/api/users/${id}/sign-in-lock`), 403);
        await refused(() => client.get(`/api/users/${id}/sign-in-lock`), 403);
      }
      // A 管理员 of the second region.
      const otherRegion = (await region.services.units.find(region.other.unitId))?.parent_id as string;
      await region.services.users.create({
        username: `other-admin-${serial++}`,
        displayName: "另一地区管理员",
        passwordHash: await hashPassword(PASSWORD),
        role: "admin",
        unitId: otherRegion,
      });
      const otherAdmin = await signedIn(`other-admin-${serial - 1}`);
      await refused(() => otherAdmin.post(`/api/users/${id}/password`, { newPassword: NEW_PASSWORD }), 404);
      await refused(() => otherAdmin.put(`/api/users/${id}/disabled`, { disabled: true }), 404);
      await refused(() => otherAdmin.delete(`/api/users/${id}/sign-in-lock`), 404);
      await refused(() => otherAdmin.get(`/api/users/${id}/sign-in-lock`), 404);
      await refused(() => admin.post("/api/users/no-such-user/password", { newPassword: NEW_PASSWORD }), 404);
      await refused(() => admin.post(`/api/users/${adminId}/password`, { newPassword: NEW_PASSWORD }), 400);
      await refused(() => admin.put(`/api/users/${adminId}/disabled`, { disabled: true }), 400);
      await refused(() => admin.post(`/api/users/${id}/password`, { newPassword: "short" }), 400);
      await refused(() => admin.put(`/api/users/${id}/disabled`, { disabled: "yes" }), 400);
    });
  });

  describe("own sessions", () => {
    it("a user lists their live sessions (the current one marked, no token or hash shown) and ends one or all the others", async () => {
      const { username } = await account();
      const [first, second, third] = [await signedIn(username), await signedIn(username), await signedIn(username)];
      const listed = await third.get("/api/account/sessions");
      expect(listed.status).toBe(200);
      const sessions = listed.body.sessions as { id: string; current: boolean; createdAt: string }[];
      expect(sessions).toHaveLength(3);
      expect(sessions.filter((s) => s.current)).toHaveLength(1);
      expect(Object.keys(sessions[0] as object).sort()).toEqual([
        "address",
        "createdAt",
        "current",
        "expiresAt",
        "id",
        "userAgent",
      ]);
      const firstId = (
        (await first.get("/api/account/sessions")).body.sessions as { id: string; current: boolean }[]
      ).find((s) => s.current)?.id as string;
      expect((await third.delete(`/api/account/sessions/${firstId}`)).status).toBe(200);
      expect((await first.get("/api/session")).status).toBe(401);
      expect((await second.get("/api/session")).status).toBe(200);
      const ended = await third.post("/api/account/sessions/end-others");
      expect(ended.body.endedSessions).toBe(1);
      expect((await second.get("/api/session")).status).toBe(401);
      expect(((await third.get("/api/account/sessions")).body.sessions as unknown[]).length).toBe(1);
    });

    it("ending another user's session by its id: 404, that session lives on", async () => {
      const { username } = await account();
      const victim = await signedIn(username);
      const victimId = ((await victim.get("/api/account/sessions")).body.sessions as { id: string }[])[0]?.id as string;
      const filler = await region.signedIn("filler");
      await refused(() => filler.delete(`/api/account/sessions/${victimId}`), 404);
      await refused(() => admin.delete(`/api/account/sessions/${victimId}`), 404);
      await refused(() => filler.delete("/api/account/sessions/%00"), 404);
      expect((await victim.get("/api/session")).status).toBe(200);
    });
  });

  it("a sign-in issues a new token and ends the one the browser held", async () => {
    const { username } = await account();
    const browser = await signedIn(username);
    const oldCookie = browser.cookie;
    expect((await browser.signIn(username, PASSWORD)).status).toBe(200);
    expect(browser.cookie).not.toBe(oldCookie);
    expect((await browser.get("/api/session")).status).toBe(200);
    const replay = region.client();
    replay.cookie = oldCookie;
    expect((await replay.get("/api/session")).status).toBe(401);
    const revoked = await region.services.database.db
      .selectFrom("sessions")
      .select("revoked_at")
      .where("user_id", "=", (await region.services.users.findByUsername(username))?.id as string)
      .execute();
    expect(revoked.filter((s) => s.revoked_at !== null)).toHaveLength(1);
  });
});
