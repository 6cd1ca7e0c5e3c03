/**
 * A private PostgreSQL cluster for the test suite: a fresh data directory in a temp folder, listening on a free port
 * of 127.0.0.1 only (plus a Unix socket inside the temp folder), with durability switched off for speed. The global
 * set-up (global-setup.ts) starts one per vitest run; each test file then makes its own database on it with
 * {@link createTestDatabase}.
 *
 * initdb refuses to run as root, so when we are root the server binaries run as the `postgres` system user, and the
 * temp folder is handed over to that user.
 * @module
 */
import { execFile, execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const execFileAsync = promisify(execFile);

const POSTGRES_ROOT = "/usr/lib/postgresql";
const SUPERUSER = "app";
const DATABASE = "jixiao_test";
const SERVICE_USER = "postgres";

export interface PostgresCluster {
  /** `postgres://app@127.0.0.1:PORT/jixiao_test` */
  url: string;
  /** Stops the server (`pg_ctl stop -m immediate`) and removes the temp folder. Safe to call more than once. */
  stop(): Promise<void>;
}

/** The newest `/usr/lib/postgresql/<version>/bin` that has initdb, pg_ctl and postgres. */
export function findPostgresBin(): string {
  const hint = "请先运行 scripts/setup.sh（它会安装 Debian 的 postgresql 软件包）。";
  let versions: string[];
  try {
    versions = readdirSync(POSTGRES_ROOT);
  } catch {
    throw new Error(`找不到 PostgreSQL 服务器程序：目录 ${POSTGRES_ROOT} 不存在。${hint}`);
  }
  const candidates = versions
    .filter((v) => /^\d+(\.\d+)?$/.test(v))
    .sort((a, b) => Number(b) - Number(a))
    .map((v) => join(POSTGRES_ROOT, v, "bin"))
    .filter((bin) => ["initdb", "pg_ctl", "postgres"].every((tool) => existsSync(join(bin, tool))));
  const newest = candidates[0];
  if (newest === undefined) {
    throw new Error(`找不到 PostgreSQL 服务器程序：${POSTGRES_ROOT}/*/bin 下没有 initdb、pg_ctl 和 postgres。${hint}`);
  }
  return newest;
}

/** A TCP port on 127.0.0.1 that was free a moment ago (bind port 0, read it back, close). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === "object") resolve(address.port);
        else reject(new Error("无法取得空闲端口"));
      });
    });
  });
}

const runningAsRoot = typeof process.getuid === "function" && process.getuid() === 0;

/** The command line that runs `tool` as the postgres user when we are root, and as ourselves otherwise. */
function asServiceUser(tool: string, args: string[]): [string, string[]] {
  return runningAsRoot ? ["runuser", ["-u", SERVICE_USER, "--", tool, ...args]] : [tool, args];
}

async function run(tool: string, args: string[], cwd: string): Promise<void> {
  const [file, argv] = asServiceUser(tool, args);
  try {
    await execFileAsync(file, argv, { cwd, env: { ...process.env, LC_ALL: "C.UTF-8" }, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const e = error as Error & { stderr?: string; stdout?: string };
    const output = `${e.stderr ?? ""}${e.stdout ?? ""}`.trim();
    throw new Error(`运行 ${tool} 失败：${output || e.message}`, { cause: error });
  }
}

function lookUpId(flag: "-u" | "-g"): number {
  try {
    return Number(execFileSync("id", [flag, SERVICE_USER], { encoding: "utf8" }).trim());
  } catch (error) {
    throw new Error(
      `以 root 运行时需要系统用户 ${SERVICE_USER}（initdb 不允许以 root 运行），但找不到该用户。请先运行 scripts/setup.sh。`,
      {
        cause: error,
      },
    );
  }
}

function logTail(logFile: string): string {
  try {
    return readFileSync(logFile, "utf8").trim().split("\n").slice(-20).join("\n");
  } catch {
    return "";
  }
}

/** Creates, starts and returns a private cluster with the database `jixiao_test`; see the module comment. */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = findPostgresBin();
  const initdb = join(bin, "initdb");
  const pgCtl = join(bin, "pg_ctl");

  const root = mkdtempSync(join(tmpdir(), "jixiao-pg-"));
  const dataDir = join(root, "data");
  const socketDir = join(root, "socket");
  const logFile = join(root, "postgres.log");
  mkdirSync(socketDir);
  if (runningAsRoot) {
    const uid = lookUpId("-u");
    const gid = lookUpId("-g");
    chownSync(root, uid, gid);
    chownSync(socketDir, uid, gid);
  }

  const stopServerSync = (): void => {
    if (!existsSync(join(dataDir, "postmaster.pid"))) return;
    const [file, argv] = asServiceUser(pgCtl, ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
    try {
      execFileSync(file, argv, { cwd: root, stdio: "ignore" });
    } catch {
      // Not running.
    }
  };
  let stopped = false;
  const stopSync = (): void => {
    if (stopped) return;
    stopped = true;
    stopServerSync();
    rmSync(root, { recursive: true, force: true });
  };
  // A safety net: should the teardown never run (an exception, process.exit), do not leave a server behind.
  process.once("exit", stopSync);

  try {
    await run(
      initdb,
      ["-D", dataDir, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "-U", SUPERUSER, "--no-sync"],
      root,
    );

    // The port is found free a moment before the server binds it; should another process take it meanwhile, try again.
    let port = 0;
    for (let attempt = 1; ; attempt++) {
      port = await findFreePort();
      const options = [
        `-p ${port}`,
        `-k '${socketDir}'`,
        "-c listen_addresses=127.0.0.1",
        "-c max_connections=200",
        "-c fsync=off",
        "-c synchronous_commit=off",
        "-c full_page_writes=off",
      ].join(" ");
      try {
        await run(pgCtl, ["-D", dataDir, "-o", options, "-l", logFile, "-w", "-t", "60", "start"], root);
        break;
      } catch (error) {
        // pg_ctl may have left a postmaster behind that came up only after the wait gave up.
        stopServerSync();
        if (attempt >= 3) {
          throw new Error(
            `PostgreSQL 测试集群启动失败（端口 ${port}）：${(error as Error).message}\n${logTail(logFile)}`,
            { cause: error },
          );
        }
      }
    }

    const client = new pg.Client({ host: "127.0.0.1", port, user: SUPERUSER, database: "postgres" });
    await client.connect();
    try {
      await client.query(`create database ${DATABASE}`);
    } finally {
      await client.end();
    }

    return {
      url: `postgres://${SUPERUSER}@127.0.0.1:${port}/${DATABASE}`,
      async stop() {
        if (stopped) return;
        stopped = true;
        process.removeListener("exit", stopSync);
        try {
          await run(pgCtl, ["-D", dataDir, "-m", "immediate", "-w", "stop"], root);
        } catch {
          // Already gone.
        }
        rmSync(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    process.removeListener("exit", stopSync);
    stopSync();
    throw error;
  }
}

/**
 * Creates an empty database `name` on the cluster of `url` and returns its URL (same host, port and user), so that
 * each test file can work in a database of its own. `name` must be a plain lower-case identifier of at most 63 bytes.
 */
export async function createTestDatabase(url: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
    throw new Error(
      `测试数据库名称不合法：${JSON.stringify(name)}（只能用小写字母、数字和下划线，不以数字开头，最长 63 个字符）`,
    );
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  const result = new URL(url);
  result.pathname = `/${name}`;
  return result.toString();
}
