/**
 * Checks the `--out` folder before any work is done: it is created when missing, and must be a folder this
 * process can write in — proven by writing and removing a probe file, because permission bits say nothing for root
 * or on a read-only mount.
 * @module
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { InputError } from "./cli-error.ts";

/**
 * @returns the folder's absolute path
 * @throws InputError when the path is a file, cannot be created or cannot be written to
 */
export function prepareOutDir(path: string): string {
  const dir = resolve(path);
  let exists = false;
  try {
    const stat = statSync(dir);
    if (!stat.isDirectory()) throw new InputError(`--out ${path}：不是文件夹（已存在同名文件），请指定一个文件夹`);
    exists = true;
  } catch (error) {
    if (error instanceof InputError) throw error;
    if ((error as NodeJS.ErrnoException).code === "ENOTDIR") {
      throw new InputError(`--out ${path}：无法创建输出文件夹（路径中有一段是文件，不是文件夹）`);
    }
  }
  if (!exists) {
    try {
      mkdirSync(dir, { recursive: true });
    } catch (error) {
      throw new InputError(`--out ${path}：无法创建输出文件夹（${describeFsError(error)}）`);
    }
  }
  const probe = join(dir, `.jixiao-write-test-${process.pid}`);
  try {
    writeFileSync(probe, "");
    rmSync(probe, { force: true });
  } catch (error) {
    throw new InputError(`--out ${path}：输出文件夹不可写（${describeFsError(error)}）`);
  }
  return dir;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const known: Record<string, string> = {
    EACCES: "没有写入权限",
    EPERM: "没有写入权限",
    EROFS: "文件系统只读",
    ENOTDIR: "路径中有一段是文件，不是文件夹",
    ENOSPC: "磁盘空间不足",
    ENOENT: "路径不存在",
  };
  return (code && known[code]) ?? (error as Error).message;
}
