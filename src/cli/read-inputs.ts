/**
 * Reads what the CLI is given: dataset files, rule profiles (a built-in id or a file of the user's own) and report
 * texts. Every failure becomes an InputError with the file and the place inside it.
 * @module
 */
import { readFileSync, statSync } from "node:fs";
import type { Dataset } from "../core/dataset/schema.ts";
import { parseDatasetJson } from "../core/dataset/validate-dataset.ts";
import { builtinProfileIds, defaultProfile, getBuiltinProfile } from "../core/profiles/builtin-profiles.ts";
import { parseProfileJson } from "../core/profiles/parse-profile.ts";
import type { RuleProfile } from "../core/profiles/profile-schema.ts";
import { readDocxText } from "../documents/read-docx-text.ts";
import { InputError } from "./cli-error.ts";

const MAX_INPUT_BYTES = 20 * 1024 * 1024;

function readInputFile(path: string): Buffer {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new InputError(`${path}：不是文件`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}：文件不存在或无法读取`);
  }
  if (size > MAX_INPUT_BYTES)
    throw new InputError(`${path}：文件过大（${(size / 1024 / 1024).toFixed(1)} MB，上限 20 MB）`);
  return readFileSync(path);
}

export function readDataset(path: string): Dataset {
  return readDatasetWithMigration(path).dataset;
}

/** The dataset and what was migrated from an older format version (for `validate`). */
export function readDatasetWithMigration(path: string): { dataset: Dataset; migration: string[] } {
  const text = readInputFile(path).toString("utf8");
  const result = parseDatasetJson(text);
  if (!result.ok) throw new InputError(`${path}：数据集无效`, result.issues);
  return { dataset: result.dataset, migration: result.migration };
}

/** `--profile national|sichuan|hunan` or a path to a profile JSON file; the national profile when absent. */
export function readProfile(idOrPath: string | undefined): RuleProfile {
  if (idOrPath === undefined) return defaultProfile();
  const builtin = getBuiltinProfile(idOrPath);
  if (builtin) return builtin;
  if (!/[/\\.]/.test(idOrPath)) {
    throw new InputError(`未知的规则方案“${idOrPath}”，可用：${builtinProfileIds().join("、")}，或给出方案文件路径`);
  }
  const result = parseProfileJson(readInputFile(idOrPath).toString("utf8"));
  if (!result.ok) throw new InputError(`${idOrPath}：规则方案无效`, result.issues);
  return result.profile;
}

/** Plain text (UTF-8) or .docx, told apart by content, not by name. */
export function readReportText(path: string): string {
  const data = readInputFile(path);
  const isZip = data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b;
  if (isZip || path.toLowerCase().endsWith(".docx")) {
    try {
      return readDocxText(new Uint8Array(data));
    } catch (error) {
      throw new InputError(`${path}：${(error as Error).message}`);
    }
  }
  const text = data.toString("utf8");
  if (text.includes("\uFFFD")) throw new InputError(`${path}：不是 UTF-8 文本，也不是 .docx 文件`);
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}
