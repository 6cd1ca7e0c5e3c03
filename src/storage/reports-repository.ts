/**
 * Unit-year reports with everything that hangs off them: the version history (a snapshot of the whole dataset at
 * creation, import, restore and every workflow transition, and for an ordinary edit only what changed — any version
 * is rebuilt from the nearest snapshot before it, see versionsForReplay), workflow transitions and comments. Every
 * write names the version it was based on; a write based on an older version changes nothing and says so.
 * @module
 */
import { randomUUID } from "node:crypto";
import { type Kysely, sql, type Transaction } from "kysely";
import type { DatasetChange } from "../core/dataset/dataset-diff.ts";
import { EDITABLE_STATUSES, SUBMISSION_ACTION_IDS } from "../core/workflow/workflow.ts";
import { isoAfter, nowIso } from "./clock.ts";
import type { Dialect } from "./open-database.ts";
import { underPath } from "./subtree.ts";
import type {
  CommentRow,
  DatabaseSchema,
  ReportRow,
  ReportStatus,
  ReportVersionRow,
  TransitionRow,
} from "./database-schema.ts";

type Executor = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/**
 * The figures of an audit the summary shows (see auditFiguresOf), stored in the report's summary columns with the
 * audit itself.
 */
export interface AuditFigures {
  totalScore: string | null;
  totalShown: string | null;
  grade: string | null;
  executionRate: string | null;
  executionRateShown: string | null;
  errorCount: number;
  warningCount: number;
  infoCount: number;
}

/** What is derived from a dataset and stored beside it (see derivedColumns). */
export interface DerivedColumns {
  budgetFen: number | null;
  executedFen: number | null;
  audit: string;
  auditKey: string;
  figures: AuditFigures;
}

/** The summary columns (migration 0004) of a report's row. */
type FigureColumn =
  | "total_score"
  | "total_shown"
  | "grade"
  | "execution_rate"
  | "execution_rate_shown"
  | "error_count"
  | "warning_count"
  | "info_count";

function figureColumns(figures: AuditFigures): Pick<ReportRow, FigureColumn> {
  return {
    total_score: figures.totalScore,
    total_shown: figures.totalShown,
    grade: figures.grade,
    execution_rate: figures.executionRate,
    execution_rate_shown: figures.executionRateShown,
    error_count: figures.errorCount,
    warning_count: figures.warningCount,
    info_count: figures.infoCount,
  };
}

/**
 * One report as the regional summary, the dashboard and the review queue read it: head and summary columns only,
 * named as the summary's rows name them, with whether the stored audit lags (computed in the query).
 */
export interface SummaryReportRow {
  reportId: string;
  unitId: string;
  unitName: string;
  year: number;
  status: ReportStatus;
  dueAt: string | null;
  submittedAt: string | null;
  /** Exact ("99.825"). */
  totalScore: string | null;
  /** As the documents print it ("99.83"). */
  totalScoreShown: string | null;
  grade: string | null;
  /** In percent, exact ("98.2534…"). */
  executionRate: string | null;
  /** As printed ("98.25%", "—" for a zero budget). */
  executionRateShown: string | null;
  errors: number;
  warnings: number;
  budgetFen: number | null;
  executedFen: number | null;
  /** Bumped by every write of the report (see summaryStamp). */
  revision: number;
  /** 1/0 on SQLite, true/false on PostgreSQL. */
  auditStale: boolean | number;
}

/** Which reports of a subtree a summary lists. */
export interface SummaryFilter {
  year?: number;
  statuses?: readonly ReportStatus[];
  /** Only these reports (of those the other conditions pick). */
  ids?: readonly string[];
}

/** A report's id and revision, for a summary kept in memory to know which of its rows changed. */
export interface SummaryRevision {
  reportId: string;
  revision: number;
}

export interface ReportWrite extends Partial<DerivedColumns> {
  dataset: string;
  /** For an edit: what changed (kept instead of a full copy). Absent: the version keeps the whole dataset. */
  changes?: DatasetChange[];
  /** Why this version exists: "edit", "import", "restore", "submit"… */
  reason: string;
  summary: string;
  /** Who wrote it; null for the system (demo data, migrations). */
  userId: string | null;
}

/** A report without its dataset and audit texts, with its unit's path (to authorize) and name. */
export type ReportHead = Omit<
  ReportRow,
  "dataset" | "audit" | FigureColumn | "audit_claimed_by" | "audit_claimed_until" | "revision"
> & { unit_path: string; unit_name: string };

/** A write refused because the report moved on since the writer read it. */
export class StaleVersionError extends Error {
  constructor(
    readonly expected: number,
    readonly current: number,
  ) {
    super(`报表已被他人修改（您基于第 ${expected} 版，当前为第 ${current} 版），请刷新后再改`);
  }
}

export class ReportsRepository {
  constructor(
    private readonly db: Kysely<DatabaseSchema>,
    private readonly dialect: Dialect,
  ) {}

  async create(
    input: { unitId: string; year: number; profileId: string; dueAt?: string | null } & ReportWrite & DerivedColumns,
  ): Promise<ReportRow> {
    const now = nowIso();
    const row: ReportRow = {
      id: randomUUID(),
      unit_id: input.unitId,
      year: input.year,
      status: "draft",
      profile_id: input.profileId,
      dataset: input.dataset,
      version: 1,
      budget_fen: input.budgetFen,
      executed_fen: input.executedFen,
      audit: input.audit,
      audit_key: input.auditKey,
      audit_version: 1,
      ...figureColumns(input.figures),
      audit_claimed_by: null,
      audit_claimed_until: null,
      revision: 0,
      due_at: input.dueAt ?? null,
      submitted_at: null,
      published_at: null,
      created_at: now,
      updated_at: now,
      updated_by: input.userId,
    };
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto("reports").values(row).execute();
      await insertVersion(trx, row.id, 1, input);
    });
    return row;
  }

  /**
   * Stores the audit (and the figures derived with it, the summary columns among them) of `version`, if the report
   * is still at that version. Returns whether it was stored.
   */
  async storeAudit(id: string, version: number, derived: DerivedColumns): Promise<boolean> {
    const result = await this.db
      .updateTable("reports")
      .set({
        audit: derived.audit,
        audit_key: derived.auditKey,
        audit_version: version,
        budget_fen: derived.budgetFen,
        executed_fen: derived.executedFen,
        ...figureColumns(derived.figures),
        revision: nextRevision,
      })
      .where("id", "=", id)
      .where("version", "=", version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /**
   * Claims for `worker`, until `lockMs` from now, up to `limit` reports whose stored audit is not that of their
   * current version under the current profile and checks (`keys`: the audit key each profile id must have), and
   * that no other worker holds; returns them with their datasets. A report whose audit lags only because it was
   * edited less than `editGraceMs` ago is left to the process that saved the edit (its AuditRefresher has it in
   * hand); one whose key differs (a changed profile or check catalogue) is taken at once. On PostgreSQL the rows are
   * picked FOR UPDATE SKIP LOCKED, so workers claiming at the same moment take different reports; SQLite has one
   * writer at a time.
   */
  async claimStaleAudits(input: {
    worker: string;
    keys: AuditKeys;
    limit: number;
    lockMs: number;
    editGraceMs: number;
  }) {
    const now = nowIso();
    const editedBefore = isoAfter(-input.editGraceMs);
    let candidates = this.db
      .selectFrom("reports")
      .select("id")
      .where((eb) =>
        eb.or([
          eb.and([eb("audit_version", "<>", eb.ref("version")), eb("updated_at", "<", editedBefore)]),
          staleKey(input.keys),
        ]),
      )
      .where((eb) => eb.or([eb("audit_claimed_until", "is", null), eb("audit_claimed_until", "<", now)]))
      .orderBy("updated_at")
      .limit(input.limit);
    if (this.dialect === "postgres") candidates = candidates.forUpdate().skipLocked();
    return this.db
      .updateTable("reports")
      .set({ audit_claimed_by: input.worker, audit_claimed_until: isoAfter(input.lockMs) })
      .where("id", "in", candidates)
      .where((eb) => eb.or([eb("audit_claimed_until", "is", null), eb("audit_claimed_until", "<", now)]))
      .returning(["id", "version", "profile_id", "dataset"])
      .execute();
  }

  /** Lets go of the reports `worker` claimed (their audits are stored, or were of a version no longer current). */
  async releaseAuditClaims(worker: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .updateTable("reports")
      .set({ audit_claimed_by: null, audit_claimed_until: null })
      .where("id", "in", [...ids])
      .where("audit_claimed_by", "=", worker)
      .execute();
  }

  /** How many reports' stored audits are not those of their current version under the current profiles. */
  async countStaleAudits(keys: AuditKeys): Promise<number> {
    const row = await this.db
      .selectFrom("reports")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where((eb) => eb.or([eb("audit_version", "<>", eb.ref("version")), staleKey(keys)]))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /**
   * The report without its dataset and audit texts, with its unit's path and name (one query): enough to authorize
   * a read and to know its version.
   */
  async findHead(id: string): Promise<ReportHead | undefined> {
    return this.db
      .selectFrom("reports")
      .innerJoin("units", "units.id", "reports.unit_id")
      .select([
        "reports.id",
        "reports.unit_id",
        "reports.year",
        "reports.status",
        "reports.profile_id",
        "reports.version",
        "reports.budget_fen",
        "reports.executed_fen",
        "reports.audit_key",
        "reports.audit_version",
        "reports.due_at",
        "reports.submitted_at",
        "reports.published_at",
        "reports.created_at",
        "reports.updated_at",
        "reports.updated_by",
        "units.path as unit_path",
        "units.name as unit_name",
      ])
      .where("reports.id", "=", id)
      .executeTakeFirst();
  }

  /** The heads (id, year, status, unit path and name) of the reports `ids` that exist, without their texts. */
  async listHeads(ids: readonly string[]) {
    if (ids.length === 0) return [];
    return this.db
      .selectFrom("reports")
      .innerJoin("units", "units.id", "reports.unit_id")
      .select(["reports.id", "reports.year", "reports.status", "units.path as unit_path", "units.name as unit_name"])
      .where("reports.id", "in", [...ids])
      .execute();
  }

  /** The dataset text of the report if it is still at `version` (an edit's base), without the other columns. */
  async datasetAt(id: string, version: number): Promise<string | undefined> {
    const row = await this.db
      .selectFrom("reports")
      .select("dataset")
      .where("id", "=", id)
      .where("version", "=", version)
      .executeTakeFirst();
    return row?.dataset;
  }

  /** The stored audit's text if it is still that of `auditVersion` under `auditKey`, without the other columns. */
  async auditAt(id: string, auditVersion: number, auditKey: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom("reports")
      .select("audit")
      .where("id", "=", id)
      .where("audit_version", "=", auditVersion)
      .where("audit_key", "=", auditKey)
      .executeTakeFirst();
    return row?.audit;
  }

  /** What the audit refresher needs: the dataset and versions, not the (large) stored audit. */
  async findForAudit(
    id: string,
  ): Promise<Pick<ReportRow, "id" | "version" | "audit_version" | "profile_id" | "dataset"> | undefined> {
    return this.db
      .selectFrom("reports")
      .select(["id", "version", "audit_version", "profile_id", "dataset"])
      .where("id", "=", id)
      .executeTakeFirst();
  }

  /**
   * What a document job reads of a report, in one query: its dataset and stored audit with the versions and key that
   * say whether the audit is of this version under the current profile, and its unit's name.
   */
  async findForDocuments(id: string) {
    return this.db
      .selectFrom("reports")
      .innerJoin("units", "units.id", "reports.unit_id")
      .select([
        "reports.id",
        "reports.version",
        "reports.profile_id",
        "reports.dataset",
        "reports.audit",
        "reports.audit_version",
        "reports.audit_key",
        "units.name as unit_name",
      ])
      .where("reports.id", "=", id)
      .executeTakeFirst();
  }

  async find(id: string): Promise<ReportRow | undefined> {
    return this.db.selectFrom("reports").selectAll().where("id", "=", id).executeTakeFirst();
  }

  async findByUnitYear(unitId: string, year: number): Promise<ReportRow | undefined> {
    return this.db
      .selectFrom("reports")
      .selectAll()
      .where("unit_id", "=", unitId)
      .where("year", "=", year)
      .executeTakeFirst();
  }

  /** Reports of the units under `unitPath` (optionally one year, optionally some statuses), without their datasets. */
  async listInSubtree(unitPath: string, filter: { year?: number; statuses?: ReportStatus[] } = {}) {
    let query = this.db
      .selectFrom("reports")
      .innerJoin("units", "units.id", "reports.unit_id")
      .select([
        "reports.id",
        "reports.unit_id",
        "units.name as unit_name",
        "reports.year",
        "reports.status",
        "reports.profile_id",
        "reports.version",
        "reports.budget_fen",
        "reports.executed_fen",
        "reports.due_at",
        "reports.submitted_at",
        "reports.published_at",
        "reports.updated_at",
      ])
      .where(underPath("units.path", unitPath));
    if (filter.year !== undefined) query = query.where("reports.year", "=", filter.year);
    if (filter.statuses) query = query.where("reports.status", "in", filter.statuses);
    return query.orderBy("units.path").orderBy("reports.year", "desc").execute();
  }

  /**
   * The summary rows of the reports of the units under `unitPath` (optionally one year, optionally some statuses, or
   * only the reports `ids`), in the order of the unit tree: head and summary columns only, never a dataset or audit
   * text, with each report's revision and whether its stored audit lags its version or its profile's `keys` (so that
   * no row needs work of its own afterwards).
   */
  async listSummaryRows(unitPath: string, keys: AuditKeys, filter: SummaryFilter = {}): Promise<SummaryReportRow[]> {
    let query = this.#summaryQuery(unitPath, filter)
      .select([
        "reports.id as reportId",
        "reports.unit_id as unitId",
        "units.name as unitName",
        "reports.year",
        "reports.status",
        "reports.due_at as dueAt",
        "reports.submitted_at as submittedAt",
        "reports.total_score as totalScore",
        "reports.total_shown as totalScoreShown",
        "reports.grade",
        "reports.execution_rate as executionRate",
        "reports.execution_rate_shown as executionRateShown",
        "reports.error_count as errors",
        "reports.warning_count as warnings",
        "reports.budget_fen as budgetFen",
        "reports.executed_fen as executedFen",
        "reports.revision",
      ])
      .select((eb) =>
        eb.or([eb("reports.audit_version", "<>", eb.ref("reports.version")), staleKey(keys)]).as("auditStale"),
      );
    if (filter.ids) query = query.where("reports.id", "in", [...filter.ids]);
    return query.orderBy(this.#unitPath()).orderBy("reports.year", "desc").execute();
  }

  /**
   * The id and revision of each report listSummaryRows would list (in no order): what tells a summary kept in memory
   * which of its rows to read again.
   */
  async listSummaryRevisions(unitPath: string, filter: SummaryFilter = {}): Promise<SummaryRevision[]> {
    return this.#summaryQuery(unitPath, filter).select(["reports.id as reportId", "reports.revision"]).execute();
  }

  #summaryQuery(unitPath: string, filter: SummaryFilter) {
    let query = this.db
      .selectFrom("units")
      .innerJoin("reports", "reports.unit_id", "units.id")
      .where(this.#inSubtree(unitPath));
    if (filter.year !== undefined) query = query.where("reports.year", "=", filter.year);
    if (filter.statuses) query = query.where("reports.status", "in", [...filter.statuses]);
    return query;
  }

  /**
   * What changes whenever any report under `unitPath` changes: how many there are and the sum of their revisions
   * (every write of a report bumps its revision; reports are never deleted and units never move, so the pair only
   * grows). A summary of the subtree built after reading the stamp is current for as long as the stamp is the same.
   */
  async summaryStamp(unitPath: string): Promise<string> {
    const row = await this.db
      .selectFrom("units")
      .innerJoin("reports", "reports.unit_id", "units.id")
      .select((eb) => [
        eb.fn.countAll<number | string>().as("n"),
        eb.fn.sum<number | string | null>("reports.revision").as("revisions"),
      ])
      .where(this.#inSubtree(unitPath))
      .executeTakeFirstOrThrow();
    return `${Number(row.n)}:${Number(row.revisions ?? 0)}`;
  }

  /**
   * The units at `unitPath` and below as a range of paths ("/a/b/" up to "/a/b0", "0" being the character after
   * "/"), compared byte by byte, which an index answers: on PostgreSQL units_path_bytes (collation "C"), on SQLite
   * the unique index of units.path (BINARY); the report columns come from reports_summary there (a covering index).
   */
  #inSubtree(unitPath: string) {
    const end = `${unitPath.slice(0, -1)}0`;
    const path = this.#unitPath();
    return sql<boolean>`${path} >= ${unitPath} and ${path} < ${end}`;
  }

  #unitPath() {
    return this.dialect === "postgres" ? sql`units.path collate "C"` : sql`units.path`;
  }

  /**
   * Replaces the dataset if the report is still at `expectedVersion` and in a status the unit edits (a submitted,
   * reviewed or published report is never changed in place, whatever the caller checked); records the new version.
   * Returns the new version number; throws StaleVersionError when someone else wrote first.
   */
  async writeDataset(id: string, expectedVersion: number, write: ReportWrite): Promise<number> {
    const next = expectedVersion + 1;
    const changes = {
      dataset: write.dataset,
      // Derived columns only when the writer made them; otherwise they stay those of an earlier version until the
      // audit refresher stores the new ones.
      ...(write.audit !== undefined && write.auditKey !== undefined && write.figures !== undefined
        ? {
            audit: write.audit,
            audit_key: write.auditKey,
            audit_version: next,
            budget_fen: write.budgetFen ?? null,
            executed_fen: write.executedFen ?? null,
            ...figureColumns(write.figures),
          }
        : {}),
      version: next,
      revision: nextRevision,
      updated_at: nowIso(),
      updated_by: write.userId,
    };
    if (this.dialect === "postgres") {
      // One statement instead of BEGIN, UPDATE, INSERT, COMMIT: on PostgreSQL each is a round trip, and a statement
      // is atomic by itself. The version row is inserted only if the conditional update changed the report.
      const saved = await this.db
        .with("updated", (db) =>
          db
            .updateTable("reports")
            .set(changes)
            .where("id", "=", id)
            .where("version", "=", expectedVersion)
            .where("status", "in", EDITABLE_STATUSES)
            .returning("id"),
        )
        .insertInto("report_versions")
        .columns(["report_id", "version", "reason", "dataset", "changes", "changed_by", "changed_at", "summary"])
        .expression((eb) => eb.selectFrom("updated").select(["id", ...versionValues(next, write)]))
        .executeTakeFirst();
      if (Number(saved.numInsertedOrUpdatedRows ?? 0) !== 1) throw await staleError(this.db, id, expectedVersion);
      return next;
    }
    return this.db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable("reports")
        .set(changes)
        .where("id", "=", id)
        .where("version", "=", expectedVersion)
        .where("status", "in", EDITABLE_STATUSES)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw await staleError(trx, id, expectedVersion);
      await insertVersion(trx, id, next, write);
      return next;
    });
  }

  /** Sets (or clears) the report's deadline; not a new version (the dataset and status are untouched). */
  async setDueAt(id: string, dueAt: string | null, userId: string): Promise<void> {
    await this.db
      .updateTable("reports")
      .set({ due_at: dueAt, revision: nextRevision, updated_at: nowIso(), updated_by: userId })
      .where("id", "=", id)
      .execute();
  }

  /** Moves the report from one status to another (if it is still at `expectedVersion`) and logs who, when and why. */
  async transition(input: {
    id: string;
    expectedVersion: number;
    from: ReportStatus;
    to: ReportStatus;
    action: string;
    actorId: string;
    comment: string;
  }): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const now = nowIso();
      const next = input.expectedVersion + 1;
      const result = await trx
        .updateTable("reports")
        .set({
          status: input.to,
          version: next,
          // The dataset does not change in a transition: an audit that was current stays current.
          audit_version: sql<number>`case when audit_version = ${input.expectedVersion} then ${next} else audit_version end`,
          revision: nextRevision,
          updated_at: now,
          updated_by: input.actorId,
          // Handed to the 单位负责人, the report shows when the 填报人 submitted it; signed off, when it left the unit
          // (that is the 报送 a deadline is about).
          ...(input.to === "submitted" || input.to === "signOffPending" ? { submitted_at: now } : {}),
          ...(input.to === "published" ? { published_at: now } : {}),
        })
        .where("id", "=", input.id)
        .where("version", "=", input.expectedVersion)
        .where("status", "=", input.from)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw await staleError(trx, input.id, input.expectedVersion);
      await trx
        .insertInto("transitions")
        .values({
          report_id: input.id,
          from_status: input.from,
          to_status: input.to,
          action: input.action,
          actor_id: input.actorId,
          comment: input.comment,
          at: now,
        })
        .execute();
      // The dataset as it stood at the transition, so that reviewers can compare one submission with the next.
      const current = await trx
        .selectFrom("reports")
        .select("dataset")
        .where("id", "=", input.id)
        .executeTakeFirstOrThrow();
      await insertVersion(trx, input.id, next, {
        dataset: current.dataset,
        reason: input.action,
        summary: input.comment,
        userId: input.actorId,
      });
      return next;
    });
  }

  /**
   * One page of the version history, newest first: at most `limit` versions below `before` (all when absent), and
   * how many versions the report has in all. The changes of thousands of autosaves are never sent at once.
   */
  async versionsPage(id: string, page: { limit: number; before?: number }) {
    let query = this.db
      .selectFrom("report_versions")
      .select(["id", "report_id", "version", "reason", "changes", "changed_by", "changed_at", "summary"])
      .select((eb) => eb("dataset", "is not", null).as("has_snapshot"))
      .where("report_id", "=", id);
    if (page.before !== undefined) query = query.where("version", "<", page.before);
    const [rows, total] = await Promise.all([
      query.orderBy("version", "desc").limit(page.limit).execute(),
      this.db
        .selectFrom("report_versions")
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .where("report_id", "=", id)
        .executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(total.n) };
  }

  /** The version numbers of the report's submissions, in order (what a reviewer compares by default). */
  async submittedVersions(id: string): Promise<number[]> {
    const rows = await this.db
      .selectFrom("report_versions")
      .select("version")
      .where("report_id", "=", id)
      .where("reason", "in", SUBMISSION_ACTION_IDS)
      .orderBy("version")
      .execute();
    return rows.map((row) => row.version);
  }

  /** The latest transition of the report into `status` (e.g. its last submission: which status it came from). */
  async lastTransitionInto(id: string, status: ReportStatus): Promise<TransitionRow | undefined> {
    return this.db
      .selectFrom("transitions")
      .selectAll()
      .where("report_id", "=", id)
      .where("to_status", "=", status)
      .orderBy("id", "desc")
      .limit(1)
      .executeTakeFirst();
  }

  /** The latest transition of each report by `action` (e.g. why and when each was taken down). */
  async lastTransitionsBy(ids: readonly string[], action: string): Promise<Map<string, TransitionRow>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom("transitions")
      .selectAll()
      .where("report_id", "in", ids)
      .where("action", "=", action)
      .orderBy("id")
      .execute();
    return new Map(rows.map((row) => [row.report_id, row]));
  }

  /**
   * What rebuilds the dataset at `version`: the latest snapshot at or before it and every later edit up to it, in
   * order (one query, however many autosaved edits lie between).
   */
  async versionsForReplay(id: string, version: number): Promise<ReportVersionRow[]> {
    return this.db
      .selectFrom("report_versions")
      .selectAll()
      .where("report_id", "=", id)
      .where("version", "<=", version)
      .where("version", ">=", (eb) =>
        eb
          .selectFrom("report_versions")
          .select((inner) => inner.fn.max("version").as("v"))
          .where("report_id", "=", id)
          .where("version", "<=", version)
          .where("dataset", "is not", null),
      )
      .orderBy("version")
      .execute();
  }

  async transitions(id: string): Promise<(TransitionRow & { actor_name: string })[]> {
    return this.db
      .selectFrom("transitions")
      .innerJoin("users", "users.id", "transitions.actor_id")
      .selectAll("transitions")
      .select("users.display_name as actor_name")
      .where("report_id", "=", id)
      .orderBy("transitions.id")
      .execute();
  }

  async addComment(input: { reportId: string; authorId: string; path: string; body: string }): Promise<CommentRow> {
    const row: CommentRow = {
      id: randomUUID(),
      report_id: input.reportId,
      author_id: input.authorId,
      path: input.path,
      body: input.body,
      created_at: nowIso(),
    };
    await this.db.insertInto("comments").values(row).execute();
    return row;
  }

  async comments(id: string): Promise<(CommentRow & { author_name: string })[]> {
    return this.db
      .selectFrom("comments")
      .innerJoin("users", "users.id", "comments.author_id")
      .selectAll("comments")
      .select("users.display_name as author_name")
      .where("report_id", "=", id)
      .orderBy("comments.created_at")
      .execute();
  }
}

/** The audit key each profile's reports must have (a profile id not listed is scored with `otherwise`). */
export interface AuditKeys {
  byProfile: Readonly<Record<string, string>>;
  otherwise: string;
}

/** Every write of a report's row bumps its revision (see summaryStamp). */
const nextRevision = sql<number>`revision + 1`;

/** The stored audit was made under another profile or check catalogue than the report's current one. */
function staleKey(keys: AuditKeys) {
  const cases = Object.entries(keys.byProfile).map(([profileId, key]) => sql`when ${profileId} then ${key}`);
  return sql<boolean>`audit_key <> case profile_id ${sql.join(cases, sql` `)} else ${keys.otherwise} end`;
}

/**
 * The version row's values as a SELECT list (for INSERT … SELECT on PostgreSQL): typed casts, because a parameter
 * in a select list has no type of its own there.
 */
function versionValues(
  version: number,
  write: Pick<ReportWrite, "dataset" | "changes" | "reason" | "summary" | "userId">,
) {
  return [
    sql<number>`${version}::integer`.as("version"),
    sql<string>`${write.reason}::text`.as("reason"),
    sql<string | null>`${write.changes ? null : write.dataset}::text`.as("dataset"),
    sql<string>`${JSON.stringify(write.changes ?? [])}::text`.as("changes"),
    sql<string | null>`${write.userId}::text`.as("changed_by"),
    sql<string>`${nowIso()}::text`.as("changed_at"),
    sql<string>`${write.summary}::text`.as("summary"),
  ] as const;
}

async function insertVersion(
  trx: Executor,
  reportId: string,
  version: number,
  write: Pick<ReportWrite, "dataset" | "changes" | "reason" | "summary" | "userId">,
): Promise<void> {
  await trx
    .insertInto("report_versions")
    .values({
      report_id: reportId,
      version,
      reason: write.reason,
      dataset: write.changes ? null : write.dataset,
      changes: JSON.stringify(write.changes ?? []),
      changed_by: write.userId,
      changed_at: nowIso(),
      summary: write.summary,
    })
    .execute();
}

async function staleError(trx: Executor, id: string, expected: number): Promise<Error> {
  const current = await trx.selectFrom("reports").select("version").where("id", "=", id).executeTakeFirst();
  return current ? new StaleVersionError(expected, current.version) : new Error(`报表不存在：${id}`);
}
