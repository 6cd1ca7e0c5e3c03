/**
 * Sessions, in the database so that any server process behind a load balancer sees the same sign-ins and
 * sign-outs (login throttling is in login-attempts-repository.ts).
 * @module
 */
import type { Kysely } from "kysely";
import { nowIso } from "./clock.ts";
import type { DatabaseSchema, SessionRow, UnitRow, UserRow } from "./database-schema.ts";
import type { ReportHead } from "./reports-repository.ts";
import { reusableQuery } from "./reusable-query.ts";

type LiveSession = { session: SessionRow; user: UserRow; unit: UnitRow };

export class SessionsRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async create(session: Omit<SessionRow, "revoked_at">): Promise<void> {
    await this.db
      .insertInto("sessions")
      .values({ ...session, revoked_at: null })
      .execute();
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
  async findLiveWithReportHead(
    tokenHash: string,
    reportId: string,
  ): Promise<{ live: LiveSession | undefined; head: ReportHead | undefined }> {
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

  readonly #liveSession = reusableQuery<"tokenHash", SessionQueryRow>((value) =>
    this.liveSessionQuery(value("tokenHash")),
  );

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
        "sessions.id as session_id",
        "sessions.address as session_address",
        "sessions.user_agent as session_user_agent",
        "units.parent_id as unit_parent_id",
        "units.path as unit_path",
        "units.name as unit_name",
        "units.kind as unit_kind",
        "units.code as unit_code",
        "units.version as unit_version",
        "units.created_at as unit_created_at",
        "units.sign_off_required as unit_sign_off_required",
      ])
      .where("sessions.token_hash", "=", tokenHash);
  }

  async revoke(tokenHash: string): Promise<void> {
    await this.db.updateTable("sessions").set({ revoked_at: nowIso() }).where("token_hash", "=", tokenHash).execute();
  }

  /** The live (not revoked, not expired) sessions of a user, newest first. */
  async listLiveOf(userId: string): Promise<SessionRow[]> {
    return this.db
      .selectFrom("sessions")
      .selectAll()
      .where("user_id", "=", userId)
      .where("revoked_at", "is", null)
      .where("expires_at", ">", nowIso())
      .orderBy("created_at", "desc")
      .orderBy("id")
      .execute();
  }

  /** Ends the live session `id` if it is the user's; says whether there was one. */
  async revokeOwn(userId: string, id: string): Promise<boolean> {
    const result = await this.db
      .updateTable("sessions")
      .set({ revoked_at: nowIso() })
      .where("id", "=", id)
      .where("user_id", "=", userId)
      .where("revoked_at", "is", null)
      .where("expires_at", ">", nowIso())
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Ends every live session of the user, but the one of `exceptTokenHash` if given; returns how many ended. */
  async revokeAllOf(userId: string, exceptTokenHash?: string): Promise<number> {
    let query = this.db
      .updateTable("sessions")
      .set({ revoked_at: nowIso() })
      .where("user_id", "=", userId)
      .where("revoked_at", "is", null)
      .where("expires_at", ">", nowIso());
    if (exceptTokenHash) query = query.where("token_hash", "!=", exceptTokenHash);
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows);
  }
}

type SessionQueryRow = UserRow & {
  token_hash: string;
  csrf_token: string;
  session_created_at: string;
  expires_at: string;
  revoked_at: string | null;
  session_id: string;
  session_address: string | null;
  session_user_agent: string | null;
  unit_parent_id: string | null;
  unit_path: string;
  unit_name: string;
  unit_kind: UnitRow["kind"];
  unit_code: string | null;
  unit_version: number;
  unit_sign_off_required: number;
  unit_created_at: string;
};

/** The session, user and unit of a row, or undefined when the session is revoked or expired or the user disabled. */
function liveSession(row: SessionQueryRow): LiveSession | undefined {
  if (row.revoked_at !== null || row.expires_at <= nowIso() || row.disabled) return undefined;
  return {
    session: {
      token_hash: row.token_hash,
      csrf_token: row.csrf_token,
      created_at: row.session_created_at,
      expires_at: row.expires_at,
      revoked_at: row.revoked_at,
      user_id: row.id,
      id: row.session_id,
      address: row.session_address,
      user_agent: row.session_user_agent,
    },
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
    unit: {
      id: row.unit_id,
      parent_id: row.unit_parent_id,
      path: row.unit_path,
      name: row.unit_name,
      kind: row.unit_kind,
      code: row.unit_code,
      version: row.unit_version,
      created_at: row.unit_created_at,
      sign_off_required: row.unit_sign_off_required,
    },
  };
}
