/**
 * The document-job queue (issue 12, items 7, 8 and 18), on SQLite and PostgreSQL: a per-user limit, users taken in
 * turn, finished jobs deleted after their retention and on request, a job of a process that died handed back at
 * the next start with its LibreOffice work folder removed, and the PDF of a published report made once at
 * publication — an anonymous download never starts a conversion.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPdfConverter, type PdfConverter } from "../../src/documents/pdf/create-pdf-converter.ts";
import { DocumentJobRunner } from "../../src/server/jobs/document-job-runner.ts";
import { isoAfter } from "../../src/storage/clock.ts";
import { JOB_LIMITS } from "../../src/storage/jobs-repository.ts";
import type { ApiClient } from "../support/api-client.ts";
import { snapshotDatabase } from "../support/database-snapshot.ts";
import { cleanDataset, DIALECTS, startTestRegion, type TestRegion } from "../support/server-harness.ts";

const UNIT = "凉山州科学技术协会";
const HOST = hostname().replace(/[^A-Za-z0-9.]/g, "_");

/** The pid of a process that has just exited (so is certainly not running). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

describe.each(DIALECTS)("document job queue on %s", (dialect) => {
  let region: TestRegion;
  let filler: ApiClient;
  let unitReviewer: ApiClient;
  let admin: ApiClient;
  let reportId: string;
  let unitId: string;

  beforeAll(async () => {
    region = await startTestRegion(dialect);
    // This file drives runners itself: the region's own runner takes no job.
    await region.services.jobRunner.stop();
    filler = await region.signedIn("filler");
    unitReviewer = await region.signedIn("unitReviewer");
    admin = await region.signedIn("admin");
    reportId = (await filler.get("/api/reports")).body.reports[0].id;
    unitId = (await filler.get("/api/session")).body.user.unit.id;
  }, 120_000);
  afterAll(async () => region?.close());

  const db = () => region.services.database.db;
  const clearJobs = async () => {
    await db().deleteFrom("jobs").execute();
  };

  async function refused(attempt: () => Promise<{ status: number; body: any }>, status: number) {
    const before = await snapshotDatabase(region);
    const response = await attempt();
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    expect(response.body.error).toMatch(/[\u4e00-\u9fff]/);
    expect(await snapshotDatabase(region)).toEqual(before);
  }

  it(`refuses a user's job beyond ${JOB_LIMITS.activePerUser} queued or running (429), not another user's`, async () => {
    await clearJobs();
    for (let i = 0; i < JOB_LIMITS.activePerUser; i++)
      expect((await filler.post(`/api/reports/${reportId}/documents`, { pdf: false })).status).toBe(200);
    await refused(() => filler.post(`/api/reports/${reportId}/documents`, { pdf: false }), 429);
    expect((await unitReviewer.post(`/api/reports/${reportId}/documents`, { pdf: false })).status).toBe(200);
    // Parallel requests cannot pass the limit together.
    await clearJobs();
    const parallel = await Promise.all(
      Array.from({ length: 8 }, () => filler.post(`/api/reports/${reportId}/documents`, { pdf: false })),
    );
    expect(parallel.filter((r) => r.status === 200)).toHaveLength(JOB_LIMITS.activePerUser);
    expect(parallel.filter((r) => r.status === 429)).toHaveLength(8 - JOB_LIMITS.activePerUser);
  });

  it("takes users in turn: another user's first job goes before one user's second", async () => {
    await clearJobs();
    const a = [];
    for (let i = 0; i < 3; i++)
      a.push((await filler.post(`/api/reports/${reportId}/documents`, { pdf: false })).body.jobId);
    const b = (await unitReviewer.post(`/api/reports/${reportId}/documents`, { pdf: false })).body.jobId;
    const order: string[] = [];
    for (;;) {
      const job = await region.services.jobs.claimNext("runner-test-1-00000000", 60_000);
      if (!job) break;
      order.push(job.id);
      // The first stays running while the next are claimed: running jobs count in their requester's turn.
      if (order.length > 1)
        await region.services.jobs.finish(job.id, "runner-test-1-00000000", {
          name: "x.zip",
          data: new Uint8Array([1]),
        });
    }
    expect(order).toEqual([a[0], b, a[1], a[2]]);
  });

  it("deletes finished jobs after their retention, with their ZIPs", async () => {
    await clearJobs();
    const old = await region.services.jobs.enqueue({
      kind: "documents",
      reportId,
      requestedBy: (await region.services.users.findByUsername(region.accounts.filler?.username as string))!.id,
    });
    const recent = await region.services.jobs.enqueue({ kind: "documents", reportId, requestedBy: old.requested_by });
    const queued = await region.services.jobs.enqueue({ kind: "documents", reportId, requestedBy: old.requested_by });
    await db()
      .updateTable("jobs")
      .set({ status: "done", result: new Uint8Array(1000), result_name: "a.zip" })
      .where("id", "in", [old.id, recent.id])
      .execute();
    await db()
      .updateTable("jobs")
      .set({ updated_at: isoAfter(-JOB_LIMITS.retentionMs - 60_000) })
      .where("id", "in", [old.id, queued.id])
      .execute();
    const runner = new DocumentJobRunner(region.services.jobs, region.services.reports);
    expect(await runner.cleanUp()).toBe(1);
    const left = (await db().selectFrom("jobs").select("id").execute()).map((r) => r.id).sort();
    expect(left).toEqual([recent.id, queued.id].sort());
  });

  it("DELETE /api/jobs/:id: the requester or a 管理员, never a running job; others refused with nothing changed", async () => {
    await clearJobs();
    const mine = (await filler.post(`/api/reports/${reportId}/documents`, { pdf: false })).body.jobId as string;
    await refused(() => unitReviewer.delete(`/api/jobs/${mine}`), 403);
    const stranger = await region.signedIn("otherFinance");
    await refused(() => stranger.delete(`/api/jobs/${mine}`), 404);
    const running = await region.services.jobs.claimNext("runner-test-2-00000000", 60_000);
    expect(running?.id).toBe(mine);
    await refused(() => filler.delete(`/api/jobs/${mine}`), 409);
    await region.services.jobs.finish(mine, "runner-test-2-00000000", { name: "a.zip", data: new Uint8Array(10) });
    expect((await filler.delete(`/api/jobs/${mine}`)).status).toBe(200);
    expect(await region.services.jobs.find(mine)).toBeUndefined();
    const theirs = (await unitReviewer.post(`/api/reports/${reportId}/documents`, { pdf: false })).body.jobId as string;
    expect((await admin.delete(`/api/jobs/${theirs}`)).status).toBe(200);
  });

  it("hands back at start the job of a process that died, removes its LibreOffice folder, and runs the job", async () => {
    await clearJobs();
    const tempRoot = mkdtempSync(join(tmpdir(), "jixiao-runner-test-"));
    try {
      const pid = deadPid();
      const deadWorker = `runner-${HOST}-${pid}-deadbeef`;
      const job = (await filler.post(`/api/reports/${reportId}/documents`, { pdf: false })).body.jobId as string;
      // The dead process had claimed it for a long while and was at 40 % with a soffice work folder.
      await db()
        .updateTable("jobs")
        .set({ status: "running", progress: 40, locked_by: deadWorker, locked_until: isoAfter(10 * 60_000) })
        .where("id", "=", job)
        .execute();
      const folder = join(tempRoot, `${HOST}-${pid}`, "jixiao-pdf-x");
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, "input.docx"), "x");
      // A live process's folder and job are left alone.
      const liveFolder = join(tempRoot, `${HOST}-${process.pid}`);
      mkdirSync(liveFolder, { recursive: true });

      const runner = new DocumentJobRunner(region.services.jobs, region.services.reports, { tempRoot });
      const recovered = await runner.recover();
      expect([recovered.handedBack, recovered.foldersRemoved]).toEqual([1, 1]);
      expect(existsSync(join(tempRoot, `${HOST}-${pid}`))).toBe(false);
      expect(existsSync(liveFolder)).toBe(true);
      const handedBack = await region.services.jobs.find(job);
      expect([handedBack?.status, handedBack?.progress, handedBack?.locked_by]).toEqual(["queued", 0, null]);
      await runner.drain();
      expect((await region.services.jobs.find(job))?.status).toBe("done");
      await runner.stop();
    } finally {
      rmSync(tempRoot, { recursive: true, force: true });
    }
  }, 120_000);

  it("makes a published report's PDF once at publication; an anonymous download never converts", async () => {
    await clearJobs();
    const [department, finance] = [
      await region.signedIn("departmentReviewer"),
      await region.signedIn("financeReviewer"),
    ];
    const year = 2050;
    const created = await filler.post("/api/reports", { unitId, year, dataset: cleanDataset(year, UNIT) });
    let version = created.body.version as number;
    const id = created.body.id as string;
    for (const [client, action] of [
      [filler, "submit"],
      [department, "departmentApprove"],
      [finance, "financeApprove"],
      [finance, "publish"],
    ] as const) {
      const moved = await client.post(`/api/reports/${id}/transitions`, { action, version });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      version = moved.body.version;
    }
    const queued = await db().selectFrom("jobs").select(["kind", "status"]).where("report_id", "=", id).execute();
    expect(queued).toEqual([{ kind: "publishedPdf", status: "queued" }]);

    // Before the job has run (no runner takes it here): a download waits a while for it, then asks to come back;
    // nothing is started or changed.
    const anonymous = region.client();
    await refused(() => anonymous.get(`/api/public/reports/${id}/pdf`), 503);
    expect(await db().selectFrom("jobs").select(["kind", "status"]).where("report_id", "=", id).execute()).toEqual([
      { kind: "publishedPdf", status: "queued" },
    ]);

    let conversions = 0;
    let real: PdfConverter | undefined;
    const runner = new DocumentJobRunner(region.services.jobs, region.services.reports, {
      publishedPdfs: region.services.publishedPdfs,
      createConverter: () => {
        real = createPdfConverter();
        const converter = real;
        return {
          workers: converter.workers,
          warmUp: () => converter.warmUp(),
          close: () => converter.close(),
          convert: (source, options) => (conversions++, converter.convert(source, options)),
        };
      },
    });
    try {
      await runner.drain();
    } finally {
      await runner.stop();
    }
    expect(conversions).toBe(1);
    const stored = await db()
      .selectFrom("published_pdfs")
      .select(["report_id", "version", "name"])
      .where("report_id", "=", id)
      .execute();
    expect(stored).toEqual([
      { report_id: id, version, name: `${UNIT}${year}年度项目支出绩效自评报告-科普宣传活动.pdf` },
    ]);

    const before = await snapshotDatabase(region);
    const first = await region.app.request(`/api/public/reports/${id}/pdf`);
    expect(first.status).toBe(200);
    const bytes = new Uint8Array(await first.arrayBuffer());
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe("%PDF-");
    const second = new Uint8Array(await (await region.app.request(`/api/public/reports/${id}/pdf`)).arrayBuffer());
    expect(second).toEqual(bytes);
    expect(await snapshotDatabase(region)).toEqual(before);
    expect(conversions).toBe(1);
  }, 180_000);
});

/**
 * The real thing, on SQLite: `jixiao serve` killed with SIGKILL while LibreOffice converts a job's PDFs; the next
 * `serve` on the same database hands the job back at once (not after its claim expires) and removes the dead
 * process's LibreOffice work folder.
 */
describe("a server killed during a job (SIGKILL)", () => {
  it("hands the job back at the next start and removes the LibreOffice work folder", async () => {
    const { spawnServe } = await import("../support/serve-process.ts");
    const { ApiClient } = await import("../support/api-client.ts");
    const { readFileSync } = await import("node:fs");
    const dir = mkdtempSync(join(tmpdir(), "jixiao-kill-"));
    const temp = join(dir, "tmp");
    mkdirSync(temp);
    const env = { JIXIAO_DATA_DIR: dir, TMPDIR: temp };
    const args = ["--demo", "--db", `sqlite:${join(dir, "jixiao.db")}`, "--port", "0"];
    const children: import("node:child_process").ChildProcess[] = [];
    try {
      const first = await spawnServe(args, { env, timeoutMs: 60_000 });
      children.push(first.child);
      const filler = new ApiClient({ baseUrl: first.url });
      const passwords = JSON.parse(readFileSync(join(dir, "demo-accounts.json"), "utf8")) as Record<string, string>;
      expect((await filler.signIn("demo-filler", passwords["demo-filler"] as string)).status).toBe(200);
      const report = (await filler.get("/api/reports")).body.reports[0];
      const jobId = (await filler.post(`/api/reports/${report.id}/documents`, { pdf: true })).body.jobId as string;
      // A busy server may drop a kept-alive connection just as a poll reuses it (ECONNRESET): that poll is retried.
      const jobNow = () =>
        filler.get(`/api/jobs/${jobId}`).then(
          (r) => r.body,
          () => ({ message: "", progress: 0 }),
        );
      let job = await jobNow();
      for (let i = 0; i < 1200 && !/转换 PDF/.test(job.message); i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        job = await jobNow();
      }
      expect(job.message).toMatch(/转换 PDF/);
      const workFolder = join(temp, "jixiao-jobs", `${HOST}-${first.child.pid}`);
      expect(existsSync(workFolder)).toBe(true);
      await new Promise<void>((resolve) => {
        first.child.once("exit", () => resolve());
        first.child.kill("SIGKILL");
      });

      const second = await spawnServe(args, { env, timeoutMs: 60_000 });
      children.push(second.child);
      // Read the job's claim in the database itself: it must no longer be the dead process's within seconds of the
      // restart (a dead claim lapses only after DOCUMENT_JOB_LOCK_MS = 60 s).
      const { default: Sqlite } = await import("better-sqlite3");
      const reader = new Sqlite(join(dir, "jixiao.db"), { readonly: true });
      const deadWorker = new RegExp(`-${first.child.pid}-[0-9a-f]{8}$`);
      const claim = () =>
        reader.prepare("select status, locked_by from jobs where id = ?").get(jobId) as {
          status: string;
          locked_by: string | null;
        };
      let after = claim();
      for (
        let i = 0;
        i < 200 && after.locked_by !== null && deadWorker.test(after.locked_by) && after.status === "running";
        i++
      ) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        after = claim();
      }
      reader.close();
      expect(after.locked_by === null || !deadWorker.test(after.locked_by), JSON.stringify(after)).toBe(true);
      expect(existsSync(workFolder)).toBe(false);
    } finally {
      for (const child of children) {
        if (child.exitCode === null && child.signalCode === null) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
            child.once("exit", () => {
              clearTimeout(timer);
              resolve();
            });
            child.kill("SIGTERM");
          });
        }
      }
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
