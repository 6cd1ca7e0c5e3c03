/**
 * Sessions and login throttling, both in the database so that any server process behind a load balancer sees the
 * same sign-ins, sign-outs and lockouts.
 * @module
 */
import { type Kysely, sql } from "kysely";
import { nowIso } from "./clock.ts";
import type { DatabaseSchema, SessionRow, UnitRow, UserRow } from "./database-schema.ts";
import type { ReportHead } from "./reports-repository.ts";
import { reusableQuery } from "./reusable-query.ts";

type LiveSession = { session: SessionRow; user: UserRow; unit: UnitRow };

export class SessionsRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async create(session: Omit<SessionRow, "revoked_at">): Promise<void> {
    await this.db.insertInto("sessions").values({ ...session, revoked_at: null }).execute();
  }

  /**
   * The live session of a token hash with its user and the user's unit (one query: it runs on every request), or
   * undefined when unknown, revoked or expired.
   */
  async findLive(tokenHash: string): Promise<LiveSession | undefined> {
    const [row] = await this.#liveSession.run(this.db, { tokenHash });
    return row ? liveSession(row) : undefined;
  }

  /**
   * The live session as findLive, and in the same query the head of report `reportId` (undefined when there is no
   * such report). Requests about one report need both; on PostgreSQL each query is a round trip, and these are most
   * of the requests. The head is not authorized here: the caller checks it against the session's unit as always.
   */
  async findLiveWithReportHead(tokenHash: string, reportId: string): Promise<{ live: LiveSession | undefined; head: ReportHead | undefined }> {
    const [row] = await this.#liveSessionWithReportHead.run(this.db, { tokenHash, reportId });
    if (!row) return { live: undefined, head: undefined };
    const head: ReportHead | undefined =
      row.head_id === null
        ? undefined
        : {
            id: row.head_id,
            unit_id: row.head_unit_id as string,
            year: row.head_year as number,
            status: row.head_status as ReportHead["status"],
            profile_id: row.head_profile_id as string,
            version: row.head_version as number,
            budget_fen: row.head_budget_fen,
            executed_fen: row.head_executed_fen,
            audit_key: row.head_audit_key as string,
            audit_version: row.head_audit_version as number,
            due_at: row.head_due_at,
            submitted_at: row.head_submitted_at,
            published_at: row.head_published_at,
            created_at: row.head_created_at as string,
            updated_at: row.head_updated_at as string,
            updated_by: row.head_updated_by,
            unit_path: row.head_unit_path as string,
            unit_name: row.head_unit_name as string,
          };
    return { live: liveSession(row), head };
  }

  readonly #liveSession = reusableQuery<"tokenHash", SessionQueryRow>((value) => this.liveSessionQuery(value("tokenHash")));

  readonly #liveSessionWithReportHead = reusableQuery((value: (name: "tokenHash" | "reportId") => string) =>
    this.liveSessionQuery(value("tokenHash"))
      .leftJoin("reports", (join) => join.on("reports.id", "=", value("reportId")))
      .leftJoin("units as report_units", "report_units.id", "reports.unit_id")
      .select([
        "reports.id as head_id",
        "reports.unit_id as head_unit_id",
        "reports.year as head_year",
        "reports.status as head_status",
        "reports.profile_id as head_profile_id",
        "reports.version as head_version",
        "reports.budget_fen as head_budget_fen",
        "reports.executed_fen as head_executed_fen",
        "reports.audit_key as head_audit_key",
        "reports.audit_version as head_audit_version",
        "reports.due_at as head_due_at",
        "reports.submitted_at as head_submitted_at",
        "reports.published_at as head_published_at",
        "reports.created_at as head_created_at",
        "reports.updated_at as head_updated_at",
        "reports.updated_by as head_updated_by",
        "report_units.path as head_unit_path",
        "report_units.name as head_unit_name",
      ]),
  );

  private liveSessionQuery(tokenHash: string) {
    return this.db
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
      .where("sessions.token_hash", "=", tokenHash);
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

type SessionQueryRow = UserRow & {
  token_hash: string;
  csrf_token: string;
  session_created_at: string;
  expires_at: string;
  revoked_at: string | null;
  unit_parent_id: string | null;
  unit_path: string;
  unit_name: string;
  unit_kind: UnitRow["kind"];
  unit_code: string | null;
  unit_version: number;
  unit_created_at: string;
};

/** The session, user and unit of a row, or undefined when the session is revoked or expired or the user disabled. */
function liveSession(row: SessionQueryRow): LiveSession | undefined {
  if (row.revoked_at !== null || row.expires_at <= nowIso() || row.disabled) return undefined;
  return {
    session: { token_hash: row.token_hash, csrf_token: row.csrf_token, created_at: row.session_created_at, expires_at: row.expires_at, revoked_at: row.revoked_at, user_id: row.id },
    user: {
      id: row.id,
      unit_id: row.unit_id,
      username: row.username,
      display_name: row.display_name,
      password_hash: row.password_hash,
      role: row.role,
      disabled: row.disabled,
      version: row.version,
      created_at: row.created_at,
    },
    unit: { id: row.unit_id, parent_id: row.unit_parent_id, path: row.unit_path, name: row.unit_name, kind: row.unit_kind, code: row.unit_code, version: row.unit_version, created_at: row.unit_created_at },
  };
}
