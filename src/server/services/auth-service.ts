/**
 * Signing in and out. Sessions live in the database (any server process accepts any session); the cookie carries
 * a random token whose SHA-256 is stored. A sign-in issues a new token and ends the one the browser held.
 *
 * Throttling (see docs/security.md): every attempt is counted before its password is checked, so concurrent
 * guesses see each other. An attempt from a browser where this user signed in before (its device cookie) is
 * counted on that device alone: nobody else's failures lock it. Any other attempt is counted per name from that
 * address, per address (any names), and per name from all such clients together (guesses spread over many
 * addresses). Each key that passes its limit is locked, each lock of it twice as long as the one before. So someone
 * without the password can lock a name only for themselves, or for new browsers — never the user's own browser —
 * and a 管理员 can unlock it.
 * @module
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { isoAfter, nowIso } from "../../storage/clock.ts";
import type { UnitRow, UserRow } from "../../storage/database-schema.ts";
import type { CounterLimits, LoginAttemptsRepository } from "../../storage/login-attempts-repository.ts";
import type { ReportHead } from "../../storage/reports-repository.ts";
import type { SessionsRepository } from "../../storage/sessions-repository.ts";
import type { TrustedDevicesRepository } from "../../storage/trusted-devices-repository.ts";
import type { UnitsRepository } from "../../storage/units-repository.ts";
import type { UsersRepository } from "../../storage/users-repository.ts";
import { AppError } from "../app-error.ts";
import { throttleAddressOf } from "../security/client-address.ts";
import { UNKNOWN_USER_HASH, verifyPassword } from "../security/password.ts";

export interface Actor {
  user: UserRow;
  unit: UnitRow;
  csrfToken: string;
  tokenHash: string;
  /** Public id of the session (GET /api/account/sessions). */
  sessionId: string;
}

export interface ThrottleSettings {
  windowMs: number;
  /** Attempts for one name from one address, and from one trusted device. */
  maxFailuresPerUser: number;
  /** Attempts for any names from one address (an IPv6 address by its /64). */
  maxFailuresPerAddress: number;
  /** Attempts for one name from all clients that are not its trusted devices (a guess spread over many addresses). */
  maxFailuresPerName?: number;
  /** The first lock; each further lock of a key lasts twice as long, up to maxLockMs. */
  lockMs: number;
  maxLockMs?: number;
  /** A key quiet for this long forgets its earlier locks. */
  forgetMs?: number;
}

export const DEFAULT_THROTTLE: Required<ThrottleSettings> = {
  windowMs: 15 * 60_000,
  maxFailuresPerUser: 5,
  maxFailuresPerAddress: 30,
  maxFailuresPerName: 20,
  lockMs: 5 * 60_000,
  maxLockMs: 4 * 3600_000,
  forgetMs: 24 * 3600_000,
};

export const SESSION_MS = 12 * 3600_000;

/** The browser a sign-in (or a check of the current password) comes from. */
export interface SignInClient {
  address: string;
  /** The device cookie, if the browser sent one. */
  deviceToken?: string;
  /** The session cookie the browser held before this sign-in (ended by it). */
  previousToken?: string;
  userAgent?: string;
}

type KeyKind = "device" | "pair" | "address" | "name";
type CountedKey = { key: string; kind: KeyKind; limits: CounterLimits };

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/** The throttle keys of a user name: its own, and the prefix of its per-address keys. */
export function throttleKeysOfName(username: string): { key: string; pairPrefix: string } {
  return { key: `user:${username}`, pairPrefix: `pair:${username}|` };
}

export class AuthService {
  private readonly throttle: Required<ThrottleSettings>;

  constructor(
    private readonly users: UsersRepository,
    private readonly units: UnitsRepository,
    readonly sessions: SessionsRepository,
    readonly attempts: LoginAttemptsRepository,
    readonly devices: TrustedDevicesRepository,
    throttle: ThrottleSettings = DEFAULT_THROTTLE,
  ) {
    // Settings that leave out the newer limits get their defaults.
    this.throttle = { ...DEFAULT_THROTTLE, ...throttle };
  }

  /**
   * Returns the session token (for the cookie), the CSRF token (for the page) and, for a browser not yet trusted,
   * a new device token (for its cookie); or refuses (unauthenticated, rate-limited).
   */
  async signIn(
    username: string,
    password: string,
    client: SignInClient,
  ): Promise<{ token: string; csrfToken: string; user: UserRow; newDeviceToken: string | null }> {
    const { user, trustedDevice } = await this.checkPassword(username, password, client);
    // The token the browser held (its own or another user's) ends here: a sign-in never keeps an old token alive.
    if (client.previousToken) await this.sessions.revoke(hashToken(client.previousToken));
    const token = randomBytes(32).toString("base64url");
    const csrfToken = randomBytes(24).toString("base64url");
    await this.sessions.create({
      token_hash: hashToken(token),
      id: randomUUID(),
      user_id: user.id,
      csrf_token: csrfToken,
      created_at: nowIso(),
      expires_at: isoAfter(SESSION_MS),
      address: client.address.slice(0, 100),
      user_agent: client.userAgent?.slice(0, 300) ?? null,
    });
    let newDeviceToken: string | null = null;
    if (trustedDevice) await this.devices.touch(trustedDevice);
    else {
      newDeviceToken = randomBytes(32).toString("base64url");
      await this.devices.add(hashToken(newDeviceToken), user.id);
    }
    return { token, csrfToken, user, newDeviceToken };
  }

  /**
   * Checks a name and password under the throttle (used by sign-in and by a password change, which asks for the
   * current one): the attempt is counted on each of its keys before the slow hash check; a locked key refuses it
   * (rate-limited) unchecked. Right: the attempt's counts are given back. Returns the user and, when the browser is one of
   * the user's trusted devices, that device's hash.
   */
  async checkPassword(
    username: string,
    password: string,
    client: SignInClient,
  ): Promise<{ user: UserRow; trustedDevice: string | null }> {
    const found = await this.users.findByUsername(username);
    const deviceHash = client.deviceToken ? hashToken(client.deviceToken) : null;
    const trustedDevice =
      found && deviceHash && (await this.devices.userOf(deviceHash)) === found.id ? deviceHash : null;
    const keys = this.keysOf(username, client.address, trustedDevice);

    const admitted: CountedKey[] = [];
    for (const key of keys) {
      const admission = await this.attempts.admit(key.key, key.limits);
      if (!admission.admitted) {
        // Refused unchecked: it is not a failure on the keys that let it through.
        for (const earlier of admitted) await this.attempts.refund(earlier.key);
        throw new AppError("rate-limited", lockMessage(key.kind, admission.lockedUntil));
      }
      admitted.push(key);
    }
    // The hash is checked even for an unknown name, so the answer takes as long either way.
    const ok = await verifyPassword(password, found?.password_hash ?? UNKNOWN_USER_HASH);
    if (!found || !ok || found.disabled) throw new AppError("unauthenticated", "用户名或密码不正确");
    for (const key of admitted) {
      // This client knows the password: its own counters start over; the shared ones only lose this attempt.
      if (key.kind === "device" || key.kind === "pair") await this.attempts.clear(key.key);
      else await this.attempts.refund(key.key);
    }
    return { user: found, trustedDevice };
  }

  private keysOf(username: string, address: string, trustedDevice: string | null): CountedKey[] {
    const t = this.throttle;
    const common = { windowMs: t.windowMs, lockMs: t.lockMs, maxLockMs: t.maxLockMs, forgetMs: t.forgetMs };
    const perUser = { ...common, maxFailures: t.maxFailuresPerUser };
    if (trustedDevice) return [{ key: `device:${trustedDevice}`, kind: "device", limits: perUser }];
    const where = throttleAddressOf(address);
    const name = throttleKeysOfName(username);
    return [
      { key: `${name.pairPrefix}${where}`, kind: "pair", limits: perUser },
      { key: `ip:${where}`, kind: "address", limits: { ...common, maxFailures: t.maxFailuresPerAddress } },
      { key: name.key, kind: "name", limits: { ...common, maxFailures: t.maxFailuresPerName } },
    ];
  }

  /** The signed-in user of a session token, or null (unknown, expired, signed out, disabled). */
  async actorOf(token: string): Promise<Actor | null> {
    const tokenHash = hashToken(token);
    const found = await this.sessions.findLive(tokenHash);
    if (!found) return null;
    return {
      user: found.user,
      unit: found.unit,
      csrfToken: found.session.csrf_token,
      tokenHash,
      sessionId: found.session.id,
    };
  }

  /** actorOf, and the head of report `reportId` read in the same query (see SessionsRepository). */
  async actorWithReportHead(
    token: string,
    reportId: string,
  ): Promise<{ actor: Actor | null; head: ReportHead | undefined }> {
    const tokenHash = hashToken(token);
    const { live, head } = await this.sessions.findLiveWithReportHead(tokenHash, reportId);
    if (!live) return { actor: null, head: undefined };
    return {
      actor: {
        user: live.user,
        unit: live.unit,
        csrfToken: live.session.csrf_token,
        tokenHash,
        sessionId: live.session.id,
      },
      head,
    };
  }

  async signOut(actor: Actor): Promise<void> {
    await this.sessions.revoke(actor.tokenHash);
  }
}

function lockMessage(kind: KeyKind, until: string): string {
  const time = formatLocal(until);
  switch (kind) {
    case "device":
    case "pair":
      return `登录失败次数过多，此账户从这里登录已暂时锁定，请于 ${time} 后再试，或请管理员解锁`;
    case "address":
      return `这个网络地址登录失败次数过多，已暂时锁定至 ${time}；在以前登录过的浏览器上仍可登录`;
    case "name":
      return `此账户近来在多处登录失败，未登录过的浏览器已暂时锁定至 ${time}；在以前登录过的浏览器上仍可登录，或请管理员解锁`;
  }
}

function formatLocal(iso: string): string {
  return new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });
}
