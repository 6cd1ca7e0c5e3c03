/**
 * Attacks on the HTTP API, on SQLite and on PostgreSQL. Every refused attempt must get the right 4xx with a Chinese
 * JSON error and no stack trace, and the database — every row of every table, read before and after — must be
 * exactly as it was. Hostile text that is accepted (SQL metacharacters, script tags) must be stored and returned
 * verbatim, as JSON strings, with the security headers on the response.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/create-app.ts";
import { hashPassword } from "../../src/server/security/password.ts";
import { ApiClient, type ApiResponse } from "../support/api-client.ts";
import { cleanDataset, DIALECTS, OTHER_PASSWORD, startTestRegion, type TestRegion } from "../support/server-harness.ts";

const THROTTLE = { windowMs: 60_000, maxFailuresPerUser: 5, maxFailuresPerAddress: 1000, lockMs: 60_000 };
const SQL_PAYLOADS = [`'; drop table reports; --`, `" or 1=1 --`] as const;
const XSS_PAYLOADS = [`<script>alert(1)</script>`, `<img src=x onerror=alert(1)>`] as const;
const FILLER_UNIT_NAME = "凉山州科学技术协会";
const SIBLING_UNIT_NAME = "临泽县科学技术协会";
const LOCK_USER = "lock-target";
const LOCK_PASSWORD = "the-right-password-1";
const TRAVERSAL = "..%2F..%2Fetc%2Fpasswd";

/** Every table with the column its rows are ordered by. */
const TABLES = {
  units: "id",
  users: "id",
  sessions: "token_hash",
  login_attempts: "key",
  trusted_devices: "token_hash",
  published_pdfs: "report_id",
  reports: "id",
  report_versions: "id",
  transitions: "id",
  comments: "id",
  attachments: "id",
  jobs: "id",
  year_deadlines: "unit_id",
  notification_reads: "user_id",
} as const;
type TableName = keyof typeof TABLES;
type Snapshot = Record<TableName, Record<string, unknown>[]>;

/** The same token with its last character changed. */
const tamper = (token: string) => `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
const sha = (value: string | Uint8Array) => createHash("sha256").update(value).digest("hex");

function normalize(value: unknown): unknown {
  if (value instanceof Uint8Array) return `bytes:${value.byteLength}:${sha(value)}`;
  if (typeof value === "string" && value.length > 200) return `text:${value.length}:${sha(value)}`;
  return value;
}

/**
 * Every row of every table (long texts and bytes as hashes), once the background audits of earlier edits are stored.
 * Reading them also shows that every table still exists.
 */
async function snapshot(region: TestRegion): Promise<Snapshot> {
  await region.services.audits.idle();
  const db = region.services.database.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  const result = {} as Snapshot;
  for (const [table, key] of Object.entries(TABLES) as [TableName, string][]) {
    const rows = await db.selectFrom(table).selectAll().orderBy(key).execute();
    result[table] = rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, normalize(v)])));
  }
  return result;
}

const counts = (s: Snapshot) =>
  Object.fromEntries(Object.entries(s).map(([table, rows]) => [table, rows.length])) as Record<TableName, number>;

/** An error body: Chinese text, JSON, and nothing of the server's insides. */
function expectCleanError(response: ApiResponse, options: { json?: boolean } = {}) {
  const text = typeof response.body === "string" ? response.body : JSON.stringify(response.body);
  expect(text).not.toMatch(/\bat \S+ \(|\n\s+at |\bat (file|node):|Error:|node_modules|\.ts:\d+|\.js:\d+/);
  if (options.json === false) return;
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  expect(typeof response.body.error, text).toBe("string");
  expect(response.body.error).toMatch(/[\u4e00-\u9fff]/);
}

function expectSecurityHeaders(response: ApiResponse) {
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
}

describe.each(DIALECTS)("security on %s", (dialect) => {
  let region: TestRegion;
  let filler: ApiClient;
  let unitReviewer: ApiClient;
  let department: ApiClient;
  let finance: ApiClient;
  let admin: ApiClient;
  let otherFinance: ApiClient;
  let otherFiller: ApiClient;
  let fillerUnitId: string;
  let siblingUnitId: string;
  /** The filler's own 2023 report (草稿). */
  let ownId: string;
  /** A sibling unit's report in the same region. */
  let siblingId: string;
  let submittedId: string;
  let approvedId: string;
  let publishedId: string;
  let attachmentId: string;
  let jobId: string;
  let lockUserId: string;

  const versionOf = async (id: string) => (await region.services.reports.find(id))?.version as number;
  const datasetOf = async (id: string) => JSON.parse((await region.services.reports.find(id))?.dataset ?? "null");
  /** A client on the same session as `client` but without its CSRF token (the header is then not sent at all). */
  const withoutCsrf = (client: ApiClient) => {
    const bare = region.client();
    bare.cookie = client.cookie;
    return bare;
  };

  /** Runs `attempt`, checks the status and the error body, and that not one row of the database changed. */
  async function refused(
    attempt: () => Promise<ApiResponse>,
    status: number,
    options: { json?: boolean; label?: string } = {},
  ) {
    const before = await snapshot(region);
    const response = await attempt();
    expect(
      response.status,
      `${options.label ?? attempt.toString().slice(0, 200)} → ${JSON.stringify(response.body)}`,
    ).toBe(status);
    expectCleanError(response, options);
    expect(await snapshot(region)).toEqual(before);
    return response;
  }

  beforeAll(async () => {
    region = await startTestRegion(dialect, { throttle: THROTTLE });
    [filler, unitReviewer, department, finance, admin, otherFinance, otherFiller] = await Promise.all([
      region.signedIn("filler"),
      region.signedIn("unitReviewer"),
      region.signedIn("departmentReviewer"),
      region.signedIn("financeReviewer"),
      region.signedIn("admin"),
      region.signedIn("otherFinance"),
      region.signedIn("otherFiller"),
    ]);
    fillerUnitId = (await filler.get("/api/session")).body.user.unit.id;
    ownId = ((await filler.get("/api/reports")).body.reports as { id: string; year: number }[]).find(
      (r) => r.year === 2023,
    )?.id as string;
    const all = (await finance.get("/api/reports")).body.reports as {
      id: string;
      unitId: string;
      unitName: string;
    }[];
    const sibling = all.find((r) => r.unitName === SIBLING_UNIT_NAME) as { id: string; unitId: string };
    siblingId = sibling.id;
    siblingUnitId = sibling.unitId;

    // Reports of the filler's unit further along the workflow: 已提交, 主管部门已通过, 已公开.
    const walk = async (year: number, steps: [ApiClient, string][]) => {
      const created = await filler.post("/api/reports", {
        unitId: fillerUnitId,
        year,
        profileId: "sichuan",
        dataset: cleanDataset(year, FILLER_UNIT_NAME),
      });
      expect(created.status, JSON.stringify(created.body)).toBe(200);
      let version = created.body.version as number;
      for (const [client, action] of steps) {
        const moved = await client.post(`/api/reports/${created.body.id}/transitions`, { action, version });
        expect(moved.status, JSON.stringify(moved.body)).toBe(200);
        version = moved.body.version;
      }
      return created.body.id as string;
    };
    submittedId = await walk(2025, [[filler, "submit"]]);
    approvedId = await walk(2026, [
      [filler, "submit"],
      [department, "departmentApprove"],
    ]);
    publishedId = await walk(2024, [
      [filler, "submit"],
      [department, "departmentApprove"],
      [finance, "financeApprove"],
      [finance, "publish"],
    ]);

    // An evidence file and a document job on the filler's own report, for the id checks.
    const uploaded = await filler.request("POST", `/api/reports/${ownId}/attachments`, "签到表\n", {
      "content-type": "text/plain",
      "x-file-name": "sign-in.txt",
    });
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(200);
    attachmentId = uploaded.body.id;
    const job = await filler.post(`/api/reports/${ownId}/documents`, {});
    expect(job.status, JSON.stringify(job.body)).toBe(200);
    jobId = job.body.jobId;
    // Let the job finish before any case compares the database before and after.
    for (
      let i = 0;
      i < 600 && !["done", "failed"].includes((await region.services.jobs.find(jobId))?.status ?? "");
      i++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect((await region.services.jobs.find(jobId))?.status).toBe("done");

    // An account of its own for the brute-force case, so no other case depends on it.
    lockUserId = (
      await region.services.users.create({
        username: LOCK_USER,
        displayName: "待锁定账户",
        passwordHash: await hashPassword(LOCK_PASSWORD),
        role: "filler",
        unitId: fillerUnitId,
      })
    ).id;
  }, 120_000);
  afterAll(async () => region?.close());

  describe("IDOR: reports, projects and indicators that are not yours", () => {
    it("a 填报人 reading another region's report, project and indicator by id: 404", async () => {
      for (const path of ["", "/projects/0", "/projects/0/indicators/0"]) {
        await refused(() => filler.get(`/api/reports/${region.other.reportId}${path}`), 404);
      }
    });

    it("a 填报人 writing another region's indicator with its right version: 404, that report unchanged", async () => {
      const version = await versionOf(region.other.reportId);
      await refused(
        () =>
          filler.patch(`/api/reports/${region.other.reportId}/projects/0/indicators/0`, {
            version,
            fields: { actual: "0" },
          }),
        404,
      );
      expect(await versionOf(region.other.reportId)).toBe(version);
    });

    it("a 填报人 replacing another region's dataset with a valid one: 404", async () => {
      const version = await versionOf(region.other.reportId);
      await refused(
        () =>
          filler.put(`/api/reports/${region.other.reportId}/dataset`, { version, dataset: cleanDataset(2023, "冒名") }),
        404,
      );
    });

    it("the other region's 填报人 on this region's report — read, scores, history, export, full, comments, diff, attachments: 404", async () => {
      for (const suffix of [
        "",
        "/scores",
        "/history",
        "/export",
        "/full",
        "/comments",
        "/diff",
        "/attachments",
        "/projects/0",
        "/projects/0/indicators/0",
      ]) {
        await refused(() => otherFiller.get(`/api/reports/${ownId}${suffix}`), 404);
      }
    });

    it("the other region's 填报人 commenting on, submitting, or starting documents of this region's report: 404", async () => {
      const version = await versionOf(ownId);
      await refused(() => otherFiller.post(`/api/reports/${ownId}/comments`, { body: "看看" }), 404);
      await refused(() => otherFiller.post(`/api/reports/${ownId}/transitions`, { action: "submit", version }), 404);
      await refused(() => otherFiller.post(`/api/reports/${ownId}/documents`, {}), 404);
    });

    it("a 填报人 reading a sibling unit's report, project and indicator in the same region: 404", async () => {
      for (const path of ["", "/projects/0", "/projects/0/indicators/0", "/scores", "/full", "/export"]) {
        await refused(() => filler.get(`/api/reports/${siblingId}${path}`), 404);
      }
    });

    it("a 填报人 writing a sibling unit's indicators and dataset with the right version: 404", async () => {
      const version = await versionOf(siblingId);
      await refused(
        () => filler.patch(`/api/reports/${siblingId}/department/indicators/0`, { version, fields: { actual: "0" } }),
        404,
      );
      await refused(
        () => filler.patch(`/api/reports/${siblingId}/projects/0/indicators/0`, { version, fields: { actual: "0" } }),
        404,
      );
      await refused(
        async () => filler.put(`/api/reports/${siblingId}/dataset`, { version, dataset: await datasetOf(siblingId) }),
        404,
      );
      expect(await versionOf(siblingId)).toBe(version);
    });

    it("a 填报人 commenting on or submitting a sibling unit's report: 404", async () => {
      const version = await versionOf(siblingId);
      await refused(() => filler.post(`/api/reports/${siblingId}/comments`, { body: "越权" }), 404);
      await refused(() => filler.post(`/api/reports/${siblingId}/transitions`, { action: "submit", version }), 404);
    });

    it("a 填报人 creating a report for a sibling unit or another region's unit: 404", async () => {
      await refused(() => filler.post("/api/reports", { unitId: siblingUnitId, year: 2030 }), 404);
      await refused(() => filler.post("/api/reports", { unitId: region.other.unitId, year: 2030 }), 404);
    });

    it("another region's users downloading this region's evidence file or document job: 404", async () => {
      await refused(() => otherFinance.get(`/api/attachments/${attachmentId}`), 404);
      await refused(() => otherFiller.get(`/api/jobs/${jobId}`), 404);
      await refused(() => otherFiller.get(`/api/jobs/${jobId}/download`), 404);
    });

    it("lists never show what is not yours", async () => {
      const own = ((await filler.get("/api/reports")).body.reports as { unitName: string }[]).map((r) => r.unitName);
      expect(new Set(own)).toEqual(new Set([FILLER_UNIT_NAME]));
      const other = ((await otherFinance.get("/api/reports")).body.reports as { id: string }[]).map((r) => r.id);
      expect(other).toEqual([region.other.reportId]);
      const units = ((await otherFiller.get("/api/units")).body.units as { id: string }[]).map((u) => u.id);
      expect(units).toEqual([region.other.unitId]);
    });
  });

  describe("roles", () => {
    it("a 填报人 (and a 单位审核人) approving: 403, the report still 已提交", async () => {
      const version = await versionOf(submittedId);
      for (const client of [filler, unitReviewer]) {
        const response = await refused(
          () => client.post(`/api/reports/${submittedId}/transitions`, { action: "departmentApprove", version }),
          403,
        );
        expect(response.body.error).toContain("无权");
      }
      expect((await region.services.reports.find(submittedId))?.status).toBe("submitted");
    });

    it("a 填报人 publishing or taking a finance action: 403", async () => {
      const version = await versionOf(approvedId);
      for (const action of ["publish", "financeApprove", "financeReturn"]) {
        await refused(
          () => filler.post(`/api/reports/${approvedId}/transitions`, { action, version, comment: "自己批准自己" }),
          403,
        );
      }
    });

    it("a 主管部门审核人 taking a 财政 action (approve, return, publish): 403, the report still 主管部门已通过", async () => {
      const version = await versionOf(approvedId);
      for (const action of ["financeApprove", "financeReturn", "publish"]) {
        await refused(
          () => department.post(`/api/reports/${approvedId}/transitions`, { action, version, comment: "越级" }),
          403,
        );
      }
      expect((await region.services.reports.find(approvedId))?.status).toBe("departmentApproved");
    });

    it("a 财政审核人 taking the 主管部门's step: 403", async () => {
      const version = await versionOf(submittedId);
      await refused(
        () => finance.post(`/api/reports/${submittedId}/transitions`, { action: "departmentApprove", version }),
        403,
      );
    });

    it("a reviewer of one region acting on another region's report: 404 both ways", async () => {
      const version = await versionOf(approvedId);
      await refused(
        () => otherFinance.post(`/api/reports/${approvedId}/transitions`, { action: "financeApprove", version }),
        404,
      );
      await refused(
        () =>
          otherFinance.post(`/api/reports/${approvedId}/transitions`, {
            action: "financeReturn",
            version,
            comment: "退回",
          }),
        404,
      );
      const otherVersion = await versionOf(region.other.reportId);
      await refused(
        () =>
          finance.post(`/api/reports/${region.other.reportId}/transitions`, {
            action: "financeReturn",
            version: otherVersion,
            comment: "退回",
          }),
        404,
      );
      await refused(() => department.post(`/api/reports/${region.other.reportId}/comments`, { body: "越界" }), 404);
    });

    it("a reviewer editing a unit's figures: 403", async () => {
      const version = await versionOf(ownId);
      for (const client of [department, finance, admin]) {
        await refused(
          () => client.patch(`/api/reports/${ownId}/projects/0/indicators/0`, { version, fields: { actual: "1" } }),
          403,
        );
      }
    });

    it("a 填报人 (or a 主管部门审核人) creating users: 403, no user added", async () => {
      const user = {
        username: "intruder",
        displayName: "冒名管理员",
        password: "long-enough-password",
        role: "admin",
        unitId: fillerUnitId,
      };
      await refused(() => filler.post("/api/users", user), 403);
      await refused(() => department.post("/api/users", user), 403);
      expect(await region.services.users.findByUsername("intruder")).toBeUndefined();
    });

    it("a 填报人 (or a 单位审核人 or 财政审核人) creating units: 403, no unit added", async () => {
      await refused(
        () => filler.post("/api/units", { parentId: fillerUnitId, name: "冒名单位", kind: "subunit" }),
        403,
      );
      await refused(
        () => unitReviewer.post("/api/units", { parentId: fillerUnitId, name: "冒名单位", kind: "subunit" }),
        403,
      );
      await refused(
        () => finance.post("/api/units", { parentId: fillerUnitId, name: "冒名单位", kind: "subunit" }),
        403,
      );
      expect(await region.services.units.findByName("冒名单位")).toBeUndefined();
    });

    it("a 管理员 creating a user or unit in another region: 404", async () => {
      await refused(
        () =>
          admin.post("/api/users", {
            username: "planted",
            displayName: "x",
            password: "long-enough-password",
            role: "admin",
            unitId: region.other.unitId,
          }),
        404,
      );
      await refused(
        () => admin.post("/api/units", { parentId: region.other.unitId, name: "越界单位", kind: "subunit" }),
        404,
      );
    });

    it("anyone but a 管理员 restoring a version: 403", async () => {
      const version = await versionOf(ownId);
      for (const client of [filler, unitReviewer, department, finance]) {
        await refused(() => client.post(`/api/reports/${ownId}/restore`, { toVersion: 1, version }), 403);
      }
    });

    it("a 管理员 restoring another region's report: 404", async () => {
      const version = await versionOf(region.other.reportId);
      await refused(() => admin.post(`/api/reports/${region.other.reportId}/restore`, { toVersion: 1, version }), 404);
    });

    it("a 填报人 reading the user list or the regional summary: 403", async () => {
      await refused(() => filler.get("/api/users"), 403);
      await refused(() => filler.get("/api/summary?year=2023"), 403);
    });
  });

  describe("CSRF", () => {
    /** One valid write per method, each of which would succeed with the token. */
    const writes = () =>
      [
        [
          "PATCH",
          `/api/reports/${ownId}/projects/0/indicators/0`,
          async () => ({ version: await versionOf(ownId), fields: { actual: "1" } }),
        ],
        [
          "PUT",
          `/api/reports/${ownId}/dataset`,
          async () => ({ version: await versionOf(ownId), dataset: await datasetOf(ownId) }),
        ],
        ["POST", `/api/reports/${ownId}/comments`, async () => ({ body: "无令牌的意见" })],
        ["DELETE", "/api/session", async () => undefined],
      ] as const;

    it("PATCH, PUT, POST and DELETE without the CSRF header: 403, and the session survives the refused DELETE", async () => {
      for (const [method, path, body] of writes()) {
        const session = await region.signedIn("filler");
        const payload = await body();
        await refused(() => withoutCsrf(session).request(method, path, payload), 403);
        expect((await session.get("/api/session")).status).toBe(200);
      }
    });

    it("PATCH, PUT, POST and DELETE with a tampered CSRF token: 403", async () => {
      for (const [method, path, body] of writes()) {
        const session = await region.signedIn("filler");
        const payload = await body();
        const token = session.csrfToken;
        const flipped = tamper(token);
        for (const tampered of [
          flipped,
          `${token}x`,
          token.slice(1),
          token.toUpperCase() === token ? token.toLowerCase() : token.toUpperCase(),
          " ",
          "null",
        ]) {
          await refused(() => session.request(method, path, payload, { "x-csrf-token": tampered }), 403);
        }
      }
    });

    it("a CSRF token of another session (another user's, or the same user's other sign-in): 403", async () => {
      const second = await region.signedIn("filler");
      const version = await versionOf(ownId);
      for (const token of [unitReviewer.csrfToken, second.csrfToken]) {
        await refused(
          () =>
            filler.request(
              "PATCH",
              `/api/reports/${ownId}/projects/0/indicators/0`,
              { version, fields: { actual: "1" } },
              { "x-csrf-token": token },
            ),
          403,
        );
      }
    });
  });

  describe("sessions", () => {
    it("a session token replayed after logout: 401, and its row is revoked", async () => {
      const session = await region.signedIn("filler");
      const { cookie, csrfToken } = session;
      expect((await session.delete("/api/session")).status).toBe(200);
      const sessions = await region.services.database.db
        .selectFrom("sessions")
        .select("revoked_at")
        .where("revoked_at", "is not", null)
        .execute();
      expect(sessions.length).toBeGreaterThan(0);
      session.cookie = cookie;
      session.csrfToken = csrfToken;
      await refused(() => session.get("/api/reports"), 401);
      await refused(() => session.get(`/api/reports/${ownId}`), 401);
      await refused(
        async () =>
          session.patch(`/api/reports/${ownId}/projects/0/indicators/0`, {
            version: await versionOf(ownId),
            fields: { actual: "1" },
          }),
        401,
      );
      await refused(() => session.post(`/api/reports/${ownId}/comments`, { body: "退出后" }), 401);
      await refused(() => session.delete("/api/session"), 401);
    });

    it("a forged or garbage session cookie: 401", async () => {
      const garbage = [
        randomBytes(32).toString("base64url"),
        tamper(filler.cookie.slice("jixiao_session=".length)),
        "",
        "%E0%A4%A",
        "%00",
        `'; drop table sessions; --`,
        `" or 1=1 --`,
        "x".repeat(4096),
      ];
      for (const value of garbage) {
        const forged = region.client();
        forged.cookie = `jixiao_session=${value}`;
        forged.csrfToken = filler.csrfToken;
        await refused(() => forged.get("/api/reports"), 401);
        await refused(() => forged.post(`/api/reports/${ownId}/comments`, { body: "伪造" }), 401);
      }
    });

    it("no session at all: 401 on reads and writes", async () => {
      const anonymous = region.client();
      await refused(() => anonymous.get(`/api/reports/${ownId}`), 401);
      await refused(
        async () =>
          anonymous.patch(`/api/reports/${ownId}/projects/0/indicators/0`, {
            version: await versionOf(ownId),
            fields: { actual: "1" },
          }),
        401,
      );
    });

    it("a sign-in from a foreign Origin: 403 even with the right password, no session made", async () => {
      const { username, password } = region.accounts.filler as { username: string; password: string };
      for (const origin of [
        "https://evil.example",
        "http://localhost.evil.example",
        "http://localhost:8080",
        "null",
        "not a url",
      ]) {
        await refused(
          () => region.client().request("POST", "/api/session", { username, password }, { origin, host: "localhost" }),
          403,
          { label: origin },
        );
      }
      // The same origin is accepted (the check is not refusing everything).
      const same = await region
        .client()
        .request("POST", "/api/session", { username, password }, { origin: "http://localhost", host: "localhost" });
      expect(same.status).toBe(200);
    });

    it("the session cookie is HttpOnly and SameSite=Strict", async () => {
      const { username, password } = region.accounts.filler as { username: string; password: string };
      const cookie =
        (await region.client().post("/api/session", { username, password })).headers.get("set-cookie") ?? "";
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
    });
  });

  describe("transport headers", () => {
    const PROXY = "10.0.0.1";
    /** A request as a server on a socket sees it: from `peer`, to `url`, with `headers`. */
    const viaSocket = (app: ReturnType<typeof createApp>, url: string, peer: string, init: RequestInit = {}) =>
      app.request(url, init, {
        incoming: { socket: { remoteAddress: peer, remotePort: 40_000, remoteFamily: "IPv4" } },
      });
    const signInInit = (headers: Record<string, string> = {}): RequestInit => {
      const { username, password } = region.accounts.filler as { username: string; password: string };
      return {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ username, password }),
      };
    };

    it("over plain HTTP: no HSTS anywhere and no Secure cookie, even when a client (not the trusted proxy) claims X-Forwarded-Proto: https", async () => {
      const app = createApp(region.services, { transport: { trustedProxies: [PROXY] } });
      for (const [peer, headers] of [
        ["192.0.2.1", {}],
        ["192.0.2.1", { "x-forwarded-proto": "https" }],
        [PROXY, { "x-forwarded-proto": "http" }],
      ] as const) {
        const signIn = await viaSocket(app, "http://localhost/api/session", peer, signInInit(headers));
        expect(signIn.status).toBe(200);
        expect(signIn.headers.get("strict-transport-security"), `${peer} ${JSON.stringify(headers)}`).toBeNull();
        for (const cookie of signIn.headers.getSetCookie()) expect(cookie).not.toMatch(/;\s*Secure/i);
        for (const path of ["/api/reports", "/api/public/reports", "/", "/api/no-such-thing"]) {
          expect(
            (await viaSocket(app, `http://localhost${path}`, peer, { headers })).headers.get(
              "strict-transport-security",
            ),
            path,
          ).toBeNull();
        }
      }
      // The default app (no trusted proxy) believes no one's header.
      const plain = await region
        .client()
        .request(
          "POST",
          "/api/session",
          { username: "demo-filler", password: region.accounts.filler?.password },
          { "x-forwarded-proto": "https" },
        );
      expect(plain.headers.get("strict-transport-security")).toBeNull();
    });

    it("over HTTPS (directly, or X-Forwarded-Proto from the trusted proxy): HSTS on every response and Secure cookies", async () => {
      const app = createApp(region.services, { transport: { trustedProxies: [PROXY] } });
      for (const [url, peer, headers] of [
        ["https://localhost", "192.0.2.1", {}],
        ["http://localhost", PROXY, { "x-forwarded-proto": "https", "x-forwarded-for": "198.51.100.9" }],
      ] as const) {
        const signIn = await viaSocket(app, `${url}/api/session`, peer, signInInit(headers));
        expect(signIn.status).toBe(200);
        expect(signIn.headers.get("strict-transport-security")).toMatch(/^max-age=31536000/);
        const cookies = signIn.headers.getSetCookie();
        expect(cookies.length).toBeGreaterThanOrEqual(1);
        for (const cookie of cookies) expect(cookie).toMatch(/;\s*Secure/i);
        for (const path of ["/api/reports", "/api/public/reports", "/"]) {
          expect(
            (await viaSocket(app, `${url}${path}`, peer, { headers })).headers.get("strict-transport-security"),
            path,
          ).toMatch(/^max-age=/);
        }
      }
    });

    it("private JSON, downloads and errors are Cache-Control: no-store", async () => {
      for (const [client, path] of [
        [filler, "/api/session"],
        [filler, "/api/reports"],
        [filler, `/api/reports/${ownId}`],
        [filler, `/api/reports/${ownId}/export`],
        [filler, `/api/attachments/${attachmentId}`],
        [filler, `/api/jobs/${jobId}/download`],
        [admin, "/api/users"],
        [filler, "/api/account/sessions"],
        [region.client(), "/api/reports"],
        [otherFiller, `/api/reports/${ownId}`],
      ] as const) {
        const response = await client.get(path);
        expect(response.headers.get("cache-control"), `${path} (${response.status})`).toBe("no-store");
      }
      const { username, password } = region.accounts.filler as { username: string; password: string };
      expect((await region.client().post("/api/session", { username, password })).headers.get("cache-control")).toBe(
        "no-store",
      );
    });
  });

  describe("hostile input", () => {
    it("SQL metacharacters as a sign-in name: 401; the failure is counted under the name verbatim, nothing else changes", async () => {
      for (const username of SQL_PAYLOADS) {
        const before = await snapshot(region);
        const response = await region.client().post("/api/session", { username, password: `x' or '1'='1` });
        expect(response.status).toBe(401);
        expectCleanError(response);
        const after = await snapshot(region);
        expect({ ...after, login_attempts: [] }).toEqual({ ...before, login_attempts: [] });
        const row = await region.services.database.db
          .selectFrom("login_attempts")
          .selectAll()
          .where("key", "=", `user:${username}`)
          .executeTakeFirst();
        expect(row?.failures).toBe(1);
      }
    });

    it("SQL metacharacters as a new user's name: 400; as a display name and a unit name: stored and returned verbatim", async () => {
      for (const username of SQL_PAYLOADS) {
        await refused(
          () =>
            admin.post("/api/users", {
              username,
              displayName: "x",
              password: "long-enough-password",
              role: "filler",
              unitId: fillerUnitId,
            }),
          400,
        );
      }
      const before = counts(await snapshot(region));
      const [first, second] = SQL_PAYLOADS;
      const user = await admin.post("/api/users", {
        username: "sql.display",
        displayName: first,
        password: "long-enough-password",
        role: "filler",
        unitId: fillerUnitId,
      });
      expect(user.status).toBe(200);
      const unit = await admin.post("/api/units", { parentId: fillerUnitId, name: second, kind: "subunit" });
      expect(unit.status).toBe(200);
      expect(counts(await snapshot(region))).toEqual({ ...before, users: before.users + 1, units: before.units + 1 });
      expect((await region.services.users.find(user.body.id))?.display_name).toBe(first);
      expect((await region.services.units.find(unit.body.id))?.name).toBe(second);
      const users = (await admin.get("/api/users")).body.users as { id: string; displayName: string }[];
      expect(users.find((u) => u.id === user.body.id)?.displayName).toBe(first);
      const units = (await admin.get("/api/units")).body.units as { id: string; name: string }[];
      expect(units.find((u) => u.id === unit.body.id)?.name).toBe(second);
    });

    it("SQL metacharacters in comment bodies: stored and returned verbatim, one row each, the tables intact", async () => {
      const before = counts(await snapshot(region));
      for (const body of SQL_PAYLOADS) {
        const created = await filler.post(`/api/reports/${ownId}/comments`, { body, path: `projects[0]'--` });
        expect(created.status).toBe(200);
        expect(created.body.body).toBe(body);
      }
      expect(counts(await snapshot(region))).toEqual({ ...before, comments: before.comments + 2 });
      const stored = await region.services.database.db
        .selectFrom("comments")
        .select(["body", "path"])
        .where("report_id", "=", ownId)
        .execute();
      for (const body of SQL_PAYLOADS) expect(stored).toContainEqual({ body, path: `projects[0]'--` });
      const listed = await filler.get(`/api/reports/${ownId}/comments`);
      expectSecurityHeaders(listed);
      const bodies = (listed.body.comments as { body: string }[]).map((c) => c.body);
      for (const body of SQL_PAYLOADS) expect(bodies).toContain(body);
    });

    it("SQL metacharacters in indicator text: stored and returned verbatim, one new version, the tables intact", async () => {
      const before = counts(await snapshot(region));
      const version = await versionOf(ownId);
      const [level3, reason] = SQL_PAYLOADS;
      const saved = await filler.patch(`/api/reports/${ownId}/projects/0/indicators/0`, {
        version,
        fields: { level3, reason },
      });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      expect(saved.body.version).toBe(version + 1);
      expect(counts(await snapshot(region))).toEqual({ ...before, report_versions: before.report_versions + 1 });
      const stored = (await datasetOf(ownId)).projects[0].evaluation.indicators[0];
      expect([stored.level3, stored.reason]).toEqual([level3, reason]);
      const read = await filler.get(`/api/reports/${ownId}/projects/0/indicators/0`);
      expect([read.body.indicator.level3, read.body.indicator.reason]).toEqual([level3, reason]);
      expectSecurityHeaders(read);
    });

    it("XSS payloads in comments and indicator text come back only as JSON strings, with nosniff and a CSP", async () => {
      const [script, img] = XSS_PAYLOADS;
      expect((await filler.post(`/api/reports/${ownId}/comments`, { body: `${script}${img}` })).status).toBe(200);
      const saved = await filler.patch(`/api/reports/${ownId}/projects/0/indicators/1`, {
        version: await versionOf(ownId),
        fields: { level3: script, reason: img },
      });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);

      const stored = (await datasetOf(ownId)).projects[0].evaluation.indicators[1];
      expect([stored.level3, stored.reason]).toEqual([script, img]);
      for (const path of [
        `/api/reports/${ownId}/comments`,
        `/api/reports/${ownId}/projects/0/indicators/1`,
        `/api/reports/${ownId}`,
        `/api/reports/${ownId}/full`,
        `/api/reports/${ownId}/export`,
        `/api/reports/${ownId}/history`,
      ]) {
        const response = await filler.get(path);
        expect(response.status, path).toBe(200);
        expectSecurityHeaders(response);
        // The client parsed the body as JSON; the payloads are values in it, never markup around it.
        expect(typeof response.body, path).toBe("object");
        const strings: string[] = [];
        JSON.stringify(response.body, (_key, value) => {
          if (typeof value === "string") strings.push(value);
          return value;
        });
        expect(strings.some((s) => s.includes(script)) && strings.some((s) => s.includes(img)), path).toBe(true);
      }
      const full = await filler.get(`/api/reports/${ownId}/full`);
      expect([
        full.body.dataset.projects[0].evaluation.indicators[1].level3,
        full.body.dataset.projects[0].evaluation.indicators[1].reason,
      ]).toEqual([script, img]);
      expect((await filler.get(`/api/reports/${ownId}/export`)).headers.get("content-disposition")).toMatch(
        /^attachment;/,
      );
    });

    it("a body over 10 MB: 413", async () => {
      const huge = `{"version":1,"dataset":"${"x".repeat(10 * 1024 * 1024 + 1)}"}`;
      await refused(() => filler.put(`/api/reports/${ownId}/dataset`, huge), 413);
      await refused(
        () => filler.post(`/api/reports/${ownId}/comments`, `{"body":"${"评".repeat(4 * 1024 * 1024)}"}`),
        413,
      );
    });

    it("a body that is not JSON: 415", async () => {
      const version = await versionOf(ownId);
      await refused(
        () =>
          filler.request("POST", `/api/reports/${ownId}/comments`, "body=x", {
            "content-type": "application/x-www-form-urlencoded",
          }),
        415,
      );
      await refused(
        () =>
          filler.request(
            "PATCH",
            `/api/reports/${ownId}/projects/0/indicators/0`,
            JSON.stringify({ version, fields: { actual: "1" } }),
            { "content-type": "text/plain" },
          ),
        415,
      );
      await refused(
        () =>
          filler.request("PUT", `/api/reports/${ownId}/dataset`, JSON.stringify({ version, dataset: {} }), {
            "content-type": "multipart/form-data; boundary=x",
          }),
        415,
      );
      await refused(
        () =>
          region.client().request("POST", "/api/session", "username=a&password=b", {
            "content-type": "application/x-www-form-urlencoded",
          }),
        415,
      );
    });

    it("malformed JSON: 400 with a Chinese message and no stack trace", async () => {
      for (const text of ["{body: 这不是 JSON", `{"body": "x"`, "", "undefined", `{"body":"x"}}`, "\u0000"]) {
        const response = await refused(() => filler.request("POST", `/api/reports/${ownId}/comments`, text), 400);
        expect(response.body.error).toContain("不是合法的 JSON");
      }
      await refused(() => filler.request("PATCH", `/api/reports/${ownId}/projects/0/indicators/0`, "[1,2,"), 400);
      await refused(() => region.client().request("POST", "/api/session", "{'username':'a'}"), 400);
    });

    it("a NUL character in a comment, a sign-in name or indicator text: 400, nothing written", async () => {
      await refused(
        () => filler.post(`/api/reports/${ownId}/comments`, { body: "意见\u0000; drop table comments" }),
        400,
      );
      await refused(() => region.client().post("/api/session", { username: "demo-filler\u0000", password: "x" }), 400);
      await refused(
        async () =>
          filler.patch(`/api/reports/${ownId}/projects/0/indicators/0`, {
            version: await versionOf(ownId),
            fields: { level3: "a\u0000b" },
          }),
        400,
      );
      // A backslash followed by "u0000" is ordinary text.
      const literal = await filler.post(`/api/reports/${ownId}/comments`, { body: "路径 C:\\u0000\\x" });
      expect(literal.status).toBe(200);
      expect(literal.body.body).toBe("路径 C:\\u0000\\x");
    });

    it('JSON nested 100,000 deep (ending in "\\u0000"): 400 with a clear message on every JSON route, sign-in too, not a 500', async () => {
      const deep = `${"[".repeat(100_000)}"\\u0000"${"]".repeat(100_000)}`;
      const deepObject = `${'{"a":'.repeat(100_000)}"\\u0000"${"}".repeat(100_000)}`;
      for (const text of [deep, deepObject]) {
        const response = await refused(() => filler.request("POST", `/api/reports/${ownId}/comments`, text), 400);
        expect(response.body.error).toContain("嵌套过深");
        await refused(() => region.client().request("POST", "/api/session", text), 400);
        await refused(() => filler.request("PATCH", `/api/reports/${ownId}/projects/0/indicators/0`, text), 400);
      }
      // 64 levels are read as usual (then judged by the route's schema); 65 are not.
      const at = (depth: number) => `{"body":${"[".repeat(depth - 1)}"x"${"]".repeat(depth - 1)}}`;
      expect((await filler.request("POST", `/api/reports/${ownId}/comments`, at(64))).body.error).not.toContain(
        "嵌套过深",
      );
      expect((await filler.request("POST", `/api/reports/${ownId}/comments`, at(65))).body.error).toContain("嵌套过深");
      // Brackets inside strings are text, not nesting.
      const bracketed = await filler.post(`/api/reports/${ownId}/comments`, { body: "[".repeat(200) });
      expect(bracketed.status).toBe(200);
      expect(bracketed.body.body).toBe("[".repeat(200));
    });

    it("lone UTF-16 surrogates in a comment, a key or indicator text: 400 naming the place, nothing stored", async () => {
      for (const escaped of ["\\ud800", "\\udfff", "x\\ud83d", "\\ude00\\ud83d"]) {
        const response = await refused(
          () => filler.request("POST", `/api/reports/${ownId}/comments`, `{"body":"意见${escaped}"}`),
          400,
        );
        expect(response.body.error).toContain("代理字符");
        expect(response.body.error).toContain("body");
      }
      await refused(
        async () =>
          filler.request(
            "PATCH",
            `/api/reports/${ownId}/projects/0/indicators/0`,
            `{"version":${await versionOf(ownId)},"fields":{"level3":"a\\ud800b"}}`,
          ),
        400,
      );
      await refused(
        () => region.client().request("POST", "/api/session", `{"username":"demo-filler\\udc00","password":"x"}`),
        400,
      );
      await refused(() => filler.request("POST", `/api/reports/${ownId}/comments`, `{"body":"x","\\ud800":1}`), 400);
      // A well-formed pair (an emoji) is stored and read back exactly.
      const paired = await filler.request("POST", `/api/reports/${ownId}/comments`, `{"body":"好\\ud83d\\ude00"}`);
      expect(paired.status, JSON.stringify(paired.body)).toBe(200);
      expect(paired.body.body).toBe("好😀");
      const stored = await region.services.database.db
        .selectFrom("comments")
        .select("body")
        .where("id", "=", paired.body.id)
        .executeTakeFirstOrThrow();
      expect(stored.body).toBe("好😀");
    });

    it("the JSON media type is checked exactly, not as a substring: 415, nothing written", async () => {
      const body = JSON.stringify({ body: "类型" });
      for (const type of [
        "text/plain; application/json",
        "application/json-patch+json",
        "application/jsonx",
        "text/html;x=application/json",
        "application/json; charset=latin1",
        "application/json; boundary=x",
        "xapplication/json",
      ]) {
        await refused(
          () => filler.request("POST", `/api/reports/${ownId}/comments`, body, { "content-type": type }),
          415,
          { label: type },
        );
      }
      for (const type of [
        "application/json",
        "Application/JSON",
        "application/json; charset=utf-8",
        'application/json;charset="UTF-8"',
      ]) {
        const accepted = await filler.request("POST", `/api/reports/${ownId}/comments`, body, { "content-type": type });
        expect(accepted.status, type).toBe(200);
      }
    });

    it("unknown fields: 400, naming the place", async () => {
      const version = await versionOf(ownId);
      const patch = `/api/reports/${ownId}/projects/0/indicators/0`;
      await refused(() => filler.patch(patch, { version, fields: { actual: "1" }, isAdmin: true }), 400);
      await refused(() => filler.patch(patch, { version, fields: { status: "published" } }), 400);
      await refused(
        () => filler.request("PATCH", patch, `{"version":${version},"fields":{"__proto__":{"admin":true}}}`),
        400,
      );
      await refused(
        () =>
          filler.request("PATCH", patch, `{"version":${version},"fields":{"actual":"1"},"__proto__":{"isAdmin":true}}`),
        400,
      );
      await refused(() => filler.post(`/api/reports/${ownId}/comments`, { body: "x", authorId: "someone-else" }), 400);
      await refused(
        () => filler.post(`/api/reports/${ownId}/transitions`, { action: "submit", version, status: "published" }),
        400,
      );
      await refused(
        () =>
          admin.post("/api/users", {
            username: "extra.field",
            displayName: "x",
            password: "long-enough-password",
            role: "filler",
            unitId: fillerUnitId,
            disabled: 0,
          }),
        400,
      );
      await refused(
        () => region.client().post("/api/session", { username: "demo-filler", password: "x", role: "admin" }),
        400,
      );
      const response = await refused(
        async () =>
          filler.put(`/api/reports/${ownId}/dataset`, { version, dataset: await datasetOf(ownId), owner: "x" }),
        400,
      );
      expect(response.body.details.issues.length).toBeGreaterThan(0);
    });

    it("path traversal in ids: 404", async () => {
      const version = await versionOf(ownId);
      for (const path of [
        `/api/reports/${TRAVERSAL}`,
        `/api/reports/${TRAVERSAL}/full`,
        `/api/reports/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd`,
        `/api/reports/..%5C..%5Cwindows%5Cwin.ini`,
        `/api/reports/%00`,
        `/api/reports/..%2F%00`,
        `/api/reports/${ownId}/projects/..%2F..`,
        `/api/reports/${ownId}/projects/0/indicators/..%2F..%2F..%2Fetc%2Fpasswd`,
        `/api/reports/${ownId}/projects/-1/indicators/0`,
        `/api/reports/${ownId}/projects/99999/indicators/0`,
        `/api/reports/${ownId}/../../`,
        `/api/attachments/${TRAVERSAL}`,
        `/api/jobs/${TRAVERSAL}`,
        `/api/public/reports/${TRAVERSAL}`,
      ]) {
        await refused(() => filler.get(path), 404, { label: path });
      }
      // Outside /api once the URL is normalized: the plain 404 of the app.
      await refused(() => filler.get("/api/reports/../../etc/passwd"), 404, { json: false });
      await refused(
        () => filler.patch(`/api/reports/${TRAVERSAL}/projects/0/indicators/0`, { version, fields: { actual: "1" } }),
        404,
      );
      await refused(
        async () => filler.put(`/api/reports/${TRAVERSAL}/dataset`, { version, dataset: await datasetOf(ownId) }),
        404,
      );
      await refused(() => filler.post(`/api/reports/${TRAVERSAL}/comments`, { body: "x" }), 404);
      await refused(
        () =>
          filler.patch(`/api/reports/${ownId}/projects/..%2F..%2F/indicators/0`, { version, fields: { actual: "1" } }),
        404,
      );
    });
  });

  describe("brute force", () => {
    it("five wrong passwords lock the name from that address: even the right password from there then gets 429, and login_attempts shows it", async () => {
      const sessionsOf = async () =>
        Number(
          (
            await region.services.database.db
              .selectFrom("sessions")
              .select((eb) => eb.fn.countAll<number>().as("n"))
              .where("user_id", "=", lockUserId)
              .executeTakeFirstOrThrow()
          ).n,
        );
      for (let i = 0; i < THROTTLE.maxFailuresPerUser; i++) {
        const response = await region.client().post("/api/session", { username: LOCK_USER, password: `wrong-${i}` });
        expect(response.status).toBe(401);
        expectCleanError(response);
      }
      // In-process requests have no socket: their address is "unknown".
      const key = `pair:${LOCK_USER}|unknown`;
      expect(
        (
          await region.services.database.db
            .selectFrom("login_attempts")
            .selectAll()
            .where("key", "=", key)
            .executeTakeFirstOrThrow()
        ).failures,
      ).toBe(THROTTLE.maxFailuresPerUser);

      // The next attempt is past the limit: it locks the key and is refused unchecked, right password or not.
      const locking = await region.client().post("/api/session", { username: LOCK_USER, password: LOCK_PASSWORD });
      expect(locking.status).toBe(429);
      expect(locking.body.error).toContain("锁定");
      const row = await region.services.database.db
        .selectFrom("login_attempts")
        .selectAll()
        .where("key", "=", key)
        .executeTakeFirstOrThrow();
      expect(row.locked_until).not.toBeNull();
      const lockedFor = Date.parse(row.locked_until as string) - Date.now();
      expect(lockedFor).toBeGreaterThan(THROTTLE.lockMs - 10_000);
      expect(lockedFor).toBeLessThanOrEqual(THROTTLE.lockMs);

      const locked = await refused(
        () => region.client().post("/api/session", { username: LOCK_USER, password: LOCK_PASSWORD }),
        429,
      );
      expect(locked.body.error).toContain("锁定");
      await refused(() => region.client().post("/api/session", { username: LOCK_USER, password: "wrong-again" }), 429);
      expect(await sessionsOf()).toBe(0);
      // The lock is on that name only: others still sign in.
      expect(
        (await region.client().post("/api/session", { username: "other-filler", password: OTHER_PASSWORD })).status,
      ).toBe(200);
    });
  });

  describe("locks, versions and the public", () => {
    it("editing a submitted report: 423, version unchanged", async () => {
      const version = await versionOf(submittedId);
      const patch = await refused(
        () =>
          filler.patch(`/api/reports/${submittedId}/projects/0/indicators/0`, { version, fields: { actual: "11" } }),
        423,
      );
      expect(patch.body.error).toContain("已锁定");
      await refused(
        async () =>
          filler.put(`/api/reports/${submittedId}/dataset`, { version, dataset: await datasetOf(submittedId) }),
        423,
      );
      await refused(
        () =>
          unitReviewer.patch(`/api/reports/${submittedId}/projects/0/indicators/0`, {
            version,
            fields: { actual: "11" },
          }),
        423,
      );
      await refused(
        () =>
          filler.request("POST", `/api/reports/${submittedId}/attachments`, "证明\n", {
            "content-type": "text/plain",
            "x-file-name": "late.txt",
          }),
        423,
      );
      expect(await versionOf(submittedId)).toBe(version);
    });

    it("editing a report further along (主管部门已通过, 已公开): 423", async () => {
      for (const id of [approvedId, publishedId]) {
        await refused(
          async () =>
            filler.patch(`/api/reports/${id}/projects/0/indicators/0`, {
              version: await versionOf(id),
              fields: { actual: "11" },
            }),
          423,
        );
      }
    });

    it("writing with a stale version: 409 with a Chinese message and details.currentVersion", async () => {
      const current = await versionOf(ownId);
      for (const stale of [current - 1, current + 5]) {
        const response = await refused(
          () =>
            filler.patch(`/api/reports/${ownId}/projects/0/indicators/0`, { version: stale, fields: { actual: "1" } }),
          409,
        );
        expect(response.body.error).toContain("已被他人修改");
        expect(response.body.details).toEqual({ yourVersion: stale, currentVersion: current });
      }
      const put = await refused(
        async () =>
          filler.put(`/api/reports/${ownId}/dataset`, { version: current - 1, dataset: await datasetOf(ownId) }),
        409,
      );
      expect(put.body.details.currentVersion).toBe(current);
    });

    it("a workflow step or a restore with a stale version: 409", async () => {
      const submitted = await versionOf(submittedId);
      const step = await refused(
        () =>
          department.post(`/api/reports/${submittedId}/transitions`, {
            action: "departmentReturn",
            version: submitted - 1,
            comment: "退回",
          }),
        409,
      );
      expect(step.body.details.currentVersion).toBe(submitted);
      const own = await versionOf(ownId);
      const restore = await refused(
        () => admin.post(`/api/reports/${ownId}/restore`, { toVersion: 1, version: own - 1 }),
        409,
      );
      expect(restore.body.details.currentVersion).toBe(own);
    });

    it("the public sees only published reports: others 404 by id and absent from the list", async () => {
      const anonymous = region.client();
      for (const id of [ownId, submittedId, approvedId, siblingId, region.other.reportId, "no-such-report"]) {
        await refused(() => anonymous.get(`/api/public/reports/${id}`), 404);
      }
      const list = await anonymous.get("/api/public/reports");
      expect(list.status).toBe(200);
      expect((list.body.reports as { id: string }[]).map((r) => r.id)).toEqual([publishedId]);
      const published = await anonymous.get(`/api/public/reports/${publishedId}`);
      expect(published.status).toBe(200);
      expect(published.body.report.unitName).toBe(FILLER_UNIT_NAME);
      expect(Object.keys(published.body.report).sort()).toEqual(["id", "publishedAt", "unitName", "year"]);
    });
  });
});
