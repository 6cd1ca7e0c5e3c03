/**
 * The web app's ways in, on SQLite and PostgreSQL: a report started from last year's (targets kept, actuals and
 * printed figures gone), a document imported for a new report (the dataset and import report handed back, nothing
 * stored until the report is created), and a document compared with a stored report. Each refusal — no right, a
 * unit of another region, no report last year, a file that is not what its name says, one over the limit — leaves
 * the database exactly as it was.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../support/api-client.ts";
import { snapshotDatabase } from "../support/database-snapshot.ts";
import { DIALECTS, startTestRegion, type TestRegion } from "../support/server-harness.ts";

const SEED_004 = new Uint8Array(readFileSync(new URL("../../seeds/004_a45521c9d62b1714.txt", import.meta.url)));

describe.each(DIALECTS)("starting and checking reports from documents on %s", (dialect) => {
  let region: TestRegion;
  let filler: ApiClient;
  let reviewer: ApiClient;
  let unitId: string;
  let lastYearId: string;
  const upload = (client: ApiClient, path: string, name: string, bytes: Uint8Array) =>
    region.app.request(path, {
      method: "POST",
      headers: {
        cookie: client.cookie,
        "x-csrf-token": client.csrfToken,
        "content-type": "application/octet-stream",
        "x-file-name": encodeURIComponent(name),
      },
      body: bytes,
    });

  beforeAll(async () => {
    region = await startTestRegion(dialect);
    filler = await region.signedIn("filler");
    reviewer = await region.signedIn("departmentReviewer");
    const own = (await filler.get("/api/reports")).body.reports.find((r: { year: number }) => r.year === 2023);
    unitId = own.unitId;
    lastYearId = own.id;
  }, 60_000);
  afterAll(async () => region?.close());

  it("refuses, changing nothing: a reviewer role, another region's unit, a year without a report before it", async () => {
    const before = await snapshotDatabase(region);
    const byReviewer = await reviewer.post("/api/reports/from-last-year", { unitId, year: 2024 });
    expect(byReviewer.status).toBe(403);
    expect(byReviewer.body.error).toContain("无权新建报表");
    const other = await filler.post("/api/reports/from-last-year", { unitId: region.other.unitId, year: 2024 });
    expect(other.status).toBe(404);
    const noLastYear = await filler.post("/api/reports/from-last-year", { unitId, year: 2030 });
    expect(noLastYear.status).toBe(404);
    expect(noLastYear.body.error).toBe("凉山州科学技术协会没有 2029 年度的报表，无法沿用上年");
    expect(await snapshotDatabase(region)).toEqual(before);
  });

  it("starts 2024 from 2023: indicators and targets kept, actuals, scores and printed figures cleared", async () => {
    const last = (await filler.get(`/api/reports/${lastYearId}`)).body.dataset;
    const created = await filler.post("/api/reports/from-last-year", { unitId, year: 2024 });
    expect(created.status).toBe(200);
    expect(created.body.from).toEqual({ id: lastYearId, year: 2023 });
    const next = (await filler.get(`/api/reports/${created.body.id}`)).body;
    expect(next.report.year).toBe(2024);
    expect(next.report.status).toBe("draft");
    const indicators = (d: { projects: { evaluation?: { indicators: Record<string, unknown>[] } }[] }) =>
      d.projects.flatMap((p) => p.evaluation?.indicators ?? []);
    expect(indicators(last).length).toBe(108);
    expect(indicators(next.dataset).map((i) => [i.level3, i.target, i.weight])).toEqual(
      indicators(last).map((i) => [i.level3, i.target, i.weight]),
    );
    expect(indicators(last).some((i) => i.actual !== undefined)).toBe(true);
    expect(
      indicators(next.dataset).some((i) => i.actual !== undefined || i.printed !== undefined || i.reason !== undefined),
    ).toBe(false);
    expect(next.dataset.narrative.map((s: { title: string }) => s.title)).toEqual(
      last.narrative.map((s: { title: string }) => s.title),
    );
    expect(next.dataset.finalAccounts).toBeUndefined();
    expect(next.dataset.publishedScores).toEqual([]);
    const again = await filler.post("/api/reports/from-last-year", { unitId, year: 2024 });
    expect(again.status).toBe(409);
  });

  it("imports a document for a new report without storing it, then creates the report with what was accepted", async () => {
    const before = await snapshotDatabase(region);
    const answer = await upload(
      filler,
      `/api/imports/new-report?unitId=${unitId}&year=2025`,
      "2023年自评报告.txt",
      SEED_004,
    );
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as {
      dataset: { year: number; unit: { name: string }; projects: unknown[] };
      documentYear: number;
      report: { files: { file: string; counts: { recognized: number } }[] };
    };
    expect(body.documentYear).toBe(2023);
    expect(body.dataset.year).toBe(2025);
    expect(body.dataset.unit.name).toBe("凉山州科学技术协会");
    expect(body.dataset.projects.length).toBeGreaterThan(10);
    expect(body.report.files[0]?.file).toBe("2023年自评报告.txt");
    expect(body.report.files[0]?.counts.recognized).toBeGreaterThan(50);
    expect(await snapshotDatabase(region)).toEqual(before);
    const created = await filler.post("/api/reports", { unitId, year: 2025, dataset: body.dataset });
    expect(created.status).toBe(200);
    const stored = (await filler.get(`/api/reports/${created.body.id}`)).body.dataset;
    expect(stored.projects.length).toBe(body.dataset.projects.length);
  });

  it("refuses a bad upload before or instead of parsing, naming the file, and stores nothing", async () => {
    const before = await snapshotDatabase(region);
    const disguised = await upload(filler, `/api/imports/new-report?unitId=${unitId}&year=2026`, "报告.docx", SEED_004);
    expect(disguised.status).toBe(422);
    expect(((await disguised.json()) as { error: string }).error).toBe(
      "无法导入“报告.docx”：文件名是Word（.docx），内容却是纯文本，请确认文件没有改错扩展名",
    );
    const huge = await region.app.request(`/api/imports/new-report?unitId=${unitId}&year=2026`, {
      method: "POST",
      headers: {
        cookie: filler.cookie,
        "x-csrf-token": filler.csrfToken,
        "content-type": "application/octet-stream",
        "x-file-name": "a.txt",
        "content-length": String(51 * 1024 * 1024),
      },
      body: new Uint8Array(10),
    });
    expect(huge.status).toBe(413);
    const byReviewer = await upload(reviewer, `/api/imports/new-report?unitId=${unitId}&year=2026`, "a.txt", SEED_004);
    expect(byReviewer.status).toBe(403);
    const taken = await upload(filler, `/api/imports/new-report?unitId=${unitId}&year=2023`, "a.txt", SEED_004);
    expect(taken.status).toBe(409);
    expect(await snapshotDatabase(region)).toEqual(before);
  });

  it("compares a document with the stored report: a changed value is listed with both sides", async () => {
    const compare = async (client: ApiClient) => {
      const response = await upload(
        client,
        `/api/reports/${lastYearId}/compare-document`,
        "凉山州科协2023.txt",
        SEED_004,
      );
      expect(response.status).toBe(200);
      return (await response.json()) as {
        comparable: boolean;
        changes: { path: string; before?: unknown; after?: unknown }[];
      };
    };
    const first = await compare(reviewer);
    expect(first.comparable).toBe(true);
    const path = "projects[0].evaluation.indicators[0].actual";
    expect(first.changes.find((c) => c.path === path)).toBeUndefined();
    const head = (await filler.get(`/api/reports/${lastYearId}`)).body;
    const original = head.dataset.projects[0].evaluation.indicators[0].actual;
    const patched = await filler.patch(`/api/reports/${lastYearId}/projects/0/indicators/0`, {
      version: head.report.version,
      fields: { actual: "9999" },
    });
    expect(patched.status).toBe(200);
    const before = await snapshotDatabase(region);
    const second = await compare(reviewer);
    expect(second.changes.filter((c) => c.path !== path)).toEqual(first.changes);
    expect(second.changes.find((c) => c.path === path)).toEqual({ path, before: "9999", after: original });
    expect(await snapshotDatabase(region)).toEqual(before);
    const outsider = await region.signedIn("otherFinance");
    expect((await upload(outsider, `/api/reports/${lastYearId}/compare-document`, "a.txt", SEED_004)).status).toBe(404);
  });
});
