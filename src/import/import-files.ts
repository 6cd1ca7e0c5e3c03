/**
 * `import FILE|FOLDER`: reads one file, or every supported file of a folder (not its sub-folders, at most
 * IMPORT_LIMITS.maxFolderFiles), and imports them into one dataset — a unit's report, its tables and its 决算 as
 * separate files make one unit-year. An unreadable file stops the import with its reason (UnreadableFileError).
 * @module
 */
import { readdir, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { SUPPORTED_EXTENSIONS } from "./identify-file-kind.ts";
import { UnreadableFileError } from "./import-error.ts";
import { IMPORT_LIMITS } from "./import-limits.ts";
import { type ImportOptions, type ImportResult, importDocuments } from "./import-document.ts";
import { readSourceFile } from "./read-source-file.ts";

/** The files an import of `path` reads, in name order. */
export async function listImportFiles(path: string): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UnreadableFileError(path, "文件或文件夹不存在");
  }
  if (!info.isDirectory()) return [path];
  const names = (await readdir(path))
    .filter(
      (name) =>
        !name.startsWith(".") && !name.startsWith("~$") && SUPPORTED_EXTENSIONS.includes(extname(name).toLowerCase()),
    )
    .sort();
  if (names.length === 0)
    throw new UnreadableFileError(path, `文件夹中没有可导入的文件（${SUPPORTED_EXTENSIONS.join("、")}）`);
  if (names.length > IMPORT_LIMITS.maxFolderFiles)
    throw new UnreadableFileError(
      path,
      `文件夹中有 ${names.length} 个文件，超过上限 ${IMPORT_LIMITS.maxFolderFiles} 个`,
    );
  return names.map((name) => join(path, name));
}

export async function importPath(path: string, options: ImportOptions = {}): Promise<ImportResult> {
  const files = await listImportFiles(path);
  const documents = [];
  for (const file of files) documents.push(await readSourceFile(file));
  return importDocuments(documents, options, basename(path));
}
