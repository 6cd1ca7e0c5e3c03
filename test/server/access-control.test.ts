/**
 * The security suite, on SQLite and on PostgreSQL: every attempt below is refused with the right 4xx, and the
 * database shows that nothing was written (a fingerprint of every table is taken before and compared after).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ApiClient, ApiResponse } from "../support/api-client.ts";
import { DIALECTS, OTHER_PASSWORD, startTestRegion, type TestRegion } from "../support/server-harness.ts";

const TABLES = ["units", "users", "sessions", "login_attempts", "reports", "report_versions", "transitions", "comments", "attachments", "jobs"] as const;

/** Row counts of every table and the version and status of every report. */
async function fingerprint(region: TestRegion): Promise<string> {
  const db = region.services.database.db;
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  const reports = await db.selectFrom("reports").select(["id", "version", "status", "dataset"]).orderBy("id").execute();
  return JSON.stringify({ counts, reports: reports.map((r) => [r.id, r.version, r.status, r.dataset.length]) });
}

function expectNoStack(response: ApiResponse) {
  const text = JSON.stringify(response.body);
  expect(text).not.toMatch(/\bat \S+ \(|Error:|node_modules|\.ts:\d+/);
}

describe.each(DIALECTS)("security on %s", (dialect) => {
  let region: TestRegion;
  let filler: ApiClient;
  let unitReviewer: ApiClient;
  let department: ApiClient;
  let finance: ApiClient;
  let otherFinance: ApiClient;
  let otherFiller: ApiClient;
  let ownReport: { id: string; version: number };
  let siblingReportId: string;
  let before: string;

  beforeAll(async () => {
    region = await startTestRegion(dialect, { throttle: { windowMs: 60_000, maxFailuresPerUser: 5, maxFailuresPerAddress: 1000, lockMs: 60_000 } });
    [filler, unitReviewer, department, finance, otherFinance, otherFiller] = await Promise.all([
      region.signedIn("filler"),
      region.signedIn("unitReviewer"),
      region.signedIn("departmentReviewer"),
      region.signedIn("financeReviewer"),
      region.signedIn("otherFinance"),
      region.signedIn("otherFiller"),
    ]);
    ownReport = (await filler.get("/api/reports")).body.reports[0];
    const all = (await finance.get("/api/reports")).body.reports as { id: string; unit_name: string }[];
    siblingReportId = (all.find((r) => r.unit_name === "临泽县科学技术协会") as { id: string }).id;
  }, 60_000);
  afterAll(async () => region?.close());

  /** Runs an attempt and checks its status and that nothing in the database changed. */
  async function refused(attempt: () => Promise<ApiResponse>, status: number) {
    const response = await attempt();
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    expectNoStack(response);
    expect(await fingerprint(region)).toBe(before);
    return response;
  }

  beforeEach(async () => {
    before = await fingerprint(region);
  });

  describe("reading and writing what is not yours (IDOR)", () => {
    it("another region's report, by id: 404 on read", () => refused(() => filler.get(`/api/reports/${region.other.reportId}`), 404));
    it("another region's report: 404 on its project", () => refused(() => filler.get(`/api/reports/${region.other.reportId}/projects/0`), 404));
    it("another region's indicator: 404 on read", () => refused(() => filler.get(`/api/reports/${region.other.reportId}/projects/0/indicators/0`), 404));
    it("another region's indicator: 404 on write", () =>
      refused(() => filler.patch(`/api/reports/${region.other.reportId}/projects/0/indicators/0`, { version: 1, fields: { actual: "0" } }), 404));
    it("another region's dataset: 404 on replace", () => refused(() => filler.put(`/api/reports/${region.other.reportId}/dataset`, { version: 1, dataset: {} }), 404));
    it("a sibling unit's report in the same region: 404", () => refused(() => filler.get(`/api/reports/${siblingReportId}`), 404));
    it("a sibling unit's indicator: 404 on write", () =>
      refused(() => filler.patch(`/api/reports/${siblingReportId}/department/indicators/0`, { version: 1, fields: { actual: "0" } }), 404));
    it("another region's scores, history and export: 404", async () => {
      for (const suffix of ["scores", "history", "export", "full", "comments", "diff"]) {
        await refused(() => otherFiller.get(`/api/reports/${ownReport.id}/${suffix}`), 404);
      }
    });
    it("commenting on another region's report: 404", () => refused(() => otherFiller.post(`/api/reports/${ownReport.id}/comments`, { body: "看看" }), 404));
    it("creating a report for a unit of another region: 404", () => refused(() => filler.post("/api/reports", { unitId: region.other.unitId, year: 2030 }), 404));
  });

  describe("roles", () => {
    it("a 填报人 approving: 403", () => refused(() => filler.post(`/api/reports/${ownReport.id}/transitions`, { action: "departmentApprove", version: ownReport.version }), 403));
    it("a 填报人 publishing: 403", () => refused(() => filler.post(`/api/reports/${ownReport.id}/transitions`, { action: "publish", version: ownReport.version }), 403));
    it("a 主管部门审核人 taking a 财政 action: 403", () =>
      refused(() => department.post(`/api/reports/${ownReport.id}/transitions`, { action: "financeApprove", version: ownReport.version }), 403));
    it("a reviewer of another region acting on this region's report: 404", () =>
      refused(() => otherFinance.post(`/api/reports/${ownReport.id}/transitions`, { action: "financeReturn", version: ownReport.version, comment: "退回" }), 404));
    it("a reviewer editing a unit's figures: 403", () =>
      refused(() => finance.patch(`/api/reports/${ownReport.id}/projects/0/indicators/0`, { version: ownReport.version, fields: { actual: "1" } }), 403));
    it("a 填报人 creating a user: 403", () =>
      refused(() => filler.post("/api/users", { username: "intruder", displayName: "x", password: "long-enough-password", role: "admin", unitId: ownReport.id }), 403));
    it("a 单位审核人 creating a unit: 403", async () => {
      const unitId = (await unitReviewer.get("/api/session")).body.user.unit.id;
      await refused(() => unitReviewer.post("/api/units", { parentId: unitId, name: "冒名单位", kind: "subunit" }), 403);
    });
    it("a non-管理员 restoring a version: 403", () => refused(() => unitReviewer.post(`/api/reports/${ownReport.id}/restore`, { toVersion: 1, version: ownReport.version }), 403));
    it("a 填报人 reading the user list: 403", () => refused(() => filler.get("/api/users"), 403));
  });

  describe("sessions and CSRF", () => {
    it("a write without the CSRF header: 403", () =>
      refused(() => filler.request("PATCH", `/api/reports/${ownReport.id}/projects/0/indicators/0`, { version: ownReport.version, fields: { actual: "1" } }, { "x-csrf-token": "" }), 403));
    it("a write with a tampered CSRF token: 403", () =>
      refused(() => filler.request("POST", `/api/reports/${ownReport.id}/comments`, { body: "x" }, { "x-csrf-token": `${filler.csrfToken}x` }), 403));
    it("another session's CSRF token: 403", () =>
      refused(() => filler.request("PUT", `/api/reports/${ownReport.id}/dataset`, { version: ownReport.version, dataset: {} }, { "x-csrf-token": unitReviewer.csrfToken }), 403));
    it("a session replayed after logout: 401", async () => {
      const session = await region.signedIn("filler");
      const cookie = session.cookie;
      expect((await session.delete("/api/session")).status).toBe(200);
      before = await fingerprint(region);
      session.cookie = cookie;
      await refused(() => session.get("/api/reports"), 401);
      await refused(() => session.post(`/api/reports/${ownReport.id}/comments`, { body: "x" }), 401);
    });
    it("a forged session cookie: 401", async () => {
      const forged = region.client();
      forged.cookie = "jixiao_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
      await refused(() => forged.get("/api/reports"), 401);
    });
    it("no session at all: 401", () => refused(() => region.client().get("/api/summary?year=2023"), 401));
    it("a sign-in posted from another site: 403", () =>
      refused(() => region.client().request("POST", "/api/session", { username: "demo-filler", password: "x" }, { origin: "https://evil.example", host: "localhost" }), 403));
    it("the session cookie is HttpOnly and SameSite=Strict", async () => {
      const response = await region.client().post("/api/session", { username: region.accounts.filler?.username, password: region.accounts.filler?.password });
      expect(response.headers.get("set-cookie")).toMatch(/HttpOnly/);
      expect(response.headers.get("set-cookie")).toMatch(/SameSite=Strict/);
    });
  });

  describe("hostile input", () => {
    it("SQL metacharacters in a sign-in name: 401, tables intact", async () => {
      // The first failure for a name adds its login_attempts row (that is the throttle working); the second changes
      // only its count, so the fingerprint must stay the same.
      await region.client().post("/api/session", { username: "' or 1=1 --", password: "warm-up" });
      before = await fingerprint(region);
      await refused(() => region.client().post("/api/session", { username: "' or 1=1 --", password: "x' or '1'='1" }), 401);
    });
    it("SQL metacharacters and XSS in a comment are stored and returned as written, as JSON", async () => {
      const payload = `'; drop table reports; -- <script>alert(1)</script><img src=x onerror=alert(1)>`;
      const created = await filler.post(`/api/reports/${ownReport.id}/comments`, { body: payload });
      expect(created.status).toBe(200);
      const listed = await filler.get(`/api/reports/${ownReport.id}/comments`);
      expect(listed.headers.get("content-type")).toContain("application/json");
      expect(listed.headers.get("x-content-type-options")).toBe("nosniff");
      expect(listed.headers.get("content-security-policy")).toContain("default-src 'self'");
      expect(listed.body.comments.map((c: { body: string }) => c.body)).toContain(payload);
      expect((await fingerprint(region)).length).toBeGreaterThan(0); // reports table still there
    });
    it("an oversized body: 413", () =>
      refused(() => filler.put(`/api/reports/${ownReport.id}/dataset`, `{"version":1,"dataset":"${"x".repeat(11 * 1024 * 1024)}"}`), 413));
    it("malformed JSON: 400 with a Chinese message", async () => {
      const response = await refused(() => filler.request("POST", `/api/reports/${ownReport.id}/comments`, "{body: 这不是 JSON"), 400);
      expect(response.body.error).toContain("不是合法的 JSON");
    });
    it("a body that is not JSON: 415", () =>
      refused(() => filler.request("POST", `/api/reports/${ownReport.id}/comments`, "body=x", { "content-type": "application/x-www-form-urlencoded" }), 415));
    it("unknown fields: 400 naming them", () =>
      refused(() => filler.patch(`/api/reports/${ownReport.id}/projects/0/indicators/0`, { version: ownReport.version, fields: { actual: "1" }, isAdmin: true }), 400));
    it("a field that is not an indicator field: 400", () =>
      refused(() => filler.patch(`/api/reports/${ownReport.id}/projects/0/indicators/0`, { version: ownReport.version, fields: { status: "published" } }), 400));
    it("path traversal in ids: 404", async () => {
      await refused(() => filler.get("/api/reports/..%2F..%2Fetc%2Fpasswd"), 404);
      await refused(() => filler.get(`/api/reports/${ownReport.id}/projects/..%2F..`), 404);
      await refused(() => filler.get(`/api/reports/${ownReport.id}/projects/99999/indicators/0`), 404);
    });
    it("a negative weight through the API: 422 with the path", async () => {
      const response = await refused(() => filler.patch(`/api/reports/${ownReport.id}/projects/0/indicators/0`, { version: ownReport.version, fields: { weight: "-5" } }), 422);
      expect(response.body.error).toContain("projects[0].evaluation.indicators[0].weight");
    });
  });

  describe("versions, locks and the public", () => {
    it("a stale version: 409 with both versions", async () => {
      const current = (await filler.get(`/api/reports/${ownReport.id}`)).body.report.version as number;
      const response = await refused(() => filler.patch(`/api/reports/${ownReport.id}/projects/0/indicators/0`, { version: current - 1 || 99, fields: { actual: "1" } }), 409);
      expect(response.body.error).toContain("已被他人修改");
      expect(response.body.details.currentVersion).toBe(current);
    });
    it("a draft is not public: 404 and not listed", async () => {
      await refused(() => region.client().get(`/api/public/reports/${ownReport.id}`), 404);
      expect((await region.client().get("/api/public/reports")).body.reports).toEqual([]);
    });
  });

  describe("brute force", () => {
    it("five wrong passwords lock the account: even the right password then gets 429", async () => {
      const username = region.accounts.unitReviewer?.username as string;
      for (let i = 0; i < 5; i++) expect((await region.client().post("/api/session", { username, password: `wrong-${i}` })).status).toBe(401);
      before = await fingerprint(region);
      const locked = await refused(() => region.client().post("/api/session", { username, password: region.accounts.unitReviewer?.password }), 429);
      expect(locked.body.error).toContain("锁定");
      const row = await region.services.database.db.selectFrom("login_attempts").selectAll().where("key", "=", `user:${username}`).executeTakeFirstOrThrow();
      expect(row.failures).toBe(5);
      expect(row.locked_until).not.toBeNull();
      // The other region's password never worked here either.
      expect((await region.client().post("/api/session", { username: "other-filler", password: OTHER_PASSWORD })).status).toBe(200);
    });
  });
});
