/**
 * `jixiao serve --processes N`: refused for SQLite with what to do instead; on PostgreSQL two server processes on
 * one port, children of the command's process, each with its own cache of whole reports — an edit saved through one
 * is what every later read shows, whichever process answers it (each new connection goes to the next process) — and
 * SIGTERM stops them all.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createTestDatabase } from "../support/postgres-cluster.ts";
import { runCliInProcess } from "../support/run-cli.ts";
import { spawnServe } from "../support/serve-process.ts";

const dir = mkdtempSync(join(tmpdir(), "jixiao-processes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The parent's pid of a live process, from /proc; undefined once it is gone. */
function parentOf(pid: number): number | undefined {
  try {
    return Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ")[1]);
  } catch {
    return undefined;
  }
}

describe("jixiao serve --processes", () => {
  it("refuses more than one process on SQLite, saying why and what to do", async () => {
    const run = await runCliInProcess("serve", "--db", `sqlite:${join(dir, "x.db")}`, "--processes", "2");
    expect(run.code).toBe(2);
    expect(run.all).toContain("--processes 大于 1 需要 PostgreSQL");
    expect(run.all).toContain("SQLite 请用一个进程");
    const bad = await runCliInProcess("serve", "--db", `sqlite:${join(dir, "x.db")}`, "--processes", "0");
    expect(bad.code).toBe(2);
    expect(bad.all).toContain("--processes 应为 1–64 的整数");
  });

  it("runs two server processes on one port over one PostgreSQL, each read showing the last save", async () => {
    const database = await createTestDatabase(inject("postgresUrl"), `jx_processes_${process.pid}_${Date.now()}`);
    const server = await spawnServe(["--demo", "--db", database, "--port", "0", "--processes", "2"], {
      env: { JIXIAO_DATA_DIR: dir },
      timeoutMs: 90_000,
    });
    try {
      const pids = (/pid (\d+)、(\d+)/.exec(server.output()) ?? []).slice(1).map(Number);
      expect(pids).toHaveLength(2);
      for (const pid of pids) expect(parentOf(pid)).toBe(server.child.pid);

      const passwords = JSON.parse(readFileSync(join(dir, "demo-accounts.json"), "utf8")) as Record<string, string>;
      const signIn = await fetch(`${server.url}/api/session`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: "demo-filler", password: passwords["demo-filler"] }),
      });
      expect(signIn.status).toBe(200);
      const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] as string;
      const { csrfToken } = (await signIn.json()) as { csrfToken: string };
      // Each request on a connection of its own, so that the two processes take turns.
      const call = async (method: string, path: string, body?: unknown) => {
        const response = await fetch(`${server.url}${path}`, {
          method,
          headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json", connection: "close" },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        return { status: response.status, body: (await response.json()) as any };
      };
      const listed = await call("GET", "/api/reports");
      const report = listed.body.reports.find((r: { year: number }) => r.year === 2023);
      const path = `/api/reports/${report.id}/full`;
      // Both processes keep the report as it is now.
      for (let i = 0; i < 4; i++) expect((await call("GET", path)).body.report.version).toBe(report.version);

      const saved = await call("PATCH", `/api/reports/${report.id}/projects/1/indicators/0`, {
        version: report.version,
        fields: { actual: "7" },
      });
      expect(saved.status).toBe(200);
      for (let i = 0; i < 4; i++) {
        const read = await call("GET", path);
        expect(read.body.report.version).toBe(saved.body.version);
        expect(read.body.dataset.projects[1].evaluation.indicators[0].actual).toBe("7");
      }
    } finally {
      await new Promise<void>((resolve) => {
        server.child.removeAllListeners("exit");
        server.child.once("exit", () => resolve());
        server.child.kill("SIGTERM");
      });
    }
    expect(server.output()).toContain("服务已停止");
  }, 120_000);
});
