/**
 * The regional summary from the reports' summary columns (migration 0004), on SQLite and PostgreSQL:
 *
 *   - for the demo region, GET /api/summary equals the summary computed afresh from the datasets (each audited now
 *     with its profile), row by row; and it still does after every dataset and audit text is overwritten with
 *     garbage, so it reads neither;
 *   - an edit's audit writes the columns with its version (a new total score, grade and counts appear only with it);
 *   - the review queue is the rows waiting for the role, from the same columns;
 *   - summary.xlsx stores text as Text cells: a unit named `=HYPERLINK(…)` is a string cell with format "@";
 *   - a database made before the columns existed gets them from its stored audits when migrated.
 */
import ExcelJS from "exceljs";
import { Migrator, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { auditDataset } from "../../src/core/audit/run-audit.ts";
import type { Dataset } from "../../src/core/dataset/schema.ts";
import { derivedColumns } from "../../src/server/reports/derived-columns.ts";
import { profileOf } from "../../src/server/reports/profile-of.ts";
import { requireValidDataset } from "../../src/server/reports/require-valid-dataset.ts";
import { auditResultJson } from "../../src/server/reports/scores-json.ts";
import { STATUS_NAMES } from "../../src/core/workflow/workflow.ts";
import { SUMMARY_HEADERS } from "../../src/documents/xlsx/summary-workbook.ts";
import { initialMigration } from "../../src/storage/migrations/0001-initial.ts";
import { openDatabase } from "../../src/storage/open-database.ts";
import { DIALECTS, databaseLocation, startTestRegion, type TestRegion } from "../support/server-harness.ts";
import { act, correctAndSave, LINGLING, linglingFiller } from "../support/submittable-report.ts";

/** The summary row of every report of the demo region, computed from its dataset as the report's own page does. */
async function summaryFromDatasets(region: TestRegion) {
  const rows = await region.services.database.db
    .selectFrom("reports")
    .innerJoin("units", "units.id", "reports.unit_id")
    .select([
      "reports.id",
      "reports.unit_id",
      "units.name",
      "units.path",
      "reports.year",
      "reports.status",
      "reports.profile_id",
      "reports.dataset",
      "reports.due_at",
      "reports.submitted_at",
    ])
    .where("units.name", "not like", "另一地区%")
    .orderBy("units.path")
    .orderBy("reports.year", "desc")
    .execute();
  return rows.map((row) => {
    const profile = profileOf(row.profile_id);
    const dataset = JSON.parse(row.dataset) as Dataset;
    const result = auditDataset(dataset, profile);
    const audit = auditResultJson(result, profile);
    const execution = result.scores.department?.execution;
    return {
      reportId: row.id,
      unitId: row.unit_id,
      unitName: row.name,
      year: row.year,
      status: row.status,
      statusName: STATUS_NAMES[row.status],
      dueAt: row.due_at,
      submittedAt: row.submitted_at,
      onTime: row.submitted_at === null ? null : row.due_at === null || row.submitted_at <= row.due_at,
      totalScore: audit.department?.total ?? null,
      totalScoreShown: audit.department?.totalShown ?? null,
      grade: audit.department?.grade ?? null,
      executionRate: audit.department?.execution?.rate ?? null,
      executionRateShown: audit.department?.execution?.rateShown ?? null,
      errors: audit.counts.error,
      warnings: audit.counts.warning,
      budgetFen: execution?.budgetFen ?? null,
      executedFen: execution?.executedFen ?? null,
      auditStale: false,
    };
  });
}

describe.each(DIALECTS)("regional summary from stored columns on %s", (dialect) => {
  let region: TestRegion;
  beforeAll(async () => {
    region = await startTestRegion(dialect);
  }, 60_000);
  afterAll(async () => region?.close());

  it("equals the summary computed from the datasets, for every report of the demo region", async () => {
    const finance = await region.signedIn("financeReviewer");
    const expected = await summaryFromDatasets(region);
    expect(expected).toHaveLength(5);
    const response = await finance.get("/api/summary");
    expect(response.status).toBe(200);
    expect(response.body.units).toEqual(expected);
    // Figures the samples are known for, so that the comparison cannot pass on two empty lists or two nulls.
    const lingling = response.body.units.find((row: { unitName: string }) => row.unitName === LINGLING);
    expect(lingling).toMatchObject({
      totalScoreShown: "99.8",
      grade: "优",
      executionRateShown: "98.25%",
      errors: 6,
      budgetFen: 127_100_000,
    });
    // Beside the shown strings, the exact values: nobody has to read "98.25%" back as a number.
    expect(lingling.executionRate).toMatch(/^98\.2533438/);
    expect(lingling.totalScore).toMatch(/^99\.8253/);
    expect(
      response.body.units.filter((row: { totalScore: string | null }) => row.totalScore !== null).length,
    ).toBeGreaterThanOrEqual(2);
    // One year: the same rows of that year.
    const year = await finance.get("/api/summary?year=2024");
    expect(year.body.units).toEqual(expected.filter((row) => row.year === 2024));
    // A 主管部门审核人 sees the same (all five sit under its department); the other region's finance bureau only its own.
    expect((await (await region.signedIn("departmentReviewer")).get("/api/summary")).body.units).toEqual(expected);
    const other = (await (await region.signedIn("otherFinance")).get("/api/summary")).body.units;
    expect(other.map((row: { reportId: string }) => row.reportId)).toEqual([region.other.reportId]);
  });

  it("an edit's audit writes the columns with its version", async () => {
    const admin = await region.signedIn("admin");
    const filler = region.client();
    const { reportId, version } = await linglingFiller(admin, filler);
    const saved = await correctAndSave(filler, reportId, version);
    await region.services.audits.idle();
    const stored = await region.services.reports.find(reportId);
    expect(stored).toMatchObject({
      version: saved,
      audit_version: saved,
      error_count: 0,
      total_shown: "99.8",
      grade: "优",
      execution_rate_shown: "98.25%",
    });
    const audit = JSON.parse(stored?.audit ?? "{}");
    expect(stored?.total_score).toBe(audit.department.total);
    expect(stored?.execution_rate).toBe(audit.department.execution.rate);
    expect(stored?.warning_count).toBe(audit.counts.warning);
    expect(stored?.info_count).toBe(audit.counts.info);
    const finance = await region.signedIn("financeReviewer");
    const row = (await finance.get("/api/summary")).body.units.find(
      (each: { reportId: string }) => each.reportId === reportId,
    );
    expect(row).toMatchObject({ errors: 0, auditStale: false });
    expect((await finance.get("/api/summary")).body.units).toEqual(await summaryFromDatasets(region));

    // Submitted: it waits in the 主管部门's queue, not in the 财政's; then in the 财政's once approved.
    const department = await region.signedIn("departmentReviewer");
    const submitted = await act(filler, reportId, "submit", saved);
    const queue = (await department.get("/api/review-queue")).body.units;
    expect(queue.map((each: { reportId: string; status: string }) => [each.reportId, each.status])).toEqual([
      [reportId, "submitted"],
    ]);
    expect(queue[0]).toMatchObject({ unitName: LINGLING, errors: 0, totalScoreShown: "99.8", onTime: false });
    expect((await finance.get("/api/review-queue")).body.units).toEqual([]);
    await act(department, reportId, "departmentApprove", submitted);
    expect((await department.get("/api/review-queue")).body.units).toEqual([]);
    expect(
      (await finance.get("/api/review-queue")).body.units.map((each: { reportId: string; status: string }) => [
        each.reportId,
        each.status,
      ]),
    ).toEqual([[reportId, "departmentApproved"]]);
    expect((await filler.get("/api/review-queue")).status).toBe(403);
    expect((await region.client().get("/api/review-queue")).status).toBe(401);
  });

  it("summary.xlsx stores text as Text cells: a unit named =HYPERLINK(…) is a name, not a formula", async () => {
    const finance = await region.signedIn("financeReviewer");
    const financeUnit = (await region.services.units.findByName("演示地区财政局")) as { id: string };
    const name = '=HYPERLINK("http://example.invalid","点此")';
    const unit = await region.services.units.create({ name, kind: "unit", parentId: financeUnit.id });
    const dataset = {
      formatVersion: 1,
      year: 2023,
      unit: { name },
      projects: [],
      narrative: [],
      publishedScores: [],
    } as unknown as Dataset;
    await region.services.reports.create({
      unitId: unit.id,
      year: 2023,
      profileId: "national",
      dataset: JSON.stringify(dataset),
      ...derivedColumns(dataset, profileOf("national")),
      reason: "create",
      summary: "新建",
      userId: null,
    });
    const response = await region.app.request("/api/summary.xlsx", { headers: { cookie: finance.cookie as string } });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    const unitColumn = SUMMARY_HEADERS.indexOf("单位") + 1;
    let found: ExcelJS.Cell | undefined;
    sheet.eachRow((row, index) => {
      if (index > 1 && row.getCell(unitColumn).value === name) found = row.getCell(unitColumn);
    });
    expect(found?.type).toBe(ExcelJS.ValueType.String);
    expect(found?.numFmt).toBe("@");
    expect(found?.formula).toBeUndefined();
    // Every text column is Text, every row.
    for (const header of ["单位", "状态", "是否按时提交"]) {
      const column = SUMMARY_HEADERS.indexOf(header) + 1;
      sheet.eachRow((row, index) => {
        if (index > 1) expect(row.getCell(column).numFmt, `${header} row ${index}`).toBe("@");
      });
    }
  });

  it("a kept summary is sent again while nothing under the unit changed, and built again after any write", async () => {
    const finance = await region.signedIn("financeReviewer");
    const first = (await finance.get("/api/summary")).body.units;
    const target = first[0] as { reportId: string; grade: string | null; dueAt: string | null };
    const db = region.services.database.db;
    // A change made behind the repository's back bumps no revision: the summary kept by this process is sent again,
    // so it is not read afresh on every request.
    await db.updateTable("reports").set({ grade: "测试" }).where("id", "=", target.reportId).execute();
    expect((await finance.get("/api/summary")).body.units).toEqual(first);
    // Every write through the repository bumps the report's revision: the next summary is built again and shows both.
    const admin = (await region.services.users.findByUsername(region.accounts.admin?.username ?? "")) as { id: string };
    await region.services.reports.setDueAt(target.reportId, "2030-01-01T00:00:00.000Z", admin.id);
    // Only that report's row is read again; the others keep the JSON they had.
    const reads = vi.spyOn(region.services.reports, "listSummaryRows");
    const rebuilt = (await finance.get("/api/summary")).body.units;
    expect(reads.mock.calls.map(([, , filter]) => filter?.ids)).toEqual([[target.reportId]]);
    reads.mockRestore();
    expect(rebuilt.length).toBe(first.length);
    expect(rebuilt.find((row: { reportId: string }) => row.reportId === target.reportId)).toMatchObject({
      grade: "测试",
      dueAt: "2030-01-01T00:00:00.000Z",
    });
    // A summary of one year and the 主管部门's are kept apart from it, and as current.
    const year = rebuilt[0].year as number;
    expect((await finance.get(`/api/summary?year=${year}`)).body.units).toEqual(
      rebuilt.filter((row: { year: number }) => row.year === year),
    );
    // A new report under the unit is seen at once (the count of the subtree's reports grows).
    const financeUnit = (await region.services.units.findByName("演示地区财政局")) as { id: string };
    const unit = await region.services.units.create({
      name: "新建单位（汇总缓存）",
      kind: "unit",
      parentId: financeUnit.id,
    });
    const dataset = { formatVersion: 1, year: 2024, unit: { name: unit.name } } as unknown as Dataset;
    const created = await region.services.reports.create({
      unitId: unit.id,
      year: 2024,
      profileId: "national",
      dataset: JSON.stringify(requireValidDataset(dataset)),
      ...derivedColumns(requireValidDataset(dataset), profileOf("national")),
      reason: "create",
      summary: "新建",
      userId: null,
    });
    const withNew = (await finance.get("/api/summary")).body.units;
    expect(withNew.map((row: { reportId: string }) => row.reportId)).toContain(created.id);
    // Put back as it was (the grade through a write, so that the kept summary follows).
    await db.updateTable("reports").set({ grade: target.grade }).where("id", "=", target.reportId).execute();
    await region.services.reports.setDueAt(target.reportId, target.dueAt, admin.id);
    expect(
      (await finance.get("/api/summary")).body.units.find(
        (row: { reportId: string }) => row.reportId === target.reportId,
      ),
    ).toMatchObject({ grade: target.grade, dueAt: target.dueAt });
  });

  it("the review queue a page at a time: limit and offset, with the queue's total", async () => {
    const finance = await region.signedIn("financeReviewer");
    const whole = (await finance.get("/api/review-queue")).body;
    expect(whole.total).toBe(whole.units.length);
    expect(whole.units.length).toBeGreaterThanOrEqual(1);
    const page = (await finance.get("/api/review-queue?limit=1&offset=0")).body;
    expect(page).toEqual({ units: whole.units.slice(0, 1), total: whole.units.length });
    expect((await finance.get(`/api/review-queue?offset=${whole.units.length}`)).body).toEqual({
      units: [],
      total: whole.units.length,
    });
    for (const bad of ["limit=0", "limit=1001", "offset=-1", "limit=abc", "page=2"]) {
      const response = await finance.get(`/api/review-queue?${bad}`);
      expect(response.status, bad).toBe(400);
      expect(response.body.error, bad).toMatch(/查询参数不合规/);
    }
  });

  it("reads no dataset or audit text: with both overwritten, the summary is unchanged", async () => {
    const finance = await region.signedIn("financeReviewer");
    const before = (await finance.get("/api/summary")).body.units;
    expect(before.length).toBeGreaterThanOrEqual(6);
    await region.services.database.db.updateTable("reports").set({ dataset: "not json", audit: "not json" }).execute();
    const after = await finance.get("/api/summary");
    expect(after.status).toBe(200);
    expect(after.body.units).toEqual(before);
    expect((await finance.get("/api/summary.xlsx")).status).toBe(200);
  });
});

describe.each(DIALECTS)("migration 0004 on %s", (dialect) => {
  it("gives the reports of an older database their figures from their stored audits", async () => {
    const { location, cleanup } = await databaseLocation(dialect);
    // The database as the first release left it: only 0001, one unit, one report audited then. Every table of the
    // latest schema goes (job_batches, of 0006, after the jobs that refer to it), so that each migration runs once.
    const old = await openDatabase(location);
    await sql`drop table jixiao_migrations`.execute(old.db);
    await sql`drop table jixiao_migrations_lock`.execute(old.db);
    for (const table of [
      "notification_reads",
      "year_deadlines",
      "published_pdfs",
      "trusted_devices",
      "jobs",
      "job_batches",
      "attachments",
      "comments",
      "transitions",
      "report_versions",
      "reports",
      "login_attempts",
      "sessions",
      "users",
      "units",
    ]) {
      await old.db.schema.dropTable(table).execute();
    }
    const migrator = new Migrator({
      db: old.db,
      provider: { getMigrations: async () => ({ "0001-initial": initialMigration(dialect) }) },
      migrationTableName: "jixiao_migrations",
      migrationLockTableName: "jixiao_migrations_lock",
    });
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const { readFileSync } = await import("node:fs");
    const dataset = requireValidDataset(
      JSON.parse(readFileSync(new URL("../../examples/lingling-2024.json", import.meta.url), "utf8")),
    );
    const profile = profileOf("hunan");
    const derived = derivedColumns(dataset, profile);
    const now = new Date().toISOString();
    await sql`insert into units (id, parent_id, path, name, kind, version, created_at) values ('u1', null, '/u1/', '零陵', 'unit', 1, ${now})`.execute(
      old.db,
    );
    await sql`insert into reports (id, unit_id, year, status, profile_id, dataset, version, budget_fen, executed_fen, audit, audit_key, audit_version, created_at, updated_at)
      values ('r1', 'u1', 2024, 'draft', 'hunan', ${JSON.stringify(dataset)}, 3, ${derived.budgetFen}, ${derived.executedFen}, ${derived.audit}, ${derived.auditKey}, 3, ${now}, ${now})`.execute(
      old.db,
    );
    await old.close();

    const migrated = await openDatabase(location);
    try {
      const row = await migrated.db.selectFrom("reports").selectAll().where("id", "=", "r1").executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        total_score: derived.figures.totalScore,
        total_shown: "99.8",
        grade: "优",
        execution_rate: derived.figures.executionRate,
        execution_rate_shown: "98.25%",
        error_count: 6,
        warning_count: derived.figures.warningCount,
        info_count: derived.figures.infoCount,
      });
    } finally {
      await migrated.close();
      cleanup();
    }
  });
});

describe.each(DIALECTS)("audit jobs (AuditSweeper) on %s", (dialect) => {
  let region: TestRegion;
  beforeAll(async () => {
    region = await startTestRegion(dialect);
  }, 60_000);
  afterAll(async () => region?.close());

  it("two sweepers re-audit every stale report once between them; a report that cannot be audited is left claimed", async () => {
    const { AuditSweeper, currentAuditKeys } = await import("../../src/server/jobs/audit-sweeper.ts");
    const db = region.services.database.db;
    const keys = currentAuditKeys();
    const before = await db
      .selectFrom("reports")
      .select(["id", "total_shown", "error_count", "audit"])
      .orderBy("id")
      .execute();
    // A profile changed under every report; and one report's dataset is unreadable (it must not stop the others,
    // nor be tried again and again).
    await db
      .updateTable("reports")
      .set({ audit_key: "national|before-the-change", total_shown: "0", error_count: 999 })
      .execute();
    const broken = before[0]?.id as string;
    await db.updateTable("reports").set({ dataset: "{not json" }).where("id", "=", broken).execute();
    expect(await region.services.reports.countStaleAudits(keys)).toBe(before.length);

    const sweepers = [
      new AuditSweeper(region.services.reports, { threads: 1, worker: "sweeper-a" }),
      new AuditSweeper(region.services.reports, { threads: 1, worker: "sweeper-b" }),
    ];
    try {
      const stored = await Promise.all(sweepers.map((sweeper) => sweeper.sweep()));
      expect((stored[0] ?? 0) + (stored[1] ?? 0)).toBe(before.length - 1);
      // Nothing left to do but the broken report, which stays claimed until its claim expires.
      expect(await Promise.all(sweepers.map((sweeper) => sweeper.sweep()))).toEqual([0, 0]);
    } finally {
      await Promise.all(sweepers.map((sweeper) => sweeper.stop()));
    }
    const after = await db
      .selectFrom("reports")
      .select(["id", "total_shown", "error_count", "audit", "audit_key", "profile_id", "audit_claimed_by"])
      .orderBy("id")
      .execute();
    for (const [index, row] of after.entries()) {
      if (row.id === broken) {
        expect(row.audit_claimed_by).toMatch(/^sweeper-[ab]$/);
        expect(row.audit_key).toBe("national|before-the-change");
        continue;
      }
      expect(row.audit_claimed_by).toBeNull();
      expect(row.audit_key).toBe(keys.byProfile[row.profile_id]);
      expect({ total: row.total_shown, errors: row.error_count, audit: row.audit }).toEqual({
        total: before[index]?.total_shown,
        errors: before[index]?.error_count,
        audit: before[index]?.audit,
      });
    }
    expect(await region.services.reports.countStaleAudits(keys)).toBe(1);
  });

  it("leaves a fresh edit to the process that saved it, and takes it once it is older than the grace", async () => {
    const { AuditSweeper, currentAuditKeys } = await import("../../src/server/jobs/audit-sweeper.ts");
    const db = region.services.database.db;
    const report = await db
      .selectFrom("reports")
      .select(["id", "version"])
      .where("dataset", "<>", "{not json")
      .orderBy("id")
      .executeTakeFirstOrThrow();
    // An edit saved a second ago whose audit is not stored yet (its server's refresher has it in hand). A second,
    // not "now": the sweeper takes edits strictly older than its grace, so with a grace of 0 an edit stamped in
    // the same millisecond as the sweep would still count as fresh.
    await db
      .updateTable("reports")
      .set({ version: report.version + 1, updated_at: new Date(Date.now() - 1000).toISOString() })
      .where("id", "=", report.id)
      .execute();
    const patient = new AuditSweeper(region.services.reports, { threads: 1, editGraceMs: 60_000 });
    const eager = new AuditSweeper(region.services.reports, { threads: 1, editGraceMs: 0 });
    try {
      expect(await patient.sweep()).toBe(0);
      expect(await eager.sweep()).toBe(1);
    } finally {
      await Promise.all([patient.stop(), eager.stop()]);
    }
    const row = await db
      .selectFrom("reports")
      .select(["version", "audit_version"])
      .where("id", "=", report.id)
      .executeTakeFirstOrThrow();
    expect(row.audit_version).toBe(row.version);
    expect(await region.services.reports.countStaleAudits(currentAuditKeys())).toBe(1);
  });
});
