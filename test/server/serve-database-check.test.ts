/**
 * `serve` checks its SQLite database before starting: an empty (0-byte) file is refused unless --init asks for a
 * new region; a file that is not SQLite, another program's SQLite database, or a damaged one is refused whatever is
 * asked. Each refusal names the file and the problem (no "内部错误"), exits 2 and leaves the file byte for byte.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { DatabaseFileError } from "../../src/server/check-database-file.ts";
import { startServer } from "../../src/server/start-server.ts";
import { openDatabase } from "../../src/storage/open-database.ts";
import { spawnServe } from "../support/serve-process.ts";

const dir = mkdtempSync(join(tmpdir(), "jixiao-dbcheck-"));
const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const start = (path: string, init = false) =>
  startServer({
    database: `sqlite:${path}`,
    host: "127.0.0.1",
    port: 0,
    init,
    env: { JIXIAO_ADMIN_PASSWORD: "a-long-admin-password" },
  });

describe("serve checks its database at start", () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("a 0-byte file: the CLI exits 2 naming the file and --init, the file stays empty; with --init a new region is made", async () => {
    const path = join(dir, "empty.db");
    writeFileSync(path, "");
    const failure = await spawnServe(["--port", "0", "--db", `sqlite:${path}`], { timeoutMs: 30_000 }).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(failure).toContain("已退出（2）");
    expect(failure).toContain(path);
    expect(failure).toContain("空的（0 字节）");
    expect(failure).toContain("--init");
    expect(failure).not.toContain("内部错误");
    expect(readFileSync(path).length).toBe(0);

    const server = await start(path, true);
    try {
      expect(server.firstAdmin?.username).toBe("admin");
    } finally {
      await server.stop();
    }
  }, 60_000);

  it("a file that is not SQLite, another program's database, or a damaged Jixiao database: refused with the file and the problem, unchanged even with --init", async () => {
    const notSqlite = join(dir, "notes.db");
    writeFileSync(notSqlite, "这不是数据库\n".repeat(100));

    const foreign = join(dir, "foreign.db");
    const other = new SQLite(foreign);
    other.exec("create table invoices (id integer primary key, amount integer)");
    other.close();

    const damaged = join(dir, "damaged.db");
    const database = await openDatabase(`sqlite:${damaged}`);
    database.sqlite?.pragma("wal_checkpoint(TRUNCATE)");
    await database.close();
    const bytes = readFileSync(damaged);
    // Garbage over every page but the first (the header stays valid, the tables' pages do not).
    for (let i = 4096; i < bytes.length; i++) bytes[i] = (i * 7919) % 251;
    writeFileSync(damaged, bytes);

    for (const [path, problem] of [
      [notSqlite, "不是 SQLite 数据库"],
      [foreign, "不是 Jixiao 的数据库"],
      [damaged, "损坏"],
    ] as const) {
      const before = sha(path);
      for (const init of [false, true]) {
        const error = await start(path, init).then(
          async (server) => {
            await server.stop();
            return null;
          },
          (e: unknown) => e,
        );
        expect(error, path).toBeInstanceOf(DatabaseFileError);
        expect((error as Error).message).toContain(path);
        expect((error as Error).message).toContain(problem);
      }
      expect(sha(path), path).toBe(before);
    }
  }, 60_000);

  it("a missing file is the normal first start; a healthy database starts again", async () => {
    const path = join(dir, "fresh", "jixiao.db");
    const first = await start(path);
    expect(first.firstAdmin?.username).toBe("admin");
    await first.stop();
    const second = await start(path);
    expect(second.firstAdmin).toBeNull();
    await second.stop();
  });
});
