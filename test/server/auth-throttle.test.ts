/**
 * Sign-in throttling under attack, on SQLite and PostgreSQL, with clients at distinct addresses (the request's socket
 * address, as a real server sees it). Guesses sent all at once are counted before any password is checked, so the
 * right password among 120 simultaneous ones is refused once the limit is reached. Someone without the password
 * locks a name only from their own address, or for browsers the user never signed in on: the user's own browser (its
 * device cookie) still signs in. Locks grow with each round; X-Forwarded-For counts only from a trusted proxy.
 */
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/create-app.ts";
import { hashPassword } from "../../src/server/security/password.ts";
import { DIALECTS, startTestRegion, type TestRegion } from "../support/server-harness.ts";

const THROTTLE = {
  windowMs: 60_000,
  maxFailuresPerUser: 5,
  maxFailuresPerAddress: 30,
  maxFailuresPerName: 20,
  lockMs: 60_000,
  maxLockMs: 600_000,
};
const PASSWORD = "the-right-password-2";

/** A browser at one address: keeps its cookies (session and device) as a browser does. */
class Browser {
  cookies = new Map<string, string>();
  csrfToken = "";
  constructor(
    private readonly app: Hono<any>,
    readonly address: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  async request(method: string, path: string, body?: unknown) {
    const headers: Record<string, string> = { ...this.headers };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    if (this.csrfToken && method !== "GET") headers["x-csrf-token"] = this.csrfToken;
    if (body !== undefined) headers["content-type"] = "application/json";
    const env = {
      incoming: {
        socket: {
          remoteAddress: this.address,
          remotePort: 40_000,
          remoteFamily: this.address.includes(":") ? "IPv6" : "IPv4",
        },
      },
    };
    const response = await this.app.request(
      path,
      { method, headers, body: body === undefined ? undefined : JSON.stringify(body) },
      env,
    );
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const [name = "", value = ""] = pair.split("=");
      if (/Max-Age=0/i.test(cookie) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
  }

  async signIn(username: string, password: string) {
    const response = await this.request("POST", "/api/session", { username, password });
    if (response.status === 200) this.csrfToken = response.body.csrfToken;
    return response;
  }
}

describe.each(DIALECTS)("sign-in throttling on %s", (dialect) => {
  let region: TestRegion;
  let app: Hono<any>;
  let unitId: string;
  let serial = 0;

  const db = () => region.services.database.db;
  /** A fresh account for one case, so no case depends on another's counters. */
  async function account(): Promise<{ username: string; id: string }> {
    const username = `throttle-${dialect}-${serial++}`;
    const user = await region.services.users.create({
      username,
      displayName: "被攻击的账户",
      passwordHash: await hashPassword(PASSWORD),
      role: "filler",
      unitId,
    });
    return { username, id: user.id };
  }
  const sessionsOf = async (userId: string) =>
    Number(
      (
        await db()
          .selectFrom("sessions")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("user_id", "=", userId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const row = (key: string) => db().selectFrom("login_attempts").selectAll().where("key", "=", key).executeTakeFirst();
  /** Makes the key's lock run out now, as if its time had passed. */
  const expireLock = (key: string) =>
    db()
      .updateTable("login_attempts")
      .set({ locked_until: new Date(Date.now() - 1000).toISOString() })
      .where("key", "=", key)
      .execute();

  beforeAll(async () => {
    region = await startTestRegion(dialect, { throttle: THROTTLE });
    app = createApp(region.services, { transport: { trustedProxies: ["10.0.0.1"] } });
    unitId = (await region.services.users.findByUsername(region.accounts.filler?.username as string))
      ?.unit_id as string;
  }, 120_000);
  afterAll(async () => region?.close());

  it("120 simultaneous sign-ins, the right password at #100: 5 are checked, the rest refused, the right one too; no session", async () => {
    const { username, id } = await account();
    const attacker = new Browser(app, "203.0.113.7");
    const responses = await Promise.all(
      Array.from({ length: 120 }, (_, i) => attacker.signIn(username, i === 99 ? PASSWORD : `guess-${i}`)),
    );
    const statuses = responses.map((r) => r.status);
    expect(
      statuses.filter((s) => s === 401),
      JSON.stringify(statuses),
    ).toHaveLength(THROTTLE.maxFailuresPerUser);
    expect(statuses.filter((s) => s === 429)).toHaveLength(120 - THROTTLE.maxFailuresPerUser);
    expect(statuses[99]).toBe(429);
    expect(responses[99]?.body.error).toContain("锁定");
    expect(await sessionsOf(id)).toBe(0);
    const pair = await row(`pair:${username}|203.0.113.7`);
    expect(pair?.lock_count).toBe(1);
    expect(Date.parse(pair?.locked_until as string) - Date.now()).toBeGreaterThan(THROTTLE.lockMs - 10_000);
    // Only the five checked attempts count against the address and the name.
    expect((await row(`user:${username}`))?.failures).toBe(THROTTLE.maxFailuresPerUser);
  });

  it("five wrong passwords from one address lock the name there only: the user elsewhere signs in", async () => {
    const { username, id } = await account();
    const attacker = new Browser(app, "198.51.100.20");
    for (let i = 0; i < THROTTLE.maxFailuresPerUser; i++)
      expect((await attacker.signIn(username, `wrong-${i}`)).status).toBe(401);
    expect((await attacker.signIn(username, PASSWORD)).status).toBe(429);
    expect(await sessionsOf(id)).toBe(0);
    const user = new Browser(app, "192.0.2.50");
    const signedIn = await user.signIn(username, PASSWORD);
    expect(signedIn.status, JSON.stringify(signedIn.body)).toBe(200);
    expect(await sessionsOf(id)).toBe(1);
    // The attacker's address stays locked for that name, and a refused attempt writes nothing at all.
    const rows = async () => {
      const all = await Promise.all(
        (["sessions", "login_attempts", "trusted_devices", "users"] as const).map((table) =>
          db().selectFrom(table).selectAll().execute(),
        ),
      );
      return all.map((table) => table.map((r) => JSON.stringify(r)).sort());
    };
    const before = await rows();
    const again = await attacker.signIn(username, PASSWORD);
    expect(again.status).toBe(429);
    expect(again.body.error).toMatch(/锁定.*\d{4}\/\d{1,2}\/\d{1,2}/);
    expect(await rows()).toEqual(before);
  });

  it("each further lock of a key lasts twice as long as the one before (up to the cap)", async () => {
    const { username } = await account();
    const attacker = new Browser(app, "198.51.100.21");
    const key = `pair:${username}|198.51.100.21`;
    const lockedFor: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < THROTTLE.maxFailuresPerUser; i++)
        expect((await attacker.signIn(username, `wrong-${round}-${i}`)).status).toBe(401);
      expect((await attacker.signIn(username, `wrong-${round}-x`)).status).toBe(429);
      lockedFor.push(Date.parse((await row(key))?.locked_until as string) - Date.now());
      await expireLock(key);
      // Only this address's key is under test: the name's own counter (20 over all addresses) is set aside.
      await db().deleteFrom("login_attempts").where("key", "=", `user:${username}`).execute();
    }
    const minutes = lockedFor.map((ms) => Math.round(ms / 60_000));
    expect(minutes).toEqual([1, 2, 4, 8, 10]);
  });

  it("guesses from many addresses lock the name for new browsers; the user's own browser still signs in, and its wrong passwords count apart", async () => {
    const { username, id } = await account();
    const user = new Browser(app, "192.0.2.60");
    expect((await user.signIn(username, PASSWORD)).status).toBe(200);
    expect(user.cookies.has("jixiao_device")).toBe(true);
    // 20 addresses, one guess each: no pair and no address reaches its limit, the name does.
    for (let i = 0; i < THROTTLE.maxFailuresPerName; i++)
      expect((await new Browser(app, `203.0.113.${100 + i}`).signIn(username, `spread-${i}`)).status).toBe(401);
    const newcomer = await new Browser(app, "203.0.113.200").signIn(username, PASSWORD);
    expect(newcomer.status).toBe(429);
    expect(newcomer.body.error).toContain("以前登录过的浏览器上仍可登录");
    const before = await sessionsOf(id);
    const again = await user.signIn(username, PASSWORD);
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(await sessionsOf(id)).toBe(before + 1);
    // From the trusted browser, five wrong passwords lock that browser alone.
    for (let i = 0; i < THROTTLE.maxFailuresPerUser; i++)
      expect((await user.signIn(username, `typo-${i}`)).status).toBe(401);
    expect((await user.signIn(username, PASSWORD)).status).toBe(429);
    // A browser trusted for another account is no trust for this one.
    const { username: second } = await account();
    const stranger = new Browser(app, "203.0.113.201");
    expect((await stranger.signIn(second, PASSWORD)).status).toBe(200);
    expect((await stranger.signIn(username, PASSWORD)).status).toBe(429);
  });

  it("30 failures with made-up names lock that address for new browsers, not the user's own browser there", async () => {
    const { username } = await account();
    const office = "192.0.2.70";
    const user = new Browser(app, office);
    expect((await user.signIn(username, PASSWORD)).status).toBe(200);
    const sprayer = new Browser(app, office);
    for (let i = 0; i < THROTTLE.maxFailuresPerAddress; i++)
      expect((await sprayer.signIn(`nobody-${dialect}-${i}`, "x")).status).toBe(401);
    const refused = await sprayer.signIn(username, PASSWORD);
    expect(refused.status).toBe(429);
    expect(refused.body.error).toContain("网络地址");
    expect((await user.signIn(username, PASSWORD)).status).toBe(200);
  });

  it("an IPv6 client is counted by its /64: changing the last 64 bits does not give fresh guesses", async () => {
    const { username } = await account();
    for (let i = 0; i < THROTTLE.maxFailuresPerUser; i++)
      expect((await new Browser(app, `2001:db8:1:2::${i + 1}`).signIn(username, `v6-${i}`)).status).toBe(401);
    expect((await new Browser(app, "2001:db8:1:2:ffff::9").signIn(username, PASSWORD)).status).toBe(429);
    expect((await new Browser(app, "2001:db8:1:3::1").signIn(username, PASSWORD)).status).toBe(200);
  });

  it("X-Forwarded-For counts only from the trusted proxy: a client cannot pick its own address", async () => {
    const { username } = await account();
    // Direct client rotating the header: all counted under its socket address.
    for (let i = 0; i < THROTTLE.maxFailuresPerUser; i++) {
      expect(
        (await new Browser(app, "198.51.100.30", { "x-forwarded-for": `10.1.1.${i}` }).signIn(username, `xff-${i}`))
          .status,
      ).toBe(401);
    }
    expect(
      (await new Browser(app, "198.51.100.30", { "x-forwarded-for": "10.1.1.99" }).signIn(username, PASSWORD)).status,
    ).toBe(429);
    expect(await row(`pair:${username}|10.1.1.0`)).toBeUndefined();
    // Through the trusted proxy (10.0.0.1), the forwarded client address is the one counted.
    for (let i = 0; i < THROTTLE.maxFailuresPerUser; i++) {
      expect(
        (await new Browser(app, "10.0.0.1", { "x-forwarded-for": "198.51.100.31" }).signIn(username, `proxied-${i}`))
          .status,
      ).toBe(401);
    }
    expect((await row(`pair:${username}|198.51.100.31`))?.failures).toBe(THROTTLE.maxFailuresPerUser);
    expect(
      (await new Browser(app, "10.0.0.1", { "x-forwarded-for": "198.51.100.31" }).signIn(username, PASSWORD)).status,
    ).toBe(429);
    expect(
      (await new Browser(app, "10.0.0.1", { "x-forwarded-for": "198.51.100.32" }).signIn(username, PASSWORD)).status,
    ).toBe(200);
  });
});
