/**
 * The server as real processes (`jixiao serve --demo`, each a child process on 127.0.0.1):
 *
 *   (a) durability on SQLite — a stream of acknowledged indicator writes, the process SIGKILLed while the next write
 *       is in flight, a restart on the same file: every acknowledged write is there (value, version, history row)
 *       and the file passes PRAGMA integrity_check;
 *   (b) two processes on one PostgreSQL database — a session made through one is valid on the other, and of two
 *       writes with the same version sent at once through both, exactly one is saved and the other gets 409.
 */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, describe, expect, inject, it } from "vitest";
import { spawnServe } from "../support/serve-process.ts";
import { ApiClient } from "../support/api-client.ts";
import { createTestDatabase } from "../support/postgres-cluster.ts";

const LIANGSHAN = "凉山州科学技术协会";

interface ServerProcess {
  child: ChildProcess;
  url: string;
}

const children = new Set<ChildProcess>();
const tempDirs: string[] = [];

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** `jixiao serve --demo --port 0` in a child process; resolves with its URL once it listens. */
async function startServe(database: string, dataDir: string): Promise<ServerProcess> {
  const started = await spawnServe(["--demo", "--db", database, "--port", "0"], {
    env: { JIXIAO_DATA_DIR: dataDir },
    timeoutMs: 30_000,
  });
  children.add(started.child);
  return { child: started.child, url: started.url };
}

/** Sends the signal and waits for the process to be gone (SIGKILL after 15 s if SIGTERM was not enough). */
function stopProcess(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (exited(child)) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}

afterAll(async () => {
  await Promise.all([...children].map((child) => stopProcess(child)));
  for (const child of children) expect(exited(child)).toBe(true);
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function demoPassword(dataDir: string, username: string): string {
  const passwords = JSON.parse(readFileSync(join(dataDir, "demo-accounts.json"), "utf8")) as Record<string, string>;
  const password = passwords[username];
  if (!password) throw new Error(`no demo password for ${username}`);
  return password;
}

async function signedIn(url: string, dataDir: string, username: string): Promise<ApiClient> {
  const client = new ApiClient({ baseUrl: url });
  const response = await client.signIn(username, demoPassword(dataDir, username));
  if (response.status !== 200)
    throw new Error(`sign-in as ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return client;
}

/** 凉山's report (the only one a demo filler sees), its version and the paths of its project-table indicators. */
async function liangshanReport(client: ApiClient) {
  const listed = await client.get("/api/reports");
  const id = (listed.body.reports as { id: string; unitName: string }[]).find((r) => r.unitName === LIANGSHAN)?.id;
  if (!id) throw new Error(`no report of ${LIANGSHAN}: ${JSON.stringify(listed.body)}`);
  const full = await client.get(`/api/reports/${id}/full`);
  expect(full.status).toBe(200);
  const projects = full.body.dataset.projects as { evaluation?: { indicators?: unknown[] } }[];
  const indicatorPaths = projects.flatMap((project, p) =>
    (project.evaluation?.indicators ?? []).map((_, i) => ({ p, i })),
  );
  return { id, version: full.body.report.version as number, dataset: full.body.dataset, indicatorPaths };
}

describe("server processes", () => {
  it("(a) SQLite: every acknowledged write survives a SIGKILL in the middle of a write stream", async () => {
    const dir = tempDir("jixiao-durability-");
    const file = join(dir, "jixiao.db");
    const first = await startServe(`sqlite:${file}`, dir);
    const filler = await signedIn(first.url, dir, "demo-filler");
    const report = await liangshanReport(filler);
    const ACKNOWLEDGED_BEFORE_KILL = 40;
    expect(report.indicatorPaths.length).toBeGreaterThan(ACKNOWLEDGED_BEFORE_KILL + 1);

    // Each write goes to an indicator of its own, with a value of its own, so every acknowledged one must still show.
    const acknowledged: { version: number; p: number; i: number; actual: string }[] = [];
    let version = report.version;
    const write = (n: number) => {
      const { p, i } = report.indicatorPaths[n] as { p: number; i: number };
      const actual = `${n + 1}.${n + 1}`;
      return {
        p,
        i,
        actual,
        response: filler.patch(`/api/reports/${report.id}/projects/${p}/indicators/${i}`, {
          version,
          fields: { actual },
        }),
      };
    };
    for (let n = 0; n < ACKNOWLEDGED_BEFORE_KILL; n++) {
      const sent = write(n);
      const response = await sent.response;
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body.version).toBe(version + 1);
      version = response.body.version as number;
      acknowledged.push({ version, p: sent.p, i: sent.i, actual: sent.actual });
    }

    // The next write is in flight (sent, not answered) when the process is killed.
    const inFlight = write(ACKNOWLEDGED_BEFORE_KILL);
    const answered = inFlight.response.then(
      (response) => response.status,
      () => "network error" as const,
    );
    await new Promise((resolve) => setTimeout(resolve, 2));
    await stopProcess(first.child, "SIGKILL");
    expect(first.child.signalCode).toBe("SIGKILL");
    const outcome = await answered;
    // Should it have been answered before the kill after all, it is acknowledged like the others.
    if (outcome === 200)
      acknowledged.push({ version: version + 1, p: inFlight.p, i: inFlight.i, actual: inFlight.actual });
    const last = acknowledged[acknowledged.length - 1] as (typeof acknowledged)[number];

    const second = await startServe(`sqlite:${file}`, dir);
    const again = await signedIn(second.url, dir, "demo-filler");
    const after = await liangshanReport(again);
    expect(after.version).toBeGreaterThanOrEqual(last.version);
    // At most the write in flight may have been saved on top of the acknowledged ones.
    expect(after.version).toBeLessThanOrEqual(report.version + ACKNOWLEDGED_BEFORE_KILL + 1);
    for (const w of acknowledged)
      expect(after.dataset.projects[w.p].evaluation.indicators[w.i].actual, `write of version ${w.version}`).toBe(
        w.actual,
      );
    expect(after.dataset.projects[last.p].evaluation.indicators[last.i].actual).toBe(last.actual);
    const history = await again.get(`/api/reports/${report.id}/history`);
    expect(history.status).toBe(200);
    const versions = new Set((history.body.versions as { version: number }[]).map((v) => v.version));
    for (const w of acknowledged) expect(versions.has(w.version), `history has version ${w.version}`).toBe(true);
    await stopProcess(second.child);
    expect(second.child.exitCode).toBe(0);

    // The file itself, with no server on it: intact, and a report_versions row for every acknowledged version.
    const sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
    try {
      expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
      const rows = sqlite
        .prepare("select version, changes from report_versions where report_id = ? order by version")
        .all(report.id) as {
        version: number;
        changes: string;
      }[];
      const byVersion = new Map(
        rows.map((r) => [r.version, JSON.parse(r.changes) as { path: string; after: unknown }[]]),
      );
      for (const w of acknowledged) {
        const changes = byVersion.get(w.version);
        expect(changes, `report_versions row of version ${w.version}`).toBeDefined();
        expect(changes?.some((c) => c.after === w.actual)).toBe(true);
      }
      const stored = sqlite.prepare("select version from reports where id = ?").get(report.id) as { version: number };
      expect(stored.version).toBe(after.version);
      expect(Math.max(...rows.map((r) => r.version))).toBe(stored.version);
    } finally {
      sqlite.close();
    }
  }, 120_000);

  describe("(b) two processes on one PostgreSQL database", () => {
    it("share sessions, and of two writes with the same version exactly one is saved", async () => {
      const database = await createTestDatabase(inject("postgresUrl"), `jx_processes_${process.pid}_${Date.now()}`);
      const dataDir = tempDir("jixiao-two-processes-");
      // One after the other: the second finds the demo region in place and the same passwords in the data folder.
      const a = await startServe(database, dataDir);
      const b = await startServe(database, dataDir);
      expect(a.url).not.toBe(b.url);

      // A session made through A is valid on B (sessions live in the database, not in a process).
      const throughA = await signedIn(a.url, dataDir, "demo-filler");
      const throughB = new ApiClient({ baseUrl: b.url });
      throughB.cookie = throughA.cookie;
      const session = await throughB.get("/api/session");
      expect(session.status).toBe(200);
      expect(session.body.user.username).toBe("demo-filler");
      expect(session.body.csrfToken).toBe(throughA.csrfToken);
      throughB.csrfToken = session.body.csrfToken as string;

      // A second user, signed in on B, edits the same report.
      const reviewerOnB = await signedIn(b.url, dataDir, "demo-unit-reviewer");
      const report = await liangshanReport(throughA);
      let version = report.version;
      for (let round = 0; round < 5; round++) {
        const { p, i } = report.indicatorPaths[round] as { p: number; i: number };
        const path = `/api/reports/${report.id}/projects/${p}/indicators/${i}`;
        const clients = [throughA, round % 2 === 0 ? throughB : reviewerOnB];
        const responses = await Promise.all(
          clients.map((client, k) => client.patch(path, { version, fields: { actual: `${round}${k}` } })),
        );
        const statuses = responses.map((r) => r.status).sort();
        expect(statuses, JSON.stringify(responses.map((r) => r.body))).toEqual([200, 409]);
        const winner = responses.find((r) => r.status === 200);
        const loser = responses.find((r) => r.status === 409);
        expect(winner?.body.version).toBe(version + 1);
        expect(loser?.body.details).toEqual({ yourVersion: version, currentVersion: version + 1 });
        const winnerValue = `${round}${responses.indexOf(winner as (typeof responses)[number])}`;
        version += 1;

        // Both processes now show the winner's value at the new version.
        for (const client of [throughA, reviewerOnB]) {
          const seen = await liangshanReport(client);
          expect(seen.version).toBe(version);
          expect(seen.dataset.projects[p].evaluation.indicators[i].actual).toBe(winnerValue);
        }
      }

      // A document job started through A is followed and downloaded through B (jobs live in the database; either
      // process's runner may take it).
      const started = await throughA.post(`/api/reports/${report.id}/documents`, { pdf: false });
      expect(started.status).toBe(200);
      let job = (await reviewerOnB.get(`/api/jobs/${started.body.jobId}`)).body;
      for (let tries = 0; tries < 300 && job.status !== "done" && job.status !== "failed"; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        job = (await reviewerOnB.get(`/api/jobs/${started.body.jobId}`)).body;
      }
      expect(job.status, job.message).toBe("done");
      const download = await fetch(`${b.url}/api/jobs/${started.body.jobId}/download`, {
        headers: { cookie: reviewerOnB.cookie },
      });
      expect(download.status).toBe(200);
      expect(download.headers.get("content-type")).toBe("application/zip");
      expect((await download.arrayBuffer()).byteLength).toBeGreaterThan(100_000);

      // Signing out through B ends the session on A too.
      expect((await throughB.delete("/api/session")).status).toBe(200);
      expect((await throughA.get("/api/session")).status).toBe(401);

      await Promise.all([stopProcess(a.child), stopProcess(b.child)]);
      expect(a.child.exitCode).toBe(0);
      expect(b.child.exitCode).toBe(0);
    }, 120_000);
  });
});
