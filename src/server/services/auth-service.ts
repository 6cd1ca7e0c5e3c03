/**
 * Signing in and out. Sessions live in the database (any server process accepts any session); the cookie carries
 * a random token whose SHA-256 is stored. Every failed sign-in is counted per user name and per client address;
 * too many within the window lock that name or address for a while, whatever the password.
 * @module
 */
import type { ReportHead } from "../../storage/reports-repository.ts";
import { createHash, randomBytes } from "node:crypto";
import { isoAfter, nowIso } from "../../storage/clock.ts";
import type { UnitRow, UserRow } from "../../storage/database-schema.ts";
import type { SessionsRepository } from "../../storage/sessions-repository.ts";
import type { UnitsRepository } from "../../storage/units-repository.ts";
import type { UsersRepository } from "../../storage/users-repository.ts";
import { HttpError } from "../http-error.ts";
import { UNKNOWN_USER_HASH, verifyPassword } from "../security/password.ts";

export interface Actor {
  user: UserRow;
  unit: UnitRow;
  csrfToken: string;
  tokenHash: string;
}

export interface ThrottleSettings {
  windowMs: number;
  maxFailuresPerUser: number;
  maxFailuresPerAddress: number;
  lockMs: number;
}

export const DEFAULT_THROTTLE: ThrottleSettings = {
  windowMs: 15 * 60_000,
  maxFailuresPerUser: 5,
  maxFailuresPerAddress: 30,
  lockMs: 15 * 60_000,
};

const SESSION_MS = 12 * 3600_000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly units: UnitsRepository,
    private readonly sessions: SessionsRepository,
    private readonly throttle: ThrottleSettings = DEFAULT_THROTTLE,
  ) {}

  /** Returns the session token (for the cookie) and the CSRF token (for the page), or throws 401/429. */
  async signIn(username: string, password: string, address: string): Promise<{ token: string; csrfToken: string; user: UserRow }> {
    const keys = [`user:${username}`, `ip:${address}`];
    for (const key of keys) {
      const record = await this.sessions.failuresOf(key);
      if (record?.locked_until && record.locked_until > nowIso()) {
        throw new HttpError(429, `登录失败次数过多，已暂时锁定，请于 ${formatLocal(record.locked_until)} 后再试`);
      }
    }
    const user = await this.users.findByUsername(username);
    // The hash is checked even for an unknown name, so the answer takes as long either way.
    const ok = await verifyPassword(password, user?.password_hash ?? UNKNOWN_USER_HASH);
    if (!user || !ok || user.disabled) {
      await this.sessions.recordFailure(keys[0] as string, this.throttle.windowMs, this.throttle.maxFailuresPerUser, this.throttle.lockMs);
      await this.sessions.recordFailure(keys[1] as string, this.throttle.windowMs, this.throttle.maxFailuresPerAddress, this.throttle.lockMs);
      throw new HttpError(401, "用户名或密码不正确");
    }
    await this.sessions.clearFailures(keys[0] as string);
    const token = randomBytes(32).toString("base64url");
    const csrfToken = randomBytes(24).toString("base64url");
    await this.sessions.create({
      token_hash: hashToken(token),
      user_id: user.id,
      csrf_token: csrfToken,
      created_at: nowIso(),
      expires_at: isoAfter(SESSION_MS),
    });
    return { token, csrfToken, user };
  }

  /** The signed-in user of a session token, or null (unknown, expired, signed out, disabled). */
  async actorOf(token: string): Promise<Actor | null> {
    const tokenHash = hashToken(token);
    const found = await this.sessions.findLive(tokenHash);
    if (!found) return null;
    return { user: found.user, unit: found.unit, csrfToken: found.session.csrf_token, tokenHash };
  }

  /** actorOf, and the head of report `reportId` read in the same query (see SessionsRepository). */
  async actorWithReportHead(token: string, reportId: string): Promise<{ actor: Actor | null; head: ReportHead | undefined }> {
    const tokenHash = hashToken(token);
    const { live, head } = await this.sessions.findLiveWithReportHead(tokenHash, reportId);
    if (!live) return { actor: null, head: undefined };
    return { actor: { user: live.user, unit: live.unit, csrfToken: live.session.csrf_token, tokenHash }, head };
  }

  async signOut(actor: Actor): Promise<void> {
    await this.sessions.revoke(actor.tokenHash);
  }
}

function formatLocal(iso: string): string {
  return new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });
}
