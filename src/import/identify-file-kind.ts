/**
 * Tells what a file really is from its first bytes and, for a ZIP, its parts — never from its name alone — and
 * refuses a file that is not what its name says, is encrypted or carries macros, before any reader sees it.
 * @module
 */
import { extname } from "node:path";
import { UnreadableFileError } from "./import-error.ts";
import { openZipPackage, type ZipPackage } from "./read-zip-package.ts";

/** How the importer reads a file: directly, or after LibreOffice converts it. */
export type FileKind =
  | { kind: "txt" }
  | { kind: "docx"; zip: ZipPackage }
  | { kind: "xlsx"; zip: ZipPackage }
  | { kind: "pdf" }
  | { kind: "legacy"; convertTo: "docx" | "xlsx"; extension: string };

const NAME_OF_EXTENSION: Record<string, string> = {
  ".txt": "文本",
  ".text": "文本",
  ".md": "文本",
  ".docx": "Word（.docx）",
  ".xlsx": "Excel（.xlsx）",
  ".pdf": "PDF",
  ".doc": "Word 97-2003（.doc）",
  ".wps": "WPS 文字（.wps）",
  ".xls": "Excel 97-2003（.xls）",
  ".et": "WPS 表格（.et）",
};
const LEGACY_TEXT = new Set([".doc", ".wps"]);
const LEGACY_SHEET = new Set([".xls", ".et"]);

export const SUPPORTED_EXTENSIONS = Object.keys(NAME_OF_EXTENSION);

function startsWith(data: Uint8Array, bytes: readonly number[]): boolean {
  return bytes.every((b, i) => data[i] === b);
}

/** Whether a UTF-16LE name occurs in the bytes (OLE compound files name their streams that way). */
function hasUtf16Name(data: Uint8Array, name: string): boolean {
  const needle = Buffer.from(name, "utf16le");
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).indexOf(needle) >= 0;
}

function looksLikeText(data: Uint8Array): boolean {
  const sample = data.subarray(0, Math.min(data.length, 64 * 1024));
  const isUtf16 = (sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff);
  if (isUtf16) return true;
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) controls++;
  }
  return controls <= sample.length / 100;
}

function describeContent(data: Uint8Array): string {
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46])) return "PDF";
  if (startsWith(data, [0x50, 0x4b])) return "ZIP 压缩包";
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0])) return "Office 97-2003/WPS 文件";
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47]) || startsWith(data, [0xff, 0xd8, 0xff])) return "图片";
  if (startsWith(data, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return "RTF 文档";
  if (looksLikeText(data)) return "纯文本";
  return "无法识别的二进制数据";
}

/** Identifies the file; throws UnreadableFileError with the reason when it cannot or must not be read. */
export function identifyFileKind(file: string, data: Uint8Array): FileKind {
  const extension = extname(file).toLowerCase();
  if (!(extension in NAME_OF_EXTENSION)) {
    if (extension === ".docm" || extension === ".xlsm")
      throw new UnreadableFileError(file, "文件含宏（启用宏的格式），为安全起见不导入；请另存为 .docx/.xlsx");
    throw new UnreadableFileError(
      file,
      `不支持的文件类型“${extension || "无扩展名"}”，可导入 ${SUPPORTED_EXTENSIONS.join("、")}`,
    );
  }
  if (data.length === 0) throw new UnreadableFileError(file, "文件是空的（0 字节）");
  const expected = NAME_OF_EXTENSION[extension] ?? extension;
  const mismatch = () =>
    new UnreadableFileError(file, `文件名是${expected}，内容却是${describeContent(data)}，请确认文件没有改错扩展名`);

  if (extension === ".pdf") {
    if (!startsWith(data, [0x25, 0x50, 0x44, 0x46])) throw mismatch();
    if (!Buffer.from(data.buffer, data.byteOffset, data.byteLength).subarray(-2048).includes("%%EOF")) {
      throw new UnreadableFileError(file, "PDF 不完整（缺少文件结尾 %%EOF，可能下载或复制时被截断）");
    }
    if (/\/Encrypt\s/.test(Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("latin1"))) {
      throw new UnreadableFileError(file, "PDF 已加密，请提供未加密的文件");
    }
    return { kind: "pdf" };
  }
  if (extension === ".docx" || extension === ".xlsx") {
    if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0])) {
      if (hasUtf16Name(data, "EncryptionInfo"))
        throw new UnreadableFileError(file, "文件已加密（设置了打开密码），请先在 Word/WPS/Excel 中取消密码后再导入");
      throw mismatch();
    }
    if (!startsWith(data, [0x50, 0x4b])) throw mismatch();
    const zip = openZipPackage(file, data);
    const isWord = zip.entries.has("word/document.xml");
    const isSheet = zip.entries.has("xl/workbook.xml");
    if (extension === ".docx" && !isWord)
      throw new UnreadableFileError(
        file,
        isSheet ? "文件名是 .docx，内容却是 Excel 工作簿" : "不是 Word 文档（包内没有 word/document.xml）",
      );
    if (extension === ".xlsx" && !isSheet)
      throw new UnreadableFileError(
        file,
        isWord ? "文件名是 .xlsx，内容却是 Word 文档" : "不是 Excel 工作簿（包内没有 xl/workbook.xml）",
      );
    return extension === ".docx" ? { kind: "docx", zip } : { kind: "xlsx", zip };
  }
  if (LEGACY_TEXT.has(extension) || LEGACY_SHEET.has(extension)) {
    // WPS saves .wps/.et as OLE compound files too; a .doc that is really a .docx (renamed) is converted as well.
    const isOle = startsWith(data, [0xd0, 0xcf, 0x11, 0xe0]);
    const isZip = startsWith(data, [0x50, 0x4b]);
    if (!isOle && !isZip) throw mismatch();
    if (isOle && hasUtf16Name(data, "EncryptionInfo"))
      throw new UnreadableFileError(file, "文件已加密（设置了打开密码），请先取消密码后再导入");
    if (isOle && (hasUtf16Name(data, "_VBA_PROJECT") || hasUtf16Name(data, "VBA"))) {
      throw new UnreadableFileError(file, "文件含宏（VBA 工程），为安全起见不导入；请另存为不含宏的文件");
    }
    if (isZip) openZipPackage(file, data);
    return { kind: "legacy", convertTo: LEGACY_TEXT.has(extension) ? "docx" : "xlsx", extension };
  }
  if (!looksLikeText(data)) throw mismatch();
  return { kind: "txt" };
}
