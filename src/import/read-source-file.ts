/**
 * Reads one file of any supported format into a SourceDocument: its size is checked on disk before it is read, its
 * real format is identified from its bytes, legacy formats are converted by LibreOffice first.
 * @module
 */
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { convertWithLibreOffice } from "./convert-legacy-file.ts";
import { identifyFileKind } from "./identify-file-kind.ts";
import { UnreadableFileError } from "./import-error.ts";
import { formatBytes, IMPORT_LIMITS } from "./import-limits.ts";
import { readDocxFile } from "./read-docx-file.ts";
import { readPdfFile } from "./read-pdf-file.ts";
import { readTextFile } from "./read-text-file.ts";
import { readXlsxFile } from "./read-xlsx-file.ts";
import { openZipPackage } from "./read-zip-package.ts";
import type { SourceDocument } from "./source-document.ts";

export async function readSourceFile(path: string): Promise<SourceDocument> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new UnreadableFileError(path, "不是文件");
    size = info.size;
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(
      path,
      (error as NodeJS.ErrnoException).code === "ENOENT" ? "文件不存在" : `无法读取（${(error as Error).message}）`,
    );
  }
  if (size > IMPORT_LIMITS.maxFileBytes) {
    throw new UnreadableFileError(
      path,
      `文件 ${formatBytes(size)}，超过上限 ${formatBytes(IMPORT_LIMITS.maxFileBytes)}`,
    );
  }
  const data = new Uint8Array(await readFile(path));
  return readSourceBytes(path, data);
}

/** Reads bytes named `file` (the name decides nothing but the expected format). */
export async function readSourceBytes(file: string, data: Uint8Array): Promise<SourceDocument> {
  if (data.length > IMPORT_LIMITS.maxFileBytes)
    throw new UnreadableFileError(
      file,
      `文件 ${formatBytes(data.length)}，超过上限 ${formatBytes(IMPORT_LIMITS.maxFileBytes)}`,
    );
  const kind = identifyFileKind(file, data);
  switch (kind.kind) {
    case "txt":
      return readTextFile(file, data);
    case "docx":
      return readDocxFile(file, kind.zip);
    case "xlsx":
      return readXlsxFile(file, data, kind.zip);
    case "pdf":
      return readPdfFile(file, data);
    case "legacy": {
      const converted = await convertWithLibreOffice(file, data, kind.extension, kind.convertTo);
      const zip = openZipPackage(`${basename(file)}（转换后）`, converted);
      const document = kind.convertTo === "docx" ? readDocxFile(file, zip) : await readXlsxFile(file, converted, zip);
      return { ...document, convertedFrom: kind.extension };
    }
  }
}
