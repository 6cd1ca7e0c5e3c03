/**
 * What `jixiao report` works on: one dataset file, or every `*.json` directly inside a folder (the batch form).
 * @module
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "./cli-error.ts";

export interface DatasetFiles {
  /** True when the argument was a folder. */
  batch: boolean;
  files: string[];
}

/**
 * @throws InputError when the path does not exist or the folder holds no .json file
 */
export function listDatasetFiles(path: string): DatasetFiles {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    throw new InputError(`${path}：文件或文件夹不存在`);
  }
  if (!isDirectory) return { batch: false, files: [path] };
  const files = readdirSync(path, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith(".json"))
    .map((entry) => entry.name)
    .sort()
    .map((name) => join(path, name));
  if (files.length === 0) throw new InputError(`${path}：文件夹中没有 .json 数据集文件`);
  return { batch: true, files };
}
