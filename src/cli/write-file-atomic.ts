/**
 * Writes a file so that it is either all there or not there: the bytes go to a temporary name in the same folder
 * and are renamed into place, so an interrupted run never leaves a half-written .docx that Word cannot open.
 * @module
 */
import { randomBytes } from "node:crypto";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Writes `data` to `path` through a temporary file and a rename (which replaces an older file of that name). */
export function writeFileAtomic(path: string, data: Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
