/**
 * Document generation as a background job, on SQLite and PostgreSQL: queued → running → done with progress, the ZIP
 * downloads with every document and its manifest, nobody outside the report's subtree sees the job, and two
 * runners over one database never run the same job twice.
 */
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
});
