/**
 * `jixiao worker [--db sqlite:PATH | postgres://…] [--threads N]`: runs document and audit jobs until Ctrl-C, no
 * HTTP. Any number of workers (and `jixiao serve --no-jobs` servers) share one PostgreSQL: each job and each
 * report's re-audit is claimed in the database, so none is done twice, and a worker that stops hands its job back.
 * DATABASE_URL, when set, is the default database.
 * @module
 */
import { availableParallelism } from "node:os";
import { InputError } from "../cli-error.ts";
import type { CommandResult } from "./command-result.ts";

export interface WorkerOptions {
  db?: string;
  threads?: string;
}

export async function runWorker(options: WorkerOptions): Promise<CommandResult> {
  const database = options.db ?? process.env.DATABASE_URL ?? "sqlite:data/jixiao.db";
  if (!/^(sqlite:|postgres(ql)?:\/\/)/.test(database))
    throw new InputError(`--db 应为 sqlite:路径 或 postgres://…，收到“${database}”`);
  const threads = options.threads === undefined ? availableParallelism() : Number(options.threads);
  if (!Number.isInteger(threads) || threads < 1 || threads > 256)
    throw new InputError(`--threads 应为 1–256 的整数，收到“${options.threads}”`);
  const [{ openDatabase }, { createServices }, { startBackgroundJobs }] = await Promise.all([
    import("../../storage/open-database.ts"),
    import("../../server/services/services.ts"),
    import("../../server/jobs/background-jobs.ts"),
  ]);
  const opened = await openDatabase(database, { poolSize: 4 });
  const services = createServices(opened);
  const jobs = startBackgroundJobs(services, { audit: { threads } });
  process.stdout.write(
    `绩效 Jixiao 后台进程已启动：文档任务、校验任务（校验线程 ${threads} 个；数据库 ${opened.description}）\n按 Ctrl-C 停止。\n`,
  );
  await new Promise<void>((resolveStop) => {
    const stop = () => resolveStop();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await jobs.stop();
  await services.audits.stop();
  await opened.close();
  return { exitCode: 0, output: `后台进程已停止（本次重新校验 ${jobs.sweeper.stored} 份报表）。` };
}
