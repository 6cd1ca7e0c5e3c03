/**
 * `jixiao serve [--db sqlite:PATH | postgres://…] [--host 127.0.0.1] [--port N] [--demo] [--init] [--trust-proxy A,B]
 * [--no-jobs] [--processes N]`: runs the web server until Ctrl-C (with --no-jobs, HTTP only: document and audit jobs
 * are left to `jixiao worker`; with --processes N, N server processes on one port over one PostgreSQL, see
 * serve-processes.ts — refused for SQLite). The database is checked first (see check-database-file.ts): an empty file is a
 * new region only with --init. Behind a TLS-terminating proxy, --trust-proxy (or JIXIAO_TRUST_PROXY) names the
 * proxy's addresses, whose X-Forwarded-For/-Proto are then believed (Secure cookies and HSTS over HTTPS). A fresh database is migrated; the demo region and its accounts only with --demo; otherwise the first
 * 管理员 comes from JIXIAO_ADMIN_PASSWORD or a one-time password printed once. DATABASE_URL, when set, is the
 * default database. The demo accounts' passwords are kept in demo-accounts.json in the data folder: the SQLite file's
 * folder, or ./data for PostgreSQL, unless JIXIAO_DATA_DIR names another (made if missing).
 * @module
 */
import { mkdirSync } from "node:fs";
import { isIP } from "node:net";
import { dirname, join, resolve } from "node:path";
import { InputError } from "../cli-error.ts";
import type { CommandResult } from "./command-result.ts";
import { packagePath } from "../../project-files.ts";

export interface ServeOptions {
  db?: string;
  host?: string;
  port?: string;
  demo: boolean;
  /** --no-jobs: HTTP only; document and audit jobs are left to `jixiao worker` processes. */
  noJobs?: boolean;
  /** Make a new region even in an existing empty database file. */
  init?: boolean;
  /** Comma-separated addresses of trusted proxies (default JIXIAO_TRUST_PROXY). */
  trustProxy?: string;
  /** How many server processes answer on the port (default 1; more only on PostgreSQL). */
  processes?: string;
}

const EXAMPLES_DIR = packagePath("examples");

export async function runServe(options: ServeOptions): Promise<CommandResult> {
  const port = options.port === undefined ? 3000 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new InputError(`--port 应为 0–65535 的整数，收到“${options.port}”`);
  const database = options.db ?? process.env.DATABASE_URL ?? "sqlite:data/jixiao.db";
  if (!/^(sqlite:|postgres(ql)?:\/\/)/.test(database))
    throw new InputError(`--db 应为 sqlite:路径 或 postgres://…，收到“${database}”`);
  const dataDir = process.env.JIXIAO_DATA_DIR?.trim()
    ? resolve(process.env.JIXIAO_DATA_DIR.trim())
    : database.startsWith("sqlite:")
      ? dirname(resolve(database.slice("sqlite:".length)))
      : resolve("data");
  if (options.demo) mkdirSync(dataDir, { recursive: true });
  const trustedProxies = (options.trustProxy ?? process.env.JIXIAO_TRUST_PROXY ?? "")
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean);
  for (const address of trustedProxies) {
    if (isIP(address) === 0)
      throw new InputError(`--trust-proxy 应为逗号分隔的 IP 地址（反向代理的地址），收到“${address}”`);
  }
  const processes = options.processes === undefined ? 1 : Number(options.processes);
  if (!Number.isInteger(processes) || processes < 1 || processes > 64)
    throw new InputError(`--processes 应为 1–64 的整数，收到“${options.processes}”`);
  const { isServerProcess, forkServerProcesses, serverProcessRole, SQLITE_PROCESSES_REFUSED } =
    await import("../../server/serve-processes.ts");
  if (processes > 1 && database.startsWith("sqlite:")) throw new InputError(SQLITE_PROCESSES_REFUSED);
  const { openServices, startServer } = await import("../../server/start-server.ts");
  const { DatabaseFileError } = await import("../../server/check-database-file.ts");
  // The database named with its problem, as an input problem (exit 2), not an internal error.
  const asInputError = (error: unknown) => {
    throw error instanceof DatabaseFileError ? new InputError(error.message) : error;
  };
  const demo = options.demo ? { examplesDir: EXAMPLES_DIR, dataDir } : undefined;
  const host = options.host ?? "127.0.0.1";

  if (processes > 1 && isServerProcess()) {
    // One of the primary's server processes: the database is set up; it serves until the primary stops it.
    const role = serverProcessRole();
    const server = await startServer({ database, host, port, jobs: role.runsJobs && !options.noJobs, trustedProxies });
    role.listening(server.url);
    await untilStopped();
    await server.stop();
    role.stopped();
    return { exitCode: 0, output: "" };
  }

  let started: { url: string; description: string; stop(): Promise<void>; pids?: number[] };
  let setUp: Awaited<ReturnType<typeof openServices>>;
  if (processes > 1) {
    setUp = await openServices({ database, demo, init: options.init ?? false }).catch(asInputError);
    const description = setUp.services.database.description;
    const { stopServices } = await import("../../server/services/services.ts");
    await stopServices(setUp.services);
    const group = await forkServerProcesses(processes);
    started = { ...group, description };
  } else {
    const server = await startServer({
      database,
      host,
      port,
      demo,
      jobs: !options.noJobs,
      trustedProxies,
      init: options.init ?? false,
    }).catch(asInputError);
    setUp = server;
    started = { url: server.url, description: server.services.database.description, stop: () => server.stop() };
  }
  const lines = [
    `绩效 Jixiao 服务已启动：${started.url}（数据库 ${started.description}）`,
    `接口文档：${started.url}/api/docs`,
  ];
  if (started.pids)
    lines.push(
      `${processes} 个服务进程共用端口（pid ${started.pids.join("、")}）；后台任务只在第一个进程运行${options.noJobs ? "（--no-jobs：都不运行）" : ""}。`,
    );
  if (options.noJobs) lines.push("不运行后台任务（--no-jobs）：文档和校验任务由 jixiao worker 进程完成。");
  const server = setUp;
  if (server.demoAccounts.length > 0) {
    lines.push("演示账号（密码保存在 " + join(dataDir, "demo-accounts.json") + "）：");
    for (const a of server.demoAccounts)
      lines.push(`  ${a.roleName.padEnd(8, "　")} ${a.username.padEnd(26)} 密码 ${a.password}  （${a.unitName}）`);
  }
  if (server.firstAdmin) {
    lines.push(
      server.firstAdmin.password
        ? `首个管理员：${server.firstAdmin.username}，一次性密码 ${server.firstAdmin.password}（只显示这一次，请登录后修改）`
        : `首个管理员：${server.firstAdmin.username}（密码取自 JIXIAO_ADMIN_PASSWORD）`,
    );
  }
  lines.push("按 Ctrl-C 停止。");
  process.stdout.write(`${lines.join("\n")}\n`);
  await untilStopped();
  await started.stop();
  return { exitCode: 0, output: "服务已停止。" };
}

/** Resolves on Ctrl-C (SIGINT) or SIGTERM. */
function untilStopped(): Promise<void> {
  return new Promise<void>((resolveStop) => {
    const stop = () => resolveStop();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}
