/**
 * Processes by role on one PostgreSQL, as a region runs them: two `jixiao serve --no-jobs` servers (HTTP only) and
 * two `jixiao worker` processes (document and audit jobs only), each a child process on 127.0.0.1.
 *
 *   - with only the servers up, queued document jobs and stale audits stay as they are (no server runs jobs);
 *   - once the workers are up they run every document job and re-audit every stale report, each report exactly once
 *     between them (their counts add up), stored with its version and its summary columns;
 *   - a whole review round of 零陵 goes through both servers (edit, submit, approve twice, publish), the summary read
 *     through either server follows it, and the published report's documents are made by a worker and downloaded
 *     through the other server.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, inject, it } from "vitest";
import { currentAuditKeys } from "../../src/server/jobs/audit-sweeper.ts";
import { openDatabase } from "../../src/storage/open-database.ts";
import { JOB_LIMITS } from "../../src/storage/jobs-repository.ts";
import { ReportsRepository } from "../../src/storage/reports-repository.ts";
import { ApiClient } from "../support/api-client.ts";
import { createTestDatabase } from "../support/postgres-cluster.ts";
import { spawnServe } from "../support/serve-process.ts";
import { LINGLING, publishLingling } from "../support/submittable-report.ts";

const BIN = fileURLToPath(new URL("../../bin/jixiao.mjs", import.meta.url));
const children = new Set<ChildProcess>();
const tempDirs: string[] = [];

interface Started {
  child: ChildProcess;
  output: () => string;
}

/** `jixiao worker` in a child process; resolves once it says it runs. */
function startWorker(database: string): Promise<Started> {
  const child = spawn(process.execPath, [BIN, "worker", "--db", database, "--threads", "1"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`jixiao worker 未在 30 s 内启动：\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("后台进程已启动")) {
        clearTimeout(timer);
        resolve({ child, output: () => output });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`jixiao worker 已退出（${code}）：\n${output}`)));
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

afterAll(async () => {
  await Promise.all([...children].map((child) => stopProcess(child)));
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

async function signedIn(url: string, dataDir: string, username: string): Promise<ApiClient> {
  const passwords = JSON.parse(readFileSync(join(dataDir, "demo-accounts.json"), "utf8")) as Record<string, string>;
  const client = new ApiClient({ baseUrl: url });
  const response = await client.signIn(username, passwords[username] as string);
  if (response.status !== 200) throw new Error(`sign-in as ${username} failed: ${response.status}`);
  return client;
}

async function until(what: string, condition: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`等待超时：${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("two servers (--no-jobs) and two workers on one PostgreSQL", () => {
  it("workers run the document and audit jobs; a review round goes through both servers", async () => {
    const database = await createTestDatabase(
      inject("postgresUrl"),
      `jx_region_processes_${process.pid}_${Date.now()}`,
    );
    const dataDir = mkdtempSync(join(tmpdir(), "jixiao-region-processes-"));
    tempDirs.push(dataDir);
    const serve = async () => {
      const started = await spawnServe(["--demo", "--no-jobs", "--db", database, "--port", "0"], {
        env: { JIXIAO_DATA_DIR: dataDir },
        timeoutMs: 30_000,
      });
      children.add(started.child);
      expect(started.output()).toContain("--no-jobs");
      return started;
    };
    // One after the other: the second finds the demo region in place and the same passwords in the data folder.
    const a = await serve();
    const b = await serve();
    const direct = await openDatabase(database, { poolSize: 2 });
    try {
      const keys = currentAuditKeys();
      const financeA = await signedIn(a.url, dataDir, "demo-finance-reviewer");
      const financeB = await signedIn(b.url, dataDir, "demo-finance-reviewer");
      const reports = (await financeA.get("/api/summary")).body.units as { reportId: string; unitName: string }[];
      expect(reports).toHaveLength(5);

      // A profile changed under every report (as after a release that changes the rules), and a document batch.
      await direct.db.updateTable("reports").set({ audit_key: "national|before-the-change" }).execute();
      const jobIds: string[] = [];
      // One person may have JOB_LIMITS.activePerUser jobs waiting at once: the batch is queued by two reviewers.
      const departmentB = await signedIn(b.url, dataDir, "demo-department-reviewer");
      for (const [index, report] of reports.entries()) {
        const requester = index < JOB_LIMITS.activePerUser ? financeA : departmentB;
        const started = await requester.post(`/api/reports/${report.reportId}/documents`, { pdf: false });
        expect(started.status).toBe(200);
        jobIds.push(started.body.jobId as string);
      }
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const jobStatuses = async () =>
        (await direct.db.selectFrom("jobs").select("status").where("id", "in", jobIds).execute()).map(
          (job) => job.status,
        );
      expect(await jobStatuses()).toEqual(jobIds.map(() => "queued"));
      const repository = new ReportsRepository(direct.db, direct.dialect);
      expect(await repository.countStaleAudits(keys)).toBe(5);
      expect(
        (await financeB.get("/api/summary")).body.units.every((row: { auditStale: boolean }) => row.auditStale),
      ).toBe(true);

      // The workers come up and take it all.
      const workers = [await startWorker(database), await startWorker(database)];
      await until("文档任务完成", async () =>
        (await jobStatuses()).every((status) => status === "done" || status === "failed"),
      );
      const finished = await direct.db
        .selectFrom("jobs")
        .select(["status", "message"])
        .where("id", "in", jobIds)
        .execute();
      // Every sample unit gets its filing now (乐山 and 临泽 their 部门整体支出绩效自评报告 too): five ZIPs.
      expect(finished.map((job) => job.status)).toEqual(["done", "done", "done", "done", "done"]);
      await until("重新校验完成", async () => (await repository.countStaleAudits(keys)) === 0);
      const stored = await direct.db
        .selectFrom("reports")
        .select(["version", "audit_version", "audit_key", "profile_id", "audit_claimed_by"])
        .execute();
      for (const row of stored) {
        expect(row.audit_version).toBe(row.version);
        expect(row.audit_key).toBe(keys.byProfile[row.profile_id]);
        expect(row.audit_claimed_by).toBeNull();
      }
      const summaryA = (await financeA.get("/api/summary")).body.units;
      expect(summaryA.every((row: { auditStale: boolean }) => !row.auditStale)).toBe(true);
      expect(summaryA.find((row: { unitName: string }) => row.unitName === LINGLING)).toMatchObject({
        totalScoreShown: "99.8",
        grade: "优",
        errors: 6,
      });
      // A ZIP made by a worker, downloaded through either server.
      const done = new Set(
        (await direct.db.selectFrom("jobs").select("id").where("status", "=", "done").execute()).map((job) => job.id),
      );
      for (const [index, jobId] of jobIds.entries()) {
        if (!done.has(jobId)) continue;
        const through = index % 2 === 0 ? financeB : financeA;
        const download = await fetch(`${index % 2 === 0 ? b.url : a.url}/api/jobs/${jobId}/download`, {
          headers: { cookie: through.cookie as string },
        });
        expect(download.status).toBe(200);
        expect((await download.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
      }

      // A whole review round of 零陵, each step through another server than the last.
      const adminA = await signedIn(a.url, dataDir, "demo-admin");
      const fillerB = new ApiClient({ baseUrl: b.url });
      const departmentA = await signedIn(a.url, dataDir, "demo-department-reviewer");
      const { reportId, version } = await publishLingling({
        admin: adminA,
        filler: fillerB,
        department: departmentA,
        finance: financeB,
      });
      for (const finance of [financeA, financeB]) {
        const row = (await finance.get("/api/summary")).body.units.find(
          (each: { reportId: string }) => each.reportId === reportId,
        );
        expect(row).toMatchObject({ status: "published", errors: 0, totalScoreShown: "99.8", auditStale: false });
        expect((await finance.get("/api/review-queue")).body.units).toEqual([]);
      }
      const head = await direct.db
        .selectFrom("reports")
        .select(["version", "audit_version", "error_count"])
        .where("id", "=", reportId)
        .executeTakeFirstOrThrow();
      expect(head).toEqual({ version, audit_version: version, error_count: 0 });
      const published = await financeB.post(`/api/reports/${reportId}/documents`, { pdf: false });
      let job = (await financeA.get(`/api/jobs/${published.body.jobId}`)).body;
      await until("公开报表的文档生成", async () => {
        job = (await financeA.get(`/api/jobs/${published.body.jobId}`)).body;
        return job.status === "done" || job.status === "failed";
      });
      expect(job.status, job.message).toBe("done");

      // Each stale report was re-audited by exactly one of the workers.
      await Promise.all(workers.map((worker) => stopProcess(worker.child)));
      const counts = workers.map((worker) =>
        Number(/本次重新校验 (\d+) 份报表/.exec(worker.output())?.[1] ?? Number.NaN),
      );
      expect(counts.reduce((sum, count) => sum + count, 0)).toBe(5);
      for (const worker of workers) expect(worker.child.exitCode).toBe(0);
    } finally {
      await direct.close();
    }
    await Promise.all([stopProcess(a.child), stopProcess(b.child)]);
    expect(a.child.exitCode).toBe(0);
    expect(b.child.exitCode).toBe(0);
  }, 240_000);
});
