/**
 * Integrity of reviewed reports (issue 12), on SQLite and PostgreSQL: a restore only where an edit is, itself a
 * recorded version; the submit gate judges exactly the version it submits, even with an edit from another server
 * process landing in between; the unit's name in a dataset is the report's unit's; only reviewers set the
 * deadline; the unit may withdraw a submission and the 财政审核人 take a publication down (with its reason shown in
 * public); the history comes in pages. Every refusal leaves the database exactly as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServices, type Services } from "../../src/server/services/services.ts";
import { createApp } from "../../src/server/create-app.ts";
import { ApiClient, type ApiResponse } from "../support/api-client.ts";
import { expectRefusedUnchanged, snapshotDatabase } from "../support/database-snapshot.ts";
import { cleanDataset, DIALECTS, startTestRegion, type TestRegion } from "../support/server-harness.ts";

const UNIT = "凉山州科学技术协会";

describe.each(DIALECTS)("report integrity on %s", (dialect) => {
  let region: TestRegion;
  let filler: ApiClient;
  let unitReviewer: ApiClient;
  let department: ApiClient;
  let finance: ApiClient;
  let admin: ApiClient;
  let unitId: string;
  let nextYear = 2030;

  beforeAll(async () => {
    region = await startTestRegion(dialect);
    // No background document job (a publication queues its PDF) may change a row while a refusal is compared.
    await region.services.jobRunner.stop();
    filler = await region.signedIn("filler");
    unitReviewer = await region.signedIn("unitReviewer");
    department = await region.signedIn("departmentReviewer");
    finance = await region.signedIn("financeReviewer");
    admin = await region.signedIn("admin");
    unitId = (await filler.get("/api/session")).body.user.unit.id;
  }, 120_000);
  afterAll(async () => region?.close());

  const refused = (attempt: () => Promise<ApiResponse>, status: number) =>
    expectRefusedUnchanged(region, attempt, status);

  async function act(client: ApiClient, id: string, action: string, version: number, comment = "") {
    const moved = await client.post(`/api/reports/${id}/transitions`, { action, version, comment });
    expect(moved.status, `${action}: ${JSON.stringify(moved.body)}`).toBe(200);
    return moved.body as { version: number; status: string };
  }

  /** A new clean report of the filler's unit (no error-level finding): id and version. */
  async function cleanReport(): Promise<{ id: string; version: number }> {
    const year = nextYear++;
    const created = await filler.post("/api/reports", { unitId, year, dataset: cleanDataset(year, UNIT) });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    return { id: created.body.id, version: created.body.version };
  }

  async function published(): Promise<{ id: string; version: number }> {
    const { id, version: v1 } = await cleanReport();
    const v2 = (await act(filler, id, "submit", v1)).version;
    const v3 = (await act(department, id, "departmentApprove", v2)).version;
    const v4 = (await act(finance, id, "financeApprove", v3)).version;
    return { id, version: (await act(finance, id, "publish", v4)).version };
  }

  describe("restore (item 2)", () => {
    it("refuses a submitted or published report (423) and changes nothing", async () => {
      const { id, version } = await cleanReport();
      const submitted = await act(filler, id, "submit", version);
      await refused(() => admin.post(`/api/reports/${id}/restore`, { toVersion: 1, version: submitted.version }), 423);
      const pub = await published();
      const body = await refused(
        () => admin.post(`/api/reports/${pub.id}/restore`, { toVersion: 1, version: pub.version }),
        423,
      );
      expect(body.body.error).toContain("已公开");
    });

    it("refuses a version named past a transition (the status is judged on the version written)", async () => {
      const { id, version } = await cleanReport();
      // The 管理员 read version 1 (草稿); the unit submits meanwhile (version 2). A restore naming version 2 is
      // judged on version 2, which is submitted.
      const submitted = await act(filler, id, "submit", version);
      await refused(() => admin.post(`/api/reports/${id}/restore`, { toVersion: 1, version: submitted.version }), 423);
      expect((await region.services.reports.find(id))?.status).toBe("submitted");
    });

    it("restores a draft as a new recorded version with the whole dataset", async () => {
      const { id, version } = await cleanReport();
      const edited = await filler.patch(`/api/reports/${id}/projects/0/indicators/0`, {
        version,
        fields: { actual: "3" },
      });
      expect(edited.status).toBe(200);
      const restored = await admin.post(`/api/reports/${id}/restore`, {
        toVersion: version,
        version: edited.body.version,
      });
      expect(restored.status, JSON.stringify(restored.body)).toBe(200);
      expect(restored.body.version).toBe(edited.body.version + 1);
      const history = (await admin.get(`/api/reports/${id}/history`)).body;
      const last = history.versions.at(-1);
      expect([last.version, last.reason, last.summary, last.hasSnapshot]).toEqual([
        restored.body.version,
        "restore",
        `恢复为第 ${version} 版`,
        true,
      ]);
      expect((await filler.get(`/api/reports/${id}/projects/0/indicators/0`)).body.indicator.actual).toBe("12");
    });

    it("never writes a dataset into a locked report, whatever the caller checked (repository guard)", async () => {
      const { id, version } = await cleanReport();
      const submitted = await act(filler, id, "submit", version);
      const before = await snapshotDatabase(region);
      await expect(
        region.services.reports.writeDataset(id, submitted.version, {
          dataset: JSON.stringify(cleanDataset(2099, UNIT)),
          reason: "edit",
          summary: "x",
          userId: null,
        }),
      ).rejects.toThrow();
      expect(await snapshotDatabase(region)).toEqual(before);
    });
  });

  describe("the submit gate across two server processes (item 4)", () => {
    let second: Services;
    beforeAll(() => {
      // A second server process on the same database: its own report service, caches and write queue.
      second = createServices(region.services.database);
    });
    afterAll(async () => {
      await second.jobRunner.stop();
      await second.audits.stop();
    });

    /**
     * Submits through the first process; the moment it has read the report (when it stores the audit it made), the
     * second process saves an edit that adds an error-level finding (weights over 100).
     */
    async function submitWithEditBetween(id: string, version: number, named: number) {
      const reports = region.services.reports;
      const storeAudit = reports.storeAudit.bind(reports);
      // The same signed-in filler, on the other process (sessions live in the database).
      const elsewhere = new ApiClient({ app: createApp(second) });
      elsewhere.cookie = filler.cookie;
      elsewhere.csrfToken = filler.csrfToken;
      let edited = false;
      reports.storeAudit = async (...args) => {
        if (!edited) {
          edited = true;
          const edit = await elsewhere.patch(`/api/reports/${id}/projects/0/indicators/0`, {
            version,
            fields: { weight: "90" },
          });
          expect(edit.status, JSON.stringify(edit.body)).toBe(200);
        }
        return storeAudit(...args);
      };
      try {
        return await filler.post(`/api/reports/${id}/transitions`, { action: "submit", version: named });
      } finally {
        reports.storeAudit = storeAudit;
      }
    }

    it("refuses a submission naming the version the edit makes (N+1): never 已提交 with an error", async () => {
      const { id, version } = await cleanReport();
      const response = await submitWithEditBetween(id, version, version + 1);
      expect(response.status, JSON.stringify(response.body)).toBe(409);
      const stored = await region.services.reports.find(id);
      expect(stored?.status).toBe("draft");
    });

    it("refuses a submission naming the audited version once the edit lands (N)", async () => {
      const { id, version } = await cleanReport();
      const response = await submitWithEditBetween(id, version, version);
      expect(response.status, JSON.stringify(response.body)).toBe(409);
      const stored = await region.services.reports.find(id);
      expect([stored?.status, stored?.version]).toEqual(["draft", version + 1]);
      // The report now has the error; submitting the current version is refused on its findings.
      const gate = await filler.post(`/api/reports/${id}/transitions`, { action: "submit", version: version + 1 });
      expect(gate.status).toBe(422);
      expect(gate.body.details.findings.map((f: { code: string }) => f.code)).toContain("WEIGHT-SUM");
    });

    it("refuses any step naming a version other than the current one, before looking at it", async () => {
      const { id, version } = await cleanReport();
      await refused(
        () => filler.post(`/api/reports/${id}/transitions`, { action: "submit", version: version + 1 }),
        409,
      );
    });
  });

  describe("the dataset's unit is the report's unit (item 16)", () => {
    it("stores the report's unit name whatever an uploaded dataset says", async () => {
      const { id, version } = await cleanReport();
      const saved = await filler.put(`/api/reports/${id}/dataset`, {
        version,
        dataset: cleanDataset(nextYear - 1, "西藏自治区科学技术协会"),
      });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      expect(JSON.parse((await region.services.reports.find(id))?.dataset ?? "{}").unit.name).toBe(UNIT);
      const year = nextYear++;
      const created = await filler.post("/api/reports", { unitId, year, dataset: cleanDataset(year, "另一个单位") });
      expect(JSON.parse((await region.services.reports.find(created.body.id))?.dataset ?? "{}").unit.name).toBe(UNIT);
    });
  });

  describe("deadlines (item 17)", () => {
    it("refuses a 填报人 or 单位审核人 setting its own dueAt (403), and lets the 管理员", async () => {
      const year = nextYear++;
      const body = { unitId, year, dueAt: "2099-04-30T16:00:00.000Z", dataset: cleanDataset(year, UNIT) };
      await refused(() => filler.post("/api/reports", body), 403);
      await refused(() => unitReviewer.post("/api/reports", body), 403);
      const created = await admin.post("/api/reports", body);
      expect(created.status, JSON.stringify(created.body)).toBe(200);
      expect((await region.services.reports.find(created.body.id))?.due_at).toBe(body.dueAt);
    });

    it("lets the 主管部门 change the deadline later, never the unit", async () => {
      const { id } = await cleanReport();
      await refused(() => filler.put(`/api/reports/${id}/due-at`, { dueAt: "2099-01-01T00:00:00.000Z" }), 403);
      await refused(() => unitReviewer.put(`/api/reports/${id}/due-at`, { dueAt: "2099-01-01T00:00:00.000Z" }), 403);
      const other = await region.signedIn("otherFinance");
      await refused(() => other.put(`/api/reports/${id}/due-at`, { dueAt: "2099-01-01T00:00:00.000Z" }), 404);
      const set = await department.put(`/api/reports/${id}/due-at`, { dueAt: "2031-04-30T16:00:00.000Z" });
      expect(set.status, JSON.stringify(set.body)).toBe(200);
      expect((await region.services.reports.find(id))?.due_at).toBe("2031-04-30T16:00:00.000Z");
    });
  });

  describe("撤回 and 撤回公开", () => {
    it("withdraws a submission back to 草稿, or to 已退回 with its comments", async () => {
      const { id, version } = await cleanReport();
      let moved = await act(filler, id, "submit", version);
      await refused(
        () => department.post(`/api/reports/${id}/transitions`, { action: "withdraw", version: moved.version }),
        403,
      );
      moved = await act(unitReviewer, id, "withdraw", moved.version);
      expect(moved.status).toBe("draft");
      expect((await region.services.reports.find(id))?.status).toBe("draft");

      moved = await act(filler, id, "submit", moved.version);
      moved = await act(department, id, "departmentReturn", moved.version, "请补充佐证");
      moved = await act(filler, id, "submit", moved.version);
      moved = await act(filler, id, "withdraw", moved.version);
      expect(moved.status).toBe("returned");
      const history = (await filler.get(`/api/reports/${id}/history`)).body;
      expect(history.transitions.map((t: { action: string; toStatus: string }) => `${t.action}→${t.toStatus}`)).toEqual(
        [
          "submit→submitted",
          "withdraw→draft",
          "submit→submitted",
          "departmentReturn→returned",
          "submit→submitted",
          "withdraw→returned",
        ],
      );
      // Once the 主管部门 has acted it is too late.
      moved = await act(filler, id, "submit", moved.version);
      moved = await act(department, id, "departmentApprove", moved.version);
      await refused(
        () => filler.post(`/api/reports/${id}/transitions`, { action: "withdraw", version: moved.version }),
        409,
      );
    });

    it("takes a publication down with a required reason, recorded, and the public pages say so", async () => {
      const pub = await published();
      await refused(
        () =>
          finance.post(`/api/reports/${pub.id}/transitions`, {
            action: "unpublish",
            version: pub.version,
            comment: "  ",
          }),
        422,
      );
      await refused(
        () =>
          department.post(`/api/reports/${pub.id}/transitions`, {
            action: "unpublish",
            version: pub.version,
            comment: "数据有误",
          }),
        403,
      );
      await refused(
        () =>
          admin.post(`/api/reports/${pub.id}/transitions`, {
            action: "unpublish",
            version: pub.version,
            comment: "数据有误",
          }),
        403,
      );
      const publishedAt = (await region.services.reports.find(pub.id))?.published_at;
      const moved = await act(finance, pub.id, "unpublish", pub.version, "决算数据有误，更正后重新公开");
      expect(moved.status).toBe("financeApproved");
      const history = (await finance.get(`/api/reports/${pub.id}/history`)).body;
      const last = history.transitions.at(-1);
      expect([last.action, last.fromStatus, last.toStatus, last.comment]).toEqual([
        "unpublish",
        "published",
        "financeApproved",
        "决算数据有误，更正后重新公开",
      ]);
      expect(history.versions.at(-1).reason).toBe("unpublish");

      const anonymous = region.client();
      const shown = await anonymous.get(`/api/public/reports/${pub.id}`);
      expect(shown.status).toBe(200);
      expect(shown.body.dataset).toBeNull();
      expect(shown.body.report.withdrawn).toEqual({ at: last.at, reason: "决算数据有误，更正后重新公开" });
      expect(shown.body.report.publishedAt).toBe(publishedAt);
      const listed = (await anonymous.get("/api/public/reports")).body.reports.find(
        (r: { id: string }) => r.id === pub.id,
      );
      expect(listed.withdrawn.reason).toBe("决算数据有误，更正后重新公开");
      expect((await anonymous.get(`/api/public/reports/${pub.id}/pdf`)).status).toBe(404);

      // Published anew, it is public again without the notice.
      await act(finance, pub.id, "publish", moved.version);
      const again = await anonymous.get(`/api/public/reports/${pub.id}`);
      expect(again.body.report.withdrawn).toBeUndefined();
      expect(again.body.dataset.unit.name).toBe(UNIT);
    });
  });

  describe("history pages (item 21)", () => {
    it("sends the newest versions first in pages, with where the next page starts", async () => {
      const { id, version } = await cleanReport();
      let v = version;
      for (let i = 0; i < 7; i++)
        v = (
          await filler.patch(`/api/reports/${id}/projects/0/indicators/0`, {
            version: v,
            fields: { actual: String(20 + i) },
          })
        ).body.version;
      const first = (await filler.get(`/api/reports/${id}/history?limit=3`)).body;
      expect(first.versions.map((x: { version: number }) => x.version)).toEqual([v - 2, v - 1, v]);
      expect(first.page).toEqual({ limit: 3, total: 8, nextBefore: v - 2 });
      const second = (await filler.get(`/api/reports/${id}/history?limit=3&before=${first.page.nextBefore}`)).body;
      expect(second.versions.map((x: { version: number }) => x.version)).toEqual([v - 5, v - 4, v - 3]);
      const last = (await filler.get(`/api/reports/${id}/history?limit=3&before=${second.page.nextBefore}`)).body;
      expect(last.versions.map((x: { version: number }) => x.version)).toEqual([1, 2]);
      expect(last.page.nextBefore).toBeNull();
      expect((await filler.get(`/api/reports/${id}/history?limit=100000`)).status).toBe(400);
      // The default page is bounded.
      expect((await filler.get(`/api/reports/${id}/history`)).body.page.limit).toBe(100);
    });
  });
});
