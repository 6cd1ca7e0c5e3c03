/**
 * The OpenAPI document lists every route the server answers, with the JSON Schema of its body and of its answer
 * (the DTOs of src/server/dto), and the page for people loads it from the same origin (the content security policy
 * allows nothing else). The answers the demo server actually gives — every route called as the pages call it, on
 * both databases — are held to those schemas, strictly: a field that is not in the DTO (a snake_case column spread
 * into an answer) fails as much as a missing one.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import type { ApiRoute } from "../../src/server/api-route.ts";
import { ErrorDto } from "../../src/server/dto/common-dto.ts";
import { isFileResponse } from "../../src/server/openapi-document.ts";
import { allRoutes } from "../../src/server/routes/all-routes.ts";
import { ApiClient, type ApiResponse } from "../support/api-client.ts";
import { DIALECTS, startTestRegion, type TestRegion } from "../support/server-harness.ts";
import { act, correctAndSave, linglingFiller } from "../support/submittable-report.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const SEED_004 = new Uint8Array(readFileSync(new URL("../../seeds/004_a45521c9d62b1714.txt", import.meta.url)));
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

const ERROR_CONTENT = { "application/json": { schema: { $ref: "#/components/schemas/Error" } } };

const keyOf = (route: Pick<ApiRoute, "method" | "path">) => `${route.method.toUpperCase()} ${route.path}`;

/** The route answering `method path` (the most specific one: "/api/reports/from-last-year" before "/:id"). */
function routeFor(routes: readonly ApiRoute[], method: string, path: string): ApiRoute | undefined {
  const pathname = path.split("?")[0] as string;
  const matching = routes.filter(
    (route) =>
      route.method === method.toLowerCase() && new RegExp(`^${route.path.replace(/:\w+/g, "[^/]+")}$`).test(pathname),
  );
  return matching.sort((a, b) => b.path.split(":").length - a.path.split(":").length).at(-1);
}

/** Every answer is checked as it comes: a 200 against its route's response schema, any other against ErrorDto. */
class Sampler {
  readonly sampled = new Set<string>();
  readonly failures: string[] = [];
  /** How many refusals were checked against ErrorDto. */
  refusals = 0;
  constructor(private readonly routes: readonly ApiRoute[]) {}

  check(method: string, path: string, status: number, contentType: string, body: unknown): void {
    const route = routeFor(this.routes, method, path);
    if (!route) return;
    if (status !== 200) {
      this.refusals++;
      const error = contentType.startsWith("application/json") ? ErrorDto.safeParse(body) : undefined;
      if (!error?.success) this.failures.push(`${method} ${path} → ${status}: 不是 ErrorDto（${contentType}）`);
      return;
    }
    const schema: z.ZodType | undefined = isFileResponse(route.response)
      ? contentType.startsWith("application/json")
        ? route.response.schema
        : undefined
      : route.response;
    if (!contentType.startsWith("application/json") && !isFileResponse(route.response)) {
      this.failures.push(`${keyOf(route)}: 应为 JSON，实为 ${contentType}`);
      return;
    }
    if (isFileResponse(route.response) && !route.response.file.includes(contentType.split(";")[0] as string)) {
      this.failures.push(`${keyOf(route)}: ${contentType} 不在 ${route.response.file.join("、")} 之中`);
      return;
    }
    this.sampled.add(keyOf(route));
    if (!schema) return;
    const result = schema.safeParse(body);
    if (!result.success)
      this.failures.push(
        `${method} ${path}: ${result.error.issues
          .slice(0, 5)
          .map((issue) => `${issue.path.join(".")} ${issue.message}`)
          .join("；")}`,
      );
  }
}

class SamplingClient extends ApiClient {
  constructor(
    region: TestRegion,
    private readonly sampler: Sampler,
  ) {
    super({ app: region.app });
  }

  override async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const response = await super.request<T>(method, path, body, extraHeaders);
    this.sampler.check(method, path, response.status, response.headers.get("content-type") ?? "", response.body);
    return response;
  }
}

describe("OpenAPI document", () => {
  let region: TestRegion;
  beforeAll(async () => {
    region = await startTestRegion("sqlite");
  }, 60_000);
  afterAll(async () => region?.close());

  it("describes every route, with request and response schemas and the session scheme", async () => {
    const response = await region.client().get("/api/openapi.json");
    expect(response.status).toBe(200);
    const doc = response.body;
    expect(doc.openapi).toBe("3.1.0");
    const routes = allRoutes(region.services);
    const withoutResponse: string[] = [];
    for (const route of routes) {
      const path = route.path.replace(/:(\w+)/g, "{$1}");
      const operation = doc.paths[path]?.[route.method];
      expect(operation, `${route.method} ${path}`).toBeDefined();
      if (route.body) expect(operation.requestBody.content["application/json"].schema.type).toBe("object");
      const content = operation.responses["200"].content as Record<string, { schema?: unknown }> | undefined;
      if (!content || Object.values(content).some((media) => !media.schema)) withoutResponse.push(keyOf(route));
    }
    expect(withoutResponse, "路由缺少响应 schema").toEqual([]);
    // Every other status answers with the one error body.
    const refusals = Object.values(doc.paths).flatMap((ops) =>
      Object.values(ops as Record<string, { responses: Record<string, { content?: unknown }> }>).flatMap((op) =>
        Object.entries(op.responses).filter(([status]) => status !== "200"),
      ),
    );
    expect(refusals.length).toBeGreaterThan(routes.length * 3);
    expect(refusals.filter(([, answer]) => JSON.stringify(answer.content) !== JSON.stringify(ERROR_CONTENT))).toEqual(
      [],
    );
    expect(doc.components.schemas.Error.required).toEqual(["error"]);
    expect(Object.values(doc.paths).flatMap((ops) => Object.keys(ops as object)).length).toBe(routes.length);
    expect(doc.paths["/api/session"].post.security).toEqual([]);
    expect(
      doc.paths["/api/reports/{id}/transitions"].post.requestBody.content["application/json"].schema.properties.action
        .enum,
    ).toContain("departmentReturn");
    // 409 only where a write can conflict: a version the client read (or a name/year already taken), never a read.
    const conflicting = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops as Record<string, { responses: Record<string, unknown> }>)
        .filter(([, op]) => op.responses["409"])
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(conflicting).toContain("PATCH /api/reports/{id}/department/indicators/{indicator}");
    expect(conflicting).toContain("PUT /api/reports/{id}/dataset");
    expect(conflicting).toContain("POST /api/reports/{id}/transitions");
    expect(conflicting).toContain("POST /api/reports/{id}/projects/{project}/indicators/import");
    expect(conflicting).not.toContain("POST /api/units");
    expect(conflicting).not.toContain("DELETE /api/session");
    expect(conflicting).not.toContain("PUT /api/reports/{id}/due-at");
    expect(conflicting).not.toContain("POST /api/reports/{id}/comments");
    // The answers' named parts are written once and referred to, and every reference leads somewhere.
    const full = doc.paths["/api/reports/{id}/full"].get.responses["200"].content["application/json"].schema;
    expect(full.properties.report).toEqual({ $ref: "#/components/schemas/Report" });
    expect(doc.components.schemas.Report.properties.unitName).toEqual({ type: "string" });
    expect(doc.components.schemas.Report.additionalProperties).toBe(false);
    expect(doc.components.schemas.Dataset.properties.projects.type).toBe("array");
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1] as string);
    expect(refs.length).toBeGreaterThan(20);
    expect(refs.filter((ref) => !doc.components.schemas[ref.replace("#/components/schemas/", "")])).toEqual([]);
    expect(doc.components.securitySchemes.session).toMatchObject({ type: "apiKey", in: "cookie" });
  });

  it("serves a page for people that needs nothing from another origin", async () => {
    const page = await region.app.request("/api/docs");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
    const html = await page.text();
    expect(html).toContain('<script src="/api/docs.js">');
    expect(html).not.toMatch(/https?:\/\//);
    const script = await region.app.request("/api/docs.js");
    expect(script.headers.get("content-type")).toContain("javascript");
  });
});

describe.each(DIALECTS)("the demo server's answers match their response schemas on %s", (dialect) => {
  let region: TestRegion;
  beforeAll(async () => {
    region = await startTestRegion(dialect);
  }, 60_000);
  afterAll(async () => region?.close());

  it("for every route called as the pages call it", async () => {
    const routes = allRoutes(region.services);
    const sampler = new Sampler(routes);
    const client = () => new SamplingClient(region, sampler);
    const signedIn = async (role: string) => {
      const account = region.accounts[role];
      const c = client();
      expect((await c.signIn(account?.username as string, account?.password as string)).status).toBe(200);
      return c;
    };
    /** A raw upload (the file itself as the body), checked like any other answer. */
    const upload = async (c: ApiClient, path: string, bytes: Uint8Array, headers: Record<string, string>) => {
      const response = await region.app.request(path, {
        method: "POST",
        headers: { cookie: c.cookie, "x-csrf-token": c.csrfToken, ...headers },
        body: bytes,
      });
      const contentType = response.headers.get("content-type") ?? "";
      const body: unknown = contentType.startsWith("application/json") ? await response.json() : await response.text();
      sampler.check("POST", path, response.status, contentType, body);
      expect(response.status, `${path}: ${JSON.stringify(body)}`).toBe(200);
      return body as any;
    };
    const ok = (answer: ApiResponse, what: string) => {
      expect(answer.status, `${what}: ${JSON.stringify(answer.body)}`).toBe(200);
      return answer.body;
    };

    const admin = await signedIn("admin");
    const filler = await signedIn("filler");
    const department = await signedIn("departmentReviewer");
    const finance = await signedIn("financeReviewer");
    const anybody = client();

    // Sessions and accounts.
    ok(await filler.get("/api/session"), "session");
    const second = await signedIn("filler");
    const sessions = ok(await filler.get("/api/account/sessions"), "sessions").sessions as {
      id: string;
      current: boolean;
    }[];
    ok(await filler.delete(`/api/account/sessions/${sessions.find((s) => !s.current)?.id}`), "end one session");
    ok(
      await second.post("/api/session", {
        username: region.accounts.filler?.username,
        password: region.accounts.filler?.password,
      }),
      "sign in again",
    );
    ok(await filler.post("/api/account/sessions/end-others"), "end others");

    // Units and users (管理员).
    const units = ok(await admin.get("/api/units"), "units").units as { id: string; name: string; kind: string }[];
    ok(await admin.get("/api/users"), "users");
    const parent = units.find((u) => u.kind === "department") as { id: string };
    const newUnit = ok(
      await admin.post("/api/units", { parentId: parent.id, name: "新建的单位", kind: "unit" }),
      "new unit",
    ).id as string;
    ok(await admin.put(`/api/units/${newUnit}/name`, { name: "改名后的单位" }), "rename unit");
    const temporary = ok(
      await admin.post("/api/users", {
        username: "schema-user",
        displayName: "临时用户",
        password: "temporary-password",
        role: "filler",
        unitId: parent.id,
      }),
      "new user",
    ).id as string;
    const user = client();
    expect((await user.signIn("schema-user", "temporary-password")).status).toBe(200);
    ok(
      await user.post("/api/account/password", {
        currentPassword: "temporary-password",
        newPassword: "changed-password",
      }),
      "password",
    );
    ok(await admin.post(`/api/users/${temporary}/password`, { newPassword: "reset-password-1" }), "reset");
    ok(await admin.get(`/api/users/${temporary}/sign-in-lock`), "locks");
    ok(await admin.delete(`/api/users/${temporary}/sign-in-lock`), "unlock");
    ok(await admin.put(`/api/users/${temporary}/role`, { role: "departmentReviewer" }), "change role");
    ok(await admin.put(`/api/users/${temporary}/disabled`, { disabled: true }), "disable");
    ok(await filler.get("/api/region/settings"), "region settings");
    ok(await admin.put("/api/region/settings", { signOffRequired: false }), "set region settings");

    // Reports: the list, one report in every form, its parts, and each kind of write.
    const reports = ok(await filler.get("/api/reports"), "reports").reports as {
      id: string;
      year: number;
      unitId: string;
    }[];
    const own = reports.find((r) => r.year === 2023) as { id: string; unitId: string };
    const id = own.id;
    ok(await filler.get("/api/reports?year=2023"), "reports of a year");
    let version = ok(await filler.get(`/api/reports/${id}`), "report").report.version as number;
    ok(await filler.get(`/api/reports/${id}/full`), "full");
    ok(await filler.get(`/api/reports/${id}/scores`), "scores");
    ok(await filler.get(`/api/reports/${id}/export`), "export");
    ok(await filler.get(`/api/reports/${id}/projects/0`), "project");
    ok(await filler.get(`/api/reports/${id}/projects/0/indicators/0`), "indicator");
    version = ok(
      await filler.patch(`/api/reports/${id}/projects/0/indicators/0`, { version, fields: { reason: "天气原因" } }),
      "project indicator",
    ).version;
    const { dataset } = ok(await filler.get(`/api/reports/${id}`), "report again");
    version = ok(
      await filler.patch(`/api/reports/${id}/dataset/sections/narrative`, { version, value: dataset.narrative }),
      "section",
    ).version;
    version = ok(await filler.put(`/api/reports/${id}/dataset`, { version, dataset }), "whole dataset").version;
    const template = await region.app.request("/api/templates/indicators.xlsx", { headers: { cookie: filler.cookie } });
    sampler.check(
      "GET",
      "/api/templates/indicators.xlsx",
      template.status,
      template.headers.get("content-type") ?? "",
      null,
    );
    const sheet = new Uint8Array(await template.arrayBuffer());
    version = (
      await upload(filler, `/api/reports/${id}/projects/0/indicators/import`, sheet, {
        "content-type": XLSX,
        "x-report-version": String(version),
      })
    ).version;
    const attachment = await upload(filler, `/api/reports/${id}/attachments`, PNG, {
      "content-type": "image/png",
      "x-file-name": encodeURIComponent("现场照片.png"),
    });
    ok(await filler.get(`/api/reports/${id}/attachments`), "attachments");
    ok(await filler.get(`/api/attachments/${attachment.id}`), "attachment");
    ok(await filler.post(`/api/reports/${id}/comments`, { body: "请核对", path: "projects[0].name" }), "comment");
    ok(await filler.get(`/api/reports/${id}/comments`), "comments");
    ok(await department.put(`/api/reports/${id}/due-at`, { dueAt: "2026-03-31T08:00:00.000Z" }), "due at");
    ok(await admin.get("/api/report-years"), "report years");
    ok(await department.get(`/api/report-years?unitId=${parent.id}`), "report years of a subtree");
    ok(await admin.put("/api/report-years/2023/deadline", { dueAt: "2026-04-30T16:00:00.000Z" }), "year deadline");
    ok(await filler.get("/api/notifications"), "notifications");
    ok(await filler.post("/api/notifications/seen"), "notifications seen");
    ok(await filler.get(`/api/reports/${id}/history`), "history");
    ok(await filler.get(`/api/reports/${id}/history?limit=2`), "history page");
    ok(await filler.get(`/api/reports/${id}/diff`), "diff");
    ok(await filler.get(`/api/reports/${id}/diff?from=1&to=2`), "diff of two versions");
    ok(await admin.post(`/api/reports/${id}/restore`, { toVersion: 1, version }), "restore");

    // New reports: empty, from last year, from a document; a document compared with a report.
    ok(await filler.post("/api/reports", { unitId: own.unitId, year: 2030 }), "new report");
    ok(await filler.post("/api/reports/from-last-year", { unitId: own.unitId, year: 2024 }), "from last year");
    await upload(filler, `/api/imports/new-report?unitId=${own.unitId}&year=2031`, SEED_004, {
      "content-type": "application/octet-stream",
      "x-file-name": encodeURIComponent("004.txt"),
    });
    await upload(department, `/api/reports/${id}/compare-document`, SEED_004, {
      "content-type": "application/octet-stream",
      "x-file-name": encodeURIComponent("004.txt"),
    });

    // A department table: 零陵's, copied into a report of the filler's unit.
    const lingling = client();
    const { reportId: published, version: first } = await linglingFiller(admin, lingling);
    const linglingDataset = ok(await lingling.get(`/api/reports/${published}`), "零陵").dataset;
    const withDepartment = ok(
      await filler.post("/api/reports", {
        unitId: own.unitId,
        year: 2032,
        dataset: { ...linglingDataset, year: 2032 },
      }),
      "report with a department table",
    ) as { id: string; version: number };
    const patched = ok(
      await filler.patch(`/api/reports/${withDepartment.id}/department/indicators/0`, {
        version: withDepartment.version,
        fields: { reason: "原因" },
      }),
      "department indicator",
    ).version as number;
    await upload(filler, `/api/reports/${withDepartment.id}/department/indicators/import`, sheet, {
      "content-type": XLSX,
      "x-report-version": String(patched),
    });

    // A document job, made and downloaded.
    const job = ok(await filler.post(`/api/reports/${id}/documents`, { pdf: false }), "job").jobId as string;
    await expect
      .poll(async () => ok(await filler.get(`/api/jobs/${job}`), "job status").status, { timeout: 60_000 })
      .toBe("done");
    ok(await filler.get(`/api/jobs/${job}/files`), "job files");
    ok(await filler.get(`/api/jobs/${job}/files/0`), "job file");
    ok(await filler.get(`/api/jobs/${job}/download`), "job ZIP");
    ok(await filler.delete(`/api/jobs/${job}`), "job deleted");
    ok(await finance.get("/api/summary"), "summary");
    ok(await finance.get("/api/summary?year=2023"), "summary of a year");
    ok(await department.get("/api/review-queue"), "review queue");
    const page = ok(await department.get("/api/review-queue?limit=1&offset=0"), "a page of the review queue");
    expect(page.units.length).toBeLessThanOrEqual(1);
    // A batch of documents, as a reviewer asks for it: followed to the end, then removed.
    const batch = ok(await finance.post("/api/document-batches", { reportIds: [id] }), "batch").batchId as string;
    await expect
      .poll(async () => ok(await finance.get(`/api/document-batches/${batch}`), "batch progress").counts.done, {
        timeout: 60_000,
      })
      .toBe(1);
    expect(ok(await finance.delete(`/api/document-batches/${batch}`), "batch removed")).toEqual({
      removed: 1,
      running: 0,
    });
    ok(await finance.get("/api/summary.xlsx?year=2023"), "summary workbook");

    // The workflow to publication, and what the public reads.
    let moved = await correctAndSave(lingling, published, first);
    moved = await act(lingling, published, "submit", moved);
    moved = await act(department, published, "departmentApprove", moved);
    moved = await act(finance, published, "financeApprove", moved);
    moved = await act(finance, published, "publish", moved);
    ok(await anybody.get("/api/public/reports"), "public list");
    ok(await anybody.get(`/api/public/reports/${published}`), "public report");
    await act(finance, published, "unpublish", moved, "更正后重新公开");
    ok(await anybody.get("/api/public/reports"), "public list with a withdrawal");
    ok(await anybody.get(`/api/public/reports/${published}`), "withdrawn report");

    // Refusals of each kind answer with the one error body (ErrorDto, checked by the sampler).
    expect((await anybody.get("/api/reports")).status).toBe(401);
    expect((await filler.get("/api/summary")).status).toBe(403);
    expect((await filler.get("/api/reports/00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await filler.post("/api/units", { name: "" })).status).toBe(400);
    expect((await filler.get(`/api/jobs/${job}/files/0/preview/1`)).status).toBe(404);

    ok(await filler.delete("/api/session"), "sign out");

    expect(sampler.failures).toEqual([]);
    expect(sampler.refusals).toBeGreaterThan(0);
    // Every route was sampled but those that need PDFs made by LibreOffice: the published PDF (in the job tests) and
    // the preview of a job's PDFs (test/e2e/preview.test.ts).
    const notSampled = new Set([
      "GET /api/public/reports/:id/pdf",
      "GET /api/jobs/:id/files/:index/preview",
      "GET /api/jobs/:id/files/:index/preview/:page",
    ]);
    expect(sampler.sampled.size).toBeGreaterThan(50);
    expect(
      routes
        .filter((route) => route.response)
        .map(keyOf)
        .filter((key) => !sampler.sampled.has(key) && !notSampled.has(key)),
    ).toEqual([]);
  }, 120_000);
});
