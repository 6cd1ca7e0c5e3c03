/**
 * Document batches (POST /api/document-batches), on SQLite and PostgreSQL: a 财政审核人 asks for the documents of
 * every report under the finance bureau as one batch — one job per report, which two runners share, each job run
 * once — and the batch counts as one against the per-user limit, so three batches can wait at once where three
 * single jobs could. Only reviewers and the 管理员 may ask, only for reports of their subtree, and every refusal
 * leaves the database as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DocumentJobRunner } from "../../src/server/jobs/document-job-runner.ts";
import { JOB_LIMITS, JobsRepository } from "../../src/storage/jobs-repository.ts";
import type { ApiClient } from "../support/api-client.ts";
import { snapshotDatabase } from "../support/database-snapshot.ts";
import { DIALECTS, startTestRegion, type TestRegion } from "../support/server-harness.ts";

describe.each(DIALECTS)("document batches on %s", (dialect) => {
  let region: TestRegion;
  let finance: ApiClient;
  let department: ApiClient;

  beforeAll(async () => {
    region = await startTestRegion(dialect);
    // This file drives runners itself: the region's own runner takes no job.
    await region.services.jobRunner.stop();
    finance = await region.signedIn("financeReviewer");
    department = await region.signedIn("departmentReviewer");
  }, 120_000);
  afterAll(async () => region?.close());

  const db = () => region.services.database.db;
  const clearJobs = async () => {
    await db().deleteFrom("jobs").execute();
    await db().deleteFrom("job_batches").execute();
  };

  async function refused(attempt: () => Promise<{ status: number; body: any }>, status: number, message?: RegExp) {
    const before = await snapshotDatabase(region);
    const response = await attempt();
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    expect(response.body.error).toMatch(message ?? /[\u4e00-\u9fff]/);
    expect(await snapshotDatabase(region)).toEqual(before);
  }

  it("queues the finance bureau's reports as one batch that two runners share, and follows it to the end", async () => {
    await clearJobs();
    const reports = (await finance.get("/api/reports")).body.reports as { id: string; unitName: string }[];
    expect(reports.length).toBeGreaterThanOrEqual(5);
    const started = await finance.post("/api/document-batches", {});
    expect(started.status, JSON.stringify(started.body)).toBe(200);
    expect(started.body).toMatchObject({
      total: reports.length,
      description: expect.stringContaining("演示地区财政局"),
    });
    const batchId = started.body.batchId as string;

    const queued = (await finance.get(`/api/document-batches/${batchId}`)).body;
    expect(queued).toMatchObject({ total: reports.length, progress: 0 });
    expect(queued.counts).toEqual({ queued: reports.length, running: 0, done: 0, failed: 0 });
    expect(queued.jobs.map((job: { reportId: string }) => job.reportId).sort()).toEqual(
      reports.map((report) => report.id).sort(),
    );
    expect(queued.jobs.map((job: { unitName: string }) => job.unitName).sort()).toEqual(
      reports.map((report) => report.unitName).sort(),
    );

    // Two runners (two worker processes) share the batch; each job is claimed once.
    const claimed: string[] = [];
    const runner = () => {
      const jobs = new JobsRepository(db(), dialect);
      const claimNext = jobs.claimNext.bind(jobs);
      jobs.claimNext = async (worker, lockMs) => {
        const job = await claimNext(worker, lockMs);
        if (job) claimed.push(job.id);
        return job;
      };
      return new DocumentJobRunner(jobs, region.services.reports);
    };
    await Promise.all([runner().drain(), runner().drain()]);
    expect(claimed.sort()).toEqual(queued.jobs.map((job: { jobId: string }) => job.jobId).sort());

    const finished = (await finance.get(`/api/document-batches/${batchId}`)).body;
    expect(finished.progress).toBe(100);
    expect(finished.counts.queued + finished.counts.running).toBe(0);
    expect(finished.counts.done + finished.counts.failed).toBe(reports.length);
    expect(finished.counts.done).toBeGreaterThanOrEqual(3);
    const done = finished.jobs.filter((job: { status: string }) => job.status === "done");
    for (const job of done) {
      expect(job.resultName).toMatch(/绩效公开材料\.zip$/);
      const download = await region.app.request(`/api/jobs/${job.jobId}/download`, {
        headers: { cookie: finance.cookie as string },
      });
      expect(download.status).toBe(200);
      expect((await download.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }

    // Nobody outside the finance bureau's subtree follows it (a 主管部门 below it, another region).
    expect((await department.get(`/api/document-batches/${batchId}`)).status).toBe(404);
    expect((await (await region.signedIn("otherFinance")).get(`/api/document-batches/${batchId}`)).status).toBe(404);
    // Cancelled by its requester: the jobs and their ZIPs go, then the batch.
    expect((await finance.delete(`/api/document-batches/${batchId}`)).body).toEqual({
      removed: reports.length,
      running: 0,
    });
    expect((await finance.get(`/api/document-batches/${batchId}`)).status).toBe(404);
    expect(await db().selectFrom("jobs").select("id").execute()).toEqual([]);
  }, 240_000);

  it(`counts a batch once against the limit of ${JOB_LIMITS.activePerUser}; another user's first job goes before a batch's second`, async () => {
    await clearJobs();
    const reports = (await finance.get("/api/reports")).body.reports as { id: string }[];
    const ids = reports.map((report) => report.id);
    // A list with a repeat: each report once.
    const first = await finance.post("/api/document-batches", { reportIds: [...ids, ids[0]] });
    expect(first.body.total).toBe(ids.length);
    for (let i = 1; i < JOB_LIMITS.activePerUser; i++)
      expect((await finance.post("/api/document-batches", { statuses: ["draft", "submitted"] })).status).toBe(200);
    // The limit reached: neither another batch nor a single job, and nothing is queued.
    await refused(() => finance.post("/api/document-batches", {}), 429, /文档任务在排队或生成中/);
    await refused(() => finance.post(`/api/reports/${ids[0]}/documents`, { pdf: false }), 429);
    // Another user is not held up: their one job is taken right after the first of the batch.
    const other = (await department.post(`/api/reports/${ids[0]}/documents`, { pdf: false })).body.jobId as string;
    const worker = "runner-test-1-00000000";
    const firstTaken = await region.services.jobs.claimNext(worker, 60_000);
    const secondTaken = await region.services.jobs.claimNext(worker, 60_000);
    expect(firstTaken?.batch_id).toBe(first.body.batchId);
    expect(secondTaken?.id).toBe(other);
    await clearJobs();
  });

  it("refuses, with nothing queued: other roles, reports or units outside the subtree, nothing selected, a list and a scope at once", async () => {
    await clearJobs();
    const filler = await region.signedIn("filler");
    const own = (await filler.get("/api/reports")).body.reports[0].id as string;
    await refused(() => filler.post("/api/document-batches", { reportIds: [own] }), 403, /无权批量生成文档/);
    const unitReviewer = await region.signedIn("unitReviewer");
    await refused(() => unitReviewer.post("/api/document-batches", {}), 403);
    await refused(() => department.post("/api/document-batches", { reportIds: [own, region.other.reportId] }), 404);
    await refused(() => department.post("/api/document-batches", { unitId: region.other.unitId }), 404);
    await refused(() => department.post("/api/document-batches", { year: 2099 }), 422, /没有符合条件的报表/);
    await refused(
      () => department.post("/api/document-batches", { reportIds: [own], statuses: ["published"] }),
      400,
      /不能同时给出/,
    );
    await refused(() => department.post("/api/document-batches", { statuses: ["finished"] }), 400);
    await refused(() => region.client().post("/api/document-batches", {}), 401);
  });
});
