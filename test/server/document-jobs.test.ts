/**
 * Document generation as a background job, on SQLite and PostgreSQL: queued → running → done with progress, the ZIP
 * downloads with every document and its manifest, nobody outside the report's subtree sees the job, and two
 * runners over one database never run the same job twice; a job takes the findings of the report's stored audit of
 * its version instead of auditing again, and audits afresh only when that audit lags.
 */
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as runAudit from "../../src/core/audit/run-audit.ts";
import type { Dataset } from "../../src/core/dataset/schema.ts";
import { profileOf } from "../../src/server/reports/profile-of.ts";
import { DocumentJobRunner } from "../../src/server/jobs/document-job-runner.ts";
import { JobsRepository } from "../../src/storage/jobs-repository.ts";
import { DIALECTS, startTestRegion, type TestRegion } from "../support/server-harness.ts";

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, seen: T[] = []): Promise<T> {
  for (let i = 0; i < 600; i++) {
    const value = await read();
    seen.push(value);
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("job did not finish");
}

describe.each(DIALECTS)("document jobs on %s", (dialect) => {
  let region: TestRegion;
  beforeAll(async () => {
    region = await startTestRegion(dialect);
  }, 60_000);
  afterAll(async () => region?.close());

  it("runs a job to the end and serves the ZIP only to those who may read the report", async () => {
    const filler = await region.signedIn("filler");
    const report = (await filler.get("/api/reports")).body.reports[0];
    const started = await filler.post(`/api/reports/${report.id}/documents`, { pdf: false });
    expect(started.status).toBe(200);
    const jobId = started.body.jobId as string;
    expect(["queued", "running"]).toContain(started.body.status);

    const seen: { status: string; progress: number }[] = [];
    const done = await until(
      async () => (await filler.get(`/api/jobs/${jobId}`)).body,
      (job) => job.status === "done" || job.status === "failed",
      seen,
    );
    expect(done.status, done.message).toBe("done");
    expect(done.progress).toBe(100);
    const progress = seen.map((s) => s.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(done.resultName).toBe("凉山州科学技术协会2023年度绩效公开材料.zip");

    const download = await region.app.request(`/api/jobs/${jobId}/download`, { headers: { cookie: filler.cookie } });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/zip");
    const entries = unzipSync(new Uint8Array(await download.arrayBuffer()));
    const names = Object.keys(entries);
    expect(names).toContain("manifest.json");
    expect(names.filter((n) => n.endsWith(".docx")).length).toBe(25);
    expect(names.filter((n) => n.endsWith(".xlsx")).length).toBe(2);
    const manifest = JSON.parse(new TextDecoder().decode(entries["manifest.json"]));
    expect(manifest.files).toHaveLength(27);

    const stranger = await region.signedIn("otherFinance");
    expect((await stranger.get(`/api/jobs/${jobId}`)).status).toBe(404);
    expect((await stranger.get(`/api/jobs/${jobId}/download`)).status).toBe(404);
    expect((await stranger.post(`/api/reports/${report.id}/documents`, {})).status).toBe(404);
  }, 60_000);

  it("answers 409 for a download before the job is done", async () => {
    const filler = await region.signedIn("filler");
    const report = (await filler.get("/api/reports")).body.reports[0];
    const job = await region.services.jobs.enqueue({
      kind: "documents",
      reportId: report.id,
      requestedBy: (await filler.get("/api/session")).body.user.id,
    });
    expect((await filler.get(`/api/jobs/${job.id}/download`)).status).toBe(409);
    await region.services.jobRunner.drain();
    expect((await filler.get(`/api/jobs/${job.id}`)).body.status).toBe("done");
  }, 60_000);

  it("never runs one job in two runners", async () => {
    const db = region.services.database.db;
    const admin = await region.services.users.findByUsername(region.accounts.admin?.username as string);
    // 临泽's and 乐山市中区's datasets have nothing to put in documents: their jobs fail by design (see
    // jobs-and-attachments.test.ts).
    const reports = await db
      .selectFrom("reports")
      .innerJoin("units", "units.id", "reports.unit_id")
      .select("reports.id")
      .where("units.name", "not like", "%临泽%")
      .where("units.name", "not like", "%乐山%")
      .execute();
    const small = reports.slice(0, 4);
    for (const r of small)
      await region.services.jobs.enqueue({ kind: "documents", reportId: r.id, requestedBy: admin?.id as string });
    const claimed: string[] = [];
    const counting = () => {
      const jobs = new JobsRepository(db);
      const claimNext = jobs.claimNext.bind(jobs);
      jobs.claimNext = async (worker, lockMs) => {
        const job = await claimNext(worker, lockMs);
        if (job) claimed.push(job.id);
        return job;
      };
      return new DocumentJobRunner(jobs, region.services.reports);
    };
    const [a, b] = [counting(), counting()];
    await Promise.all([a.drain(), b.drain()]);
    expect(claimed).toHaveLength(new Set(claimed).size);
    const rows = await db.selectFrom("jobs").select(["status", "message"]).where("status", "!=", "done").execute();
    expect(rows).toEqual([]);
  }, 120_000);

  it("takes the findings of the stored audit of the version, and audits afresh only when that audit lags", async () => {
    const db = region.services.database.db;
    const filler = await region.signedIn("filler");
    const userId = (await filler.get("/api/session")).body.user.id as string;
    const report = (await filler.get("/api/reports")).body.reports[0] as { id: string };
    const row = await region.services.reports.find(report.id);
    if (!row) throw new Error("no report");
    expect(row.audit_version).toBe(row.version);
    const dataset = JSON.parse(row.dataset) as Dataset;
    expect(dataset.projects.length).toBeGreaterThan(0);
    // What a fresh audit counts against the first project (the project summary sheet's 审核错误 of its row).
    const fresh = runAudit
      .auditDataset(dataset, profileOf(row.profile_id))
      .findings.filter((f) => f.severity === "error" && f.location.startsWith("projects[0]")).length;
    // The stored audit with seven errors more on the first project, still of this version and profile.
    const stored = JSON.parse(row.audit) as { findings: unknown[] };
    const marked = Array.from({ length: 7 }, (_, i) => ({
      code: "TEST-STORED",
      severity: "error",
      message: `存储的校验结果 ${i + 1}`,
      location: `projects[0].evaluation.indicators[${i}]`,
    }));
    await db
      .updateTable("reports")
      .set({ audit: JSON.stringify({ ...stored, findings: [...marked, ...stored.findings] }) })
      .where("id", "=", report.id)
      .execute();

    const firstProjectErrors = async () => {
      const job = await region.services.jobs.enqueue({ kind: "documents", reportId: report.id, requestedBy: userId });
      await region.services.jobRunner.drain();
      const result = await region.services.jobs.result(job.id);
      if (!result) throw new Error(`job ${job.id} has no result`);
      for (const [name, data] of Object.entries(unzipSync(result.data))) {
        if (!name.endsWith(".xlsx")) continue;
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(data.slice().buffer);
        const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
        if (String(sheet.getCell("A1").value).startsWith("部门预算项目支出绩效自评汇总表"))
          return sheet.getCell(4, 12).value;
      }
      throw new Error("no project summary sheet");
    };
    const audits = vi.spyOn(runAudit, "auditDataset");
    try {
      expect(await firstProjectErrors()).toBe(fresh + 7);
      expect(audits).not.toHaveBeenCalled();
      // Lagging (the stored audit is of an earlier version): audited afresh, the marked findings are gone.
      await db
        .updateTable("reports")
        .set({ audit_version: row.version - 1 })
        .where("id", "=", report.id)
        .execute();
      expect(await firstProjectErrors()).toBe(fresh);
      expect(audits).toHaveBeenCalledTimes(1);
    } finally {
      audits.mockRestore();
      await db
        .updateTable("reports")
        .set({ audit: row.audit, audit_version: row.audit_version })
        .where("id", "=", report.id)
        .execute();
    }
  }, 120_000);
});
