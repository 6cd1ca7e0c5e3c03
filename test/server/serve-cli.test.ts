/**
 * `jixiao serve --demo` as `npm start` runs it: a real process on 127.0.0.1, the demo region seeded on the first start
 * with one account per role printed, the same accounts (and no second copy of anything) on the next start, and a
 * clean stop on SIGTERM. Without --demo an empty database gets one 管理员 and nothing else.
 */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client.ts";
import { spawnServe } from "../support/serve-process.ts";

function startServe(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnServe(["--port", "0", ...args], { env, timeoutMs: 30_000 });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners("exit");
    child.once("exit", (code) => resolve(code));
    child.kill("SIGTERM");
  });
}

function demoPasswords(output: string): Record<string, string> {
  return Object.fromEntries(
    [...output.matchAll(/(demo-[\w-]+)\s+密码 (\S+)/g)].map((m) => [m[1] as string, m[2] as string]),
  );
}

describe("jixiao serve", () => {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-serve-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("starts with the demo region, prints one account per role, and is idempotent on re-run", async () => {
    const db = `sqlite:${join(dir, "demo", "jixiao.db")}`;
    const first = await startServe(["--demo", "--db", db]);
    const passwords = demoPasswords(first.output());
    expect(Object.keys(passwords).sort()).toEqual([
      "demo-admin",
      "demo-department-reviewer",
      "demo-filler",
      "demo-finance-reviewer",
      "demo-unit-leader",
      "demo-unit-reviewer",
    ]);
    expect(statSync(join(dir, "demo", "demo-accounts.json")).mode & 0o777).toBe(0o600);

    const finance = new ApiClient({ baseUrl: first.url });
    expect((await finance.signIn("demo-finance-reviewer", passwords["demo-finance-reviewer"] as string)).status).toBe(
      200,
    );
    const units = (await finance.get("/api/units")).body.units as { name: string }[];
    expect(units.map((u) => u.name)).toContain("凉山州科学技术协会");
    const summary = await finance.get("/api/summary?year=2024");
    expect(summary.status).toBe(200);
    expect(summary.body.units.map((u: { unitName: string }) => u.unitName).sort()).toEqual([
      "永州市零陵区科学技术协会",
      "西藏自治区科学技术协会",
    ]);
    expect(await stop(first.child)).toBe(0);

    const second = await startServe(["--demo", "--db", db]);
    expect(demoPasswords(second.output())).toEqual(passwords);
    const again = new ApiClient({ baseUrl: second.url });
    await again.signIn("demo-admin", passwords["demo-admin"] as string);
    const unitsAgain = (await again.get("/api/units")).body.units as { name: string }[];
    expect(unitsAgain.length).toBe(units.length);
    expect((await again.get("/api/reports")).body.reports).toHaveLength(5);
    expect(await stop(second.child)).toBe(0);
  }, 90_000);

  it("without --demo makes only a first 管理员, from JIXIAO_ADMIN_PASSWORD", async () => {
    const db = `sqlite:${join(dir, "plain", "jixiao.db")}`;
    const started = await startServe(["--db", db], { JIXIAO_ADMIN_PASSWORD: "a-long-admin-password" });
    expect(started.output()).toContain("首个管理员：admin（密码取自 JIXIAO_ADMIN_PASSWORD）");
    expect(started.output()).not.toContain("demo-");
    const admin = new ApiClient({ baseUrl: started.url });
    expect((await admin.signIn("admin", "a-long-admin-password")).status).toBe(200);
    expect((await admin.get("/api/reports")).body.reports).toEqual([]);
    expect((await admin.get("/api/units")).body.units).toHaveLength(1);
    expect(await stop(started.child)).toBe(0);
  }, 60_000);
});
