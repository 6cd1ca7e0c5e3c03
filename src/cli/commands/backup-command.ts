/**
 * `jixiao backup --db sqlite:PATH --out FILE` and `jixiao restore --db sqlite:PATH --from FILE`.
 *
 * SQLite: the online backup API copies a consistent snapshot while the server keeps running; restore checks the
 * file's integrity and schema first and replaces the database only if both are sound (stop the server before
 * restoring). PostgreSQL: the database server's own tools do this better than we could, so the command prints the
 * pg_dump / pg_restore lines to use.
 * @module
 */
import { copyFileSync, existsSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { InputError } from "../cli-error.ts";
import type { CommandResult } from "./command-result.ts";

function sqlitePath(db: string | undefined): string | null {
  const location = db ?? process.env.DATABASE_URL ?? "sqlite:data/jixiao.db";
  if (/^postgres(ql)?:\/\//.test(location)) return null;
  if (!location.startsWith("sqlite:")) throw new InputError(`--db 应为 sqlite:路径 或 postgres://…，收到“${location}”`);
  return resolve(location.slice("sqlite:".length));
}

const POSTGRES_GUIDANCE = (verb: "backup" | "restore") =>
  verb === "backup"
    ? 'PostgreSQL 请用其自带工具备份（可在服务运行时进行）：\n  pg_dump --format=custom --file=jixiao-$(date +%Y%m%d).dump "$DATABASE_URL"'
    : 'PostgreSQL 请先停止所有服务进程，再用其自带工具恢复：\n  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" jixiao-YYYYMMDD.dump';

export async function runBackup(options: { db?: string; out?: string }): Promise<CommandResult> {
  const path = sqlitePath(options.db);
  if (path === null) return { exitCode: 0, output: POSTGRES_GUIDANCE("backup") };
  if (!options.out) throw new InputError("backup 需要 --out <备份文件>");
  if (!existsSync(path)) throw new InputError(`数据库文件不存在：${path}`);
  const target = resolve(options.out);
  if (existsSync(target)) throw new InputError(`备份文件已存在，不覆盖：${target}`);
  const source = new SQLite(path, { readonly: true, fileMustExist: true });
  try {
    // Written beside the target, then renamed: a half-written backup is never left under the final name.
    const partial = `${target}.partial`;
    await source.backup(partial);
    renameSync(partial, target);
  } finally {
    source.close();
  }
  return { exitCode: 0, output: `已备份到 ${target}（${(statSync(target).size / 1024).toFixed(0)} KB）` };
}

export async function runRestore(options: { db?: string; from?: string }): Promise<CommandResult> {
  const path = sqlitePath(options.db);
  if (path === null) return { exitCode: 0, output: POSTGRES_GUIDANCE("restore") };
  if (!options.from) throw new InputError("restore 需要 --from <备份文件>");
  const backup = resolve(options.from);
  if (!existsSync(backup)) throw new InputError(`备份文件不存在：${backup}`);
  let check: SQLite.Database | undefined;
  try {
    check = new SQLite(backup, { readonly: true, fileMustExist: true });
    const integrity = check.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new InputError(`备份文件已损坏（integrity_check：${String(integrity)}），未恢复`);
    const tables = check
      .prepare("select name from sqlite_master where type = 'table' and name in ('reports', 'units', 'users')")
      .all();
    if (tables.length !== 3) throw new InputError("该文件不是绩效 Jixiao 的数据库备份，未恢复");
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`无法读取备份文件：${(error as Error).message}`);
  } finally {
    check?.close();
  }
  const previous = `${path}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
  if (existsSync(path)) copyFileSync(path, previous);
  for (const suffix of ["-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
  const staged = resolve(dirname(path), `.restore-${process.pid}.db`);
  copyFileSync(backup, staged);
  renameSync(staged, path);
  return {
    exitCode: 0,
    output: `已从 ${backup} 恢复到 ${path}${existsSync(previous) ? `；原数据库另存为 ${previous}` : ""}。请重新启动服务。`,
  };
}
