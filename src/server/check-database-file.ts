/**
 * What `serve` checks before it opens a SQLite database, so that a damaged file is named with its problem instead of
 * becoming "内部错误", and an empty one is not silently made a new region (with a new 管理员 password) — it is
 * more likely a database lost in a failed copy or restore. A missing file is the normal first start and is made.
 * A 0-byte file becomes a new region only when asked (`--init`). A file that is not SQLite, is not a Jixiao
 * database, or fails SQLite's quick_check is refused, whatever is asked: it is never overwritten.
 * @module
 */
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { resolve } from "node:path";
import SQLite from "better-sqlite3";

/** A problem with the database a server was asked to start on: the message names the file and what is wrong. */
export class DatabaseFileError extends Error {
  override name = "DatabaseFileError";
}

const SQLITE_MAGIC = "SQLite format 3\u0000";

/** Checks `location` ("sqlite:PATH", a bare path, or postgres://…, which is not a file and is left to the server). */
export function checkDatabaseFile(location: string, options: { init?: boolean } = {}): void {
  if (/^postgres(ql)?:\/\//.test(location)) return;
  const raw = location.replace(/^sqlite:/, "");
  if (raw === ":memory:") return;
  const path = resolve(raw);
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new DatabaseFileError(`数据库 ${path} 是一个文件夹，不是数据库文件`);
    size = stat.size;
  } catch (error) {
    if (error instanceof DatabaseFileError) throw error;
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw new DatabaseFileError(`无法读取数据库文件 ${path}：${(error as Error).message}`);
  }
  if (size === 0) {
    if (options.init) return;
    throw new DatabaseFileError(
      `数据库文件 ${path} 是空的（0 字节）。若这是原有地区的数据库，它已丢失，请用 jixiao restore 从备份恢复；若确要在此新建地区，请加 --init`,
    );
  }
  const header = Buffer.alloc(16);
  const fd = openSync(path, "r");
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString("latin1") !== SQLITE_MAGIC)
    throw new DatabaseFileError(`数据库文件 ${path} 不是 SQLite 数据库（文件头不符，${size} 字节），未作任何改动`);

  let db: SQLite.Database | undefined;
  try {
    db = new SQLite(path, { readonly: true, fileMustExist: true });
    const problems = (db.pragma("quick_check(5)") as { quick_check: string }[])
      .map((row) => row.quick_check)
      .filter((text) => text !== "ok");
    if (problems.length > 0)
      throw new DatabaseFileError(
        `数据库文件 ${path} 已损坏（SQLite 完整性检查）：${problems.join("；")}。请用 jixiao restore 从备份恢复`,
      );
    const tables = (db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map(
      (row) => row.name,
    );
    if (tables.length > 0 && !tables.includes("jixiao_migrations")) {
      throw new DatabaseFileError(
        `数据库文件 ${path} 不是 Jixiao 的数据库（含有其他表：${tables.slice(0, 5).join("、")}），未作任何改动`,
      );
    }
  } catch (error) {
    if (error instanceof DatabaseFileError) throw error;
    throw new DatabaseFileError(
      `数据库文件 ${path} 无法打开或已损坏：${(error as Error).message}。请用 jixiao restore 从备份恢复`,
    );
  } finally {
    db?.close();
  }
}
