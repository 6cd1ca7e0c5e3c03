/**
 * The rules of unit-year reports: who may read, create, edit, move through the workflow and restore them, with an
 * optimistic version on every write and the history of every change. Routes validate input and call these.
 * @module
 */
import { auditDataset } from "../../core/audit/run-audit.ts";
import { applyDatasetChanges, type DatasetChange, diffDatasets } from "../../core/dataset/dataset-diff.ts";
import type { Dataset, Indicator } from "../../core/dataset/schema.ts";
import type { ReportRow, UnitRow } from "../../storage/database-schema.ts";
import { type ReportHead, type ReportsRepository, StaleVersionError } from "../../storage/reports-repository.ts";
import type { UnitsRepository } from "../../storage/units-repository.ts";
import { HttpError, notFound } from "../http-error.ts";
import { DUE_AT_ROLES, REPORT_CREATING_ROLES } from "../../core/workflow/roles.ts";
import { assertCanRead, assertMayEdit, assertRole } from "./access.ts";
import type { Actor } from "./auth-service.ts";
import { FullReportCache } from "./full-report-cache.ts";
import type { AuditRefresher } from "../jobs/audit-refresher.ts";
import {
  derivedColumns,
  derivedFromAudit,
  isAuditStale,
  profileOf,
  requireValidDataset,
  requireValidIndicator,
} from "./dataset-json.ts";
import {
  EDITABLE_STATUSES,
  STATUS_NAMES,
  WORKFLOW_ACTIONS,
  type WorkflowAction,
  type WorkflowActionId,
} from "../../core/workflow/workflow.ts";

/** A report as read for an actor: the dataset is parsed on first use (many reads only pass the stored text on). */
export class ReadReport {
  #dataset: Dataset | undefined;
  constructor(
    readonly report: ReportRow,
    readonly unit: UnitRow,
  ) {}

  get dataset(): Dataset {
    this.#dataset ??= JSON.parse(this.report.dataset) as Dataset;
    return this.#dataset;
  }
}

/** Where an indicator table sits in a dataset: the department's, or project n's. */
export type TableRef = { kind: "department" } | { kind: "project"; index: number };

/** History pages: versions per page by default and at most. */
export const HISTORY_PAGE_DEFAULT = 100;
export const HISTORY_PAGE_MAX = 500;

/**
 * The dataset with its unit name set to the report's unit's: the name printed in the documents and the published
 * PDF is the unit the report belongs to, never what an uploaded file says (凉山's data cannot be shown as another's).
 */
export function withReportUnit(dataset: Dataset, unitName: string): Dataset {
  return dataset.unit?.name === unitName ? dataset : { ...dataset, unit: { ...dataset.unit, name: unitName } };
}

/** How many reports' last-written datasets a process keeps to base the next edit on (see ReportService.#editBase). */
const EDIT_BASE_REPORTS = 200;

export class ReportService {
  private readonly fullCache = new FullReportCache();
  /**
   * The dataset each report had after the last write made by this process, by version. The next edit of that
   * version starts from it instead of loading and parsing the stored text again: a version's dataset never changes,
   * and the head row (read on every write) says whether the version is still current — a write by another process
   * makes a new version, which is then loaded from the database.
   */
  readonly #editBase = new Map<string, { version: number; dataset: Dataset }>();
  /** The writes of each report in this process, one after the other (see oneWriteAtATime). */
  readonly #writing = new Map<string, Promise<unknown>>();

  constructor(
    private readonly reports: ReportsRepository,
    private readonly units: UnitsRepository,
    private readonly audits: AuditRefresher,
    /** What follows a step: after a publication, its PDF is queued (see createServices). */
    private readonly after: { published?: (reportId: string, userId: string) => Promise<void> } = {},
  ) {}

  /** The report if the actor may read it; 404 otherwise (also for ids of other regions). */
  async read(actor: Actor, id: string): Promise<ReadReport> {
    const report = await this.reports.find(id);
    if (!report) throw notFound("报表");
    const unit = await this.units.find(report.unit_id);
    assertCanRead(actor, unit);
    return new ReadReport(report, unit);
  }

  async list(actor: Actor, filter: { year?: number } = {}) {
    return this.reports.listInSubtree(actor.unit.path, filter);
  }

  async create(
    actor: Actor,
    input: { unitId: string; year: number; profileId?: string; dataset?: unknown; dueAt?: string },
  ) {
    assertRole(actor, REPORT_CREATING_ROLES, "新建报表");
    // The deadline is the reviewers' to set: a unit that set its own would always be on time in the summary.
    if (input.dueAt !== undefined) assertRole(actor, DUE_AT_ROLES, "设置报送截止时间");
    const unit = await this.units.find(input.unitId);
    assertCanRead(actor, unit, "单位");
    if (await this.reports.findByUnitYear(unit.id, input.year)) {
      throw new HttpError(409, `${unit.name} ${input.year} 年度的报表已存在`);
    }
    const dataset = withReportUnit(
      requireValidDataset(
        input.dataset ?? { formatVersion: 1, year: input.year, unit: { name: unit.name } },
        input.year,
      ),
      unit.name,
    );
    const profile = profileOf(input.profileId ?? "national");
    return this.reports.create({
      unitId: unit.id,
      year: input.year,
      profileId: profile.id,
      dueAt: input.dueAt ?? null,
      dataset: JSON.stringify(dataset),
      ...derivedColumns(dataset, profile),
      reason: "create",
      summary: "新建",
      userId: actor.user.id,
    });
  }

  /** Replaces the whole dataset (import or a full save). */
  async replaceDataset(
    actor: Actor,
    id: string,
    expectedVersion: number,
    value: unknown,
    reason: "edit" | "import" = "edit",
  ) {
    return this.oneWriteAtATime(id, async () => {
      const { head, dataset: before } = await this.readForEdit(actor, id, expectedVersion);
      const dataset = withReportUnit(requireValidDataset(value, head.year), head.unit_name);
      return this.write(actor, head, before, dataset, expectedVersion, reason);
    });
  }

  /**
   * Changes the named fields of one indicator (null removes a field) and saves the dataset if the indicator is still
   * valid. Only the indicator is validated (the rest of the dataset was valid and has not changed), and the new
   * dataset shares every unchanged part with the old one — so the cost of an edit does not grow with the dataset,
   * and the diff skips the shared parts at once.
   */
  async updateIndicator(
    actor: Actor,
    id: string,
    table: TableRef,
    index: number,
    expectedVersion: number,
    fields: Record<string, unknown>,
    prefetched?: ReportHead,
  ) {
    return this.editDataset(
      actor,
      id,
      expectedVersion,
      (before) => {
        const indicator = indicatorsOf(before, table)?.[index];
        if (!indicator) throw notFound(`指标 ${describeTable(table)}第 ${index + 1} 行`);
        const changed: Record<string, unknown> = { ...indicator };
        for (const [key, value] of Object.entries(fields)) {
          if (value === null) delete changed[key];
          else changed[key] = value;
        }
        const valid = requireValidIndicator(changed, [...tablePath(table), "evaluation", "indicators", index]);
        return withIndicator(before, table, index, valid);
      },
      prefetched,
    );
  }

  /**
   * The edit path of every partial save (one indicator, one section): the version rule, the actor's right to edit,
   * the base dataset of that version, then `change` — which validates its part and returns the new dataset sharing
   * every unchanged part with `before`, or throws (422/404) so that nothing is written.
   */
  async editDataset(
    actor: Actor,
    id: string,
    expectedVersion: number,
    change: (before: Dataset, head: ReportHead) => Dataset,
    prefetched?: ReportHead,
  ) {
    return this.oneWriteAtATime(id, async () => {
      const { head, dataset: before } = await this.readForEdit(actor, id, expectedVersion, prefetched);
      return this.write(actor, head, before, change(before, head), expectedVersion, "edit");
    });
  }

  /** Replaces one table's indicators (an .xlsx import) in exactly the version named: a later or earlier one is 409. */
  async replaceIndicators(actor: Actor, id: string, table: TableRef, expectedVersion: number, indicators: Indicator[]) {
    return this.oneWriteAtATime(id, async () => {
      const { head, dataset: before } = await this.readForEdit(actor, id, expectedVersion);
      const owner = table.kind === "department" ? before.department : before.projects[table.index];
      if (!owner?.evaluation)
        throw notFound(table.kind === "department" ? "部门整体绩效自评表" : `项目 ${table.index + 1} 的绩效自评表`);
      const replaced = { ...owner, evaluation: { ...owner.evaluation, indicators } };
      const next: Dataset =
        table.kind === "department"
          ? { ...before, department: replaced as NonNullable<Dataset["department"]> }
          : {
              ...before,
              projects: before.projects.map((p, i) =>
                i === table.index ? (replaced as Dataset["projects"][number]) : p,
              ),
            };
      return this.write(actor, head, before, next, expectedVersion, "import");
    });
  }

  /**
   * Refuses (404, 403, 423, 409) unless the actor may change the report and it is at `expectedVersion` — on the head
   * row alone, so that an upload is judged before its body is read.
   */
  async assertMayEditVersion(actor: Actor, id: string, expectedVersion: number, action: string): Promise<void> {
    const head = await this.reports.findHead(id);
    if (!head) throw notFound("报表");
    assertCanRead(actor, { path: head.unit_path });
    assertMayEdit(actor, head, action);
    if (head.version !== expectedVersion) throw new StaleVersionError(expectedVersion, head.version);
  }

  /** A reviewer or the 管理员 sets (or clears, with null) the report's deadline; the unit never does. */
  async setDueAt(actor: Actor, id: string, dueAt: string | null) {
    assertRole(actor, DUE_AT_ROLES, "设置报送截止时间");
    const { report } = await this.read(actor, id);
    await this.reports.setDueAt(report.id, dueAt, actor.user.id);
    return { dueAt };
  }

  /** Scores and findings as JSON text: the stored audit, made again only if the profile or checks changed since. */
  async scoresJson(actor: Actor, id: string): Promise<string> {
    const read = await this.read(actor, id);
    return this.currentAudit(read.report);
  }

  /**
   * The report, its dataset and its audit as one UTF-8 JSON body, assembled without re-serializing the stored parts
   * and kept per version (FullReportCache), so that repeated reads of an unchanged report cost two small queries.
   */
  async fullJson(actor: Actor, id: string, prefetched?: ReportHead): Promise<Uint8Array> {
    const head = await this.headOf(id, prefetched);
    if (!head) throw notFound("报表");
    assertCanRead(actor, { path: head.unit_path });
    const stamp = `${head.version}|${head.audit_version}|${head.audit_key}`;
    const cached = this.fullCache.get(head.id, stamp);
    if (cached) {
      if (isAuditStale(head)) this.audits.schedule(head.id);
      return cached;
    }
    return this.fullCache.build(head.id, stamp, async () => {
      const report = await this.reports.find(id);
      if (!report) throw notFound("报表");
      const { dataset: datasetText, audit: _audit, ...meta } = report;
      const reportJson = JSON.stringify({
        ...meta,
        statusName: STATUS_NAMES[report.status],
        unitName: head.unit_name,
        auditStale: isAuditStale(report),
      });
      const audit = this.currentAudit(report);
      const bytes = new TextEncoder().encode(`{"report":${reportJson},"dataset":${datasetText},"scores":${audit}}`);
      return { stamp: `${report.version}|${report.audit_version}|${report.audit_key}`, bytes };
    });
  }

  /**
   * A published report for anybody (unit, year, dataset, audit); one taken down again (撤回公开) says so, when and
   * why, without its data; "not found" for anything never published.
   */
  async publishedJson(id: string): Promise<string> {
    const report = await this.reports.find(id);
    if (!report || !isPublicStatus(report)) throw notFound("公开报表");
    const unit = await this.units.find(report.unit_id);
    const base = { id: report.id, unitName: unit?.name ?? "", year: report.year, publishedAt: report.published_at };
    if (report.status !== "published") {
      const withdrawn = (await this.reports.lastTransitionsBy([report.id], "unpublish")).get(report.id);
      return JSON.stringify({
        report: { ...base, withdrawn: { at: withdrawn?.at ?? report.updated_at, reason: withdrawn?.comment ?? "" } },
        dataset: null,
        scores: null,
      });
    }
    return `{"report":${JSON.stringify(base)},"dataset":${report.dataset},"scores":${this.currentAudit(report)}}`;
  }

  /** What the public list shows: published reports, and those taken down again with when and why. */
  async publicList() {
    const listed = (await this.reports.listInSubtree("/", { statuses: ["published", "financeApproved"] })).filter(
      isPublicStatus,
    );
    const withdrawals = await this.reports.lastTransitionsBy(
      listed.filter((r) => r.status !== "published").map((r) => r.id),
      "unpublish",
    );
    return listed.map((r) => {
      const withdrawn = withdrawals.get(r.id);
      return {
        id: r.id,
        unitName: r.unit_name,
        year: r.year,
        publishedAt: r.published_at,
        ...(r.status === "published"
          ? {}
          : { withdrawn: { at: withdrawn?.at ?? r.updated_at, reason: withdrawn?.comment ?? "" } }),
      };
    });
  }

  /**
   * The stored audit of `report`. When it belongs to an earlier version (an edit a moment ago) or to another profile
   * or check catalogue, a refresh is scheduled and the stored one is returned meanwhile; the response says which
   * version it is of (auditVersion).
   */
  private currentAudit(
    report: Pick<ReportRow, "id" | "version" | "audit" | "audit_key" | "audit_version" | "profile_id">,
  ): string {
    if (isAuditStale(report)) this.audits.schedule(report.id);
    return report.audit;
  }

  /**
   * One workflow step, judged on exactly the version the actor names: a step based on another version is refused
   * before anything is looked at (the submit gate audits that version, and the conditional update in the repository
   * refuses it if anything is written in between), so an edit landing beside a submission can never be submitted
   * unaudited, whatever process it comes from.
   */
  async transition(actor: Actor, id: string, actionId: WorkflowActionId, expectedVersion: number, comment: string) {
    const action: WorkflowAction = WORKFLOW_ACTIONS[actionId];
    const { report, dataset } = await this.read(actor, id);
    assertRole(actor, action.roles, action.name);
    if (report.version !== expectedVersion) throw new StaleVersionError(expectedVersion, report.version);
    if (!action.from.includes(report.status)) {
      throw new HttpError(409, `报表当前为“${STATUS_NAMES[report.status]}”，不能${action.name}`);
    }
    if (action.commentRequired && comment.trim() === "")
      throw new HttpError(422, `${action.name}须填写${actionId === "unpublish" ? "撤回原因" : "意见"}`);
    if (actionId === "submit") {
      // The submission is judged on an audit of exactly this version, made now, and that audit is kept.
      const profile = profileOf(report.profile_id);
      const result = auditDataset(dataset, profile);
      await this.reports.storeAudit(report.id, report.version, derivedFromAudit(result, profile));
      const errors = result.findings.filter((f) => f.severity === "error");
      if (errors.length > 0) {
        throw new HttpError(422, `还有 ${errors.length} 个错误级校验问题，改正后才能提交`, {
          findings: errors.map((f) => ({ code: f.code, location: f.location, message: f.message })),
        });
      }
    }
    // A withdrawn submission is back where it was: a draft, or a returned report with its reviewers' comments.
    const to = action.restoresPrevious
      ? ((await this.reports.lastTransitionInto(id, report.status))?.from_status ?? action.to)
      : action.to;
    const version = await this.reports.transition({
      id,
      expectedVersion,
      from: report.status,
      to,
      action: actionId,
      actorId: actor.user.id,
      comment: comment.trim(),
    });
    if (to === "published") {
      // The publication stands even if its PDF could not be queued now; the runner queues missing ones at start.
      await this.after
        .published?.(id, actor.user.id)
        .catch((error: unknown) =>
          console.error(`[jixiao] 报表 ${id} 的公开 PDF 未能排队：${(error as Error).message}`),
        );
    }
    return { version, status: to };
  }

  /**
   * The workflow log and one page of the version history, newest first (`limit`, at most HISTORY_PAGE_MAX; `before`
   * a version number to page back from); `nextBefore` is where the next page starts, null on the last.
   */
  async history(actor: Actor, id: string, page: { limit?: number; before?: number } = {}) {
    await this.read(actor, id);
    const limit = Math.min(Math.max(1, page.limit ?? HISTORY_PAGE_DEFAULT), HISTORY_PAGE_MAX);
    const [{ rows, total }, transitions] = await Promise.all([
      this.reports.versionsPage(id, { limit, before: page.before }),
      this.reports.transitions(id),
    ]);
    const last = rows[rows.length - 1];
    return {
      versions: rows.reverse().map((v) => ({
        ...v,
        changes: JSON.parse(v.changes) as DatasetChange[],
        has_snapshot: Boolean(v.has_snapshot),
      })),
      page: { limit, total, nextBefore: rows.length === limit && last && last.version > 1 ? last.version : null },
      transitions,
    };
  }

  /** The dataset as it was at `version`: the nearest earlier snapshot with the later edits replayed. */
  async datasetAt(actor: Actor, id: string, version: number): Promise<unknown> {
    const { report } = await this.read(actor, id);
    if (!Number.isInteger(version) || version < 1 || version > report.version) throw notFound(`第 ${version} 版`);
    const [snapshot, ...edits] = await this.reports.versionsForReplay(id, version);
    if (!snapshot?.dataset) throw notFound(`第 ${version} 版`);
    return edits.reduce<unknown>(
      (dataset, edit) => applyDatasetChanges(dataset, JSON.parse(edit.changes) as DatasetChange[]),
      JSON.parse(snapshot.dataset),
    );
  }

  /** Field-by-field differences between two versions; by default between the last two submissions (or since creation). */
  async diff(actor: Actor, id: string, from?: number, to?: number) {
    const { report } = await this.read(actor, id);
    let fromVersion = from ?? 1;
    let toVersion = to ?? report.version;
    if (from === undefined && to === undefined) {
      const submitted = await this.reports.submittedVersions(id);
      if (submitted.length >= 2) {
        fromVersion = submitted[submitted.length - 2] as number;
        toVersion = submitted[submitted.length - 1] as number;
      }
    }
    const [before, after] = await Promise.all([
      this.datasetAt(actor, id, fromVersion),
      this.datasetAt(actor, id, toVersion),
    ]);
    return { from: fromVersion, to: toVersion, changes: diffDatasets(before, after) };
  }

  /**
   * A 管理员 puts an earlier version back, as a new recorded version (nothing is lost). Only where the unit may edit
   * (草稿, 已退回): a submitted, reviewed or published report is never changed in place — it is returned first.
   */
  async restore(actor: Actor, id: string, version: number, expectedVersion: number) {
    assertRole(actor, ["admin"], "恢复历史版本");
    return this.oneWriteAtATime(id, async () => {
      const { report, unit } = await this.read(actor, id);
      if (report.version !== expectedVersion) throw new StaleVersionError(expectedVersion, report.version);
      if (!EDITABLE_STATUSES.includes(report.status)) {
        throw new HttpError(
          423,
          `报表当前为“${STATUS_NAMES[report.status]}”，已锁定，不能恢复历史版本（须先退回单位）`,
        );
      }
      const dataset = withReportUnit(
        requireValidDataset(await this.datasetAt(actor, id, version), report.year),
        unit.name,
      );
      const restored = await this.reports.writeDataset(id, expectedVersion, {
        dataset: JSON.stringify(dataset),
        reason: "restore",
        summary: `恢复为第 ${version} 版`,
        userId: actor.user.id,
      });
      this.#editBase.delete(id);
      this.audits.schedule(id);
      return restored;
    });
  }

  async addComment(actor: Actor, id: string, body: string, path: string) {
    await this.read(actor, id);
    if (body.trim() === "") throw new HttpError(422, "意见内容不能为空");
    return this.reports.addComment({ reportId: id, authorId: actor.user.id, path, body: body.trim() });
  }

  async comments(actor: Actor, id: string) {
    await this.read(actor, id);
    return this.reports.comments(id);
  }

  /** The report's head: the one read with the session when it is this report's, else from the database. */
  private async headOf(id: string, prefetched: ReportHead | undefined): Promise<ReportHead | undefined> {
    return prefetched?.id === id ? prefetched : this.reports.findHead(id);
  }

  /**
   * The head and dataset of the version an edit is based on. Checked on the small head row first, so that a refused
   * write never loads the dataset; the conditional update still catches a write that lands in between. The dataset
   * is this process's last write of that version when it has it (no query), else the stored text of that version.
   * `before` is only read, never changed (edits work on a copy).
   */
  private async readForEdit(actor: Actor, id: string, expectedVersion: number, prefetched?: ReportHead) {
    const head = await this.headOf(id, prefetched);
    if (!head) throw notFound("报表");
    assertCanRead(actor, { path: head.unit_path });
    assertMayEdit(actor, head, "修改");
    if (head.version !== expectedVersion) throw new StaleVersionError(expectedVersion, head.version);
    const base = this.#editBase.get(id);
    // The head may have been read before this write waited its turn; a newer version written here meanwhile is known.
    if (base && base.version > expectedVersion) throw new StaleVersionError(expectedVersion, base.version);
    if (base?.version === expectedVersion) return { head, dataset: base.dataset };
    const text = await this.reports.datasetAt(id, expectedVersion);
    if (text === undefined)
      throw new StaleVersionError(expectedVersion, (await this.reports.findHead(id))?.version ?? expectedVersion);
    return { head, dataset: JSON.parse(text) as Dataset };
  }

  /**
   * Runs the writes of one report made in this process one after the other. Two writes based on the same version
   * cannot both win; run together, the loser would wait on the database's row lock for the winner's whole save, only
   * to change nothing. In turn, it sees the winner's version here and is refused at once. Across processes the
   * database's conditional update still decides.
   */
  private async oneWriteAtATime<T>(reportId: string, write: () => Promise<T>): Promise<T> {
    const previous = this.#writing.get(reportId) ?? Promise.resolve();
    const run = previous.then(write);
    const settled = run.catch(() => undefined);
    this.#writing.set(reportId, settled);
    try {
      return await run;
    } finally {
      if (this.#writing.get(reportId) === settled) this.#writing.delete(reportId);
    }
  }

  private async write(
    actor: Actor,
    head: ReportHead,
    before: Dataset,
    dataset: Dataset,
    expectedVersion: number,
    reason: "edit" | "import",
  ) {
    const reportId = head.id;
    const changes = diffDatasets(before, dataset);
    const text = JSON.stringify(dataset);
    // Saved at once; the audit of the new version is made off the request path (AuditRefresher).
    const version = await this.reports.writeDataset(reportId, expectedVersion, {
      dataset: text,
      changes: reason === "edit" ? changes : undefined,
      reason,
      summary:
        changes.length === 0
          ? "无变化"
          : `修改 ${changes
              .slice(0, 5)
              .map((c) => c.path)
              .join("、")}${changes.length > 5 ? ` 等 ${changes.length} 处` : ""}`,
      userId: actor.user.id,
    });
    this.#editBase.delete(reportId);
    if (this.#editBase.size >= EDIT_BASE_REPORTS) this.#editBase.delete(this.#editBase.keys().next().value as string);
    this.#editBase.set(reportId, { version, dataset });
    this.audits.schedule(reportId, { version, profile_id: head.profile_id, dataset: text });
    return { version, changes: changes.length };
  }
}

/** Published, or published once and taken down (撤回公开 leaves it 财政已通过 with its publication date). */
function isPublicStatus(report: { status: string; published_at: string | null }): boolean {
  return report.status === "published" || (report.status === "financeApproved" && report.published_at !== null);
}

function indicatorsOf(dataset: Dataset, table: TableRef): Indicator[] | undefined {
  if (table.kind === "department") return dataset.department?.evaluation?.indicators;
  return dataset.projects[table.index]?.evaluation?.indicators;
}

function tablePath(table: TableRef): (string | number)[] {
  return table.kind === "department" ? ["department"] : ["projects", table.index];
}

/** A copy of `dataset` with one indicator replaced: new objects along the path to it, everything else shared. */
function withIndicator(dataset: Dataset, table: TableRef, index: number, indicator: Indicator): Dataset {
  const replaceIn = <T extends { evaluation?: { indicators: Indicator[] } }>(owner: T): T => {
    const evaluation = owner.evaluation as NonNullable<T["evaluation"]>;
    const indicators = evaluation.indicators.slice();
    indicators[index] = indicator;
    return { ...owner, evaluation: { ...evaluation, indicators } };
  };
  if (table.kind === "department")
    return { ...dataset, department: replaceIn(dataset.department as NonNullable<Dataset["department"]>) };
  const projects = dataset.projects.slice();
  projects[table.index] = replaceIn(projects[table.index] as Dataset["projects"][number]);
  return { ...dataset, projects };
}

function describeTable(table: TableRef): string {
  return table.kind === "department" ? "部门整体表" : `项目 ${table.index + 1} `;
}
