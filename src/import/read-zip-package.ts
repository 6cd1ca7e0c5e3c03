/**
 * Opens a ZIP package (.docx, .xlsx) safely: the central directory is read first and every declared size, the
 * entry count and the compression ratio are checked before a single byte is inflated; each part is then inflated
 * with a hard stop at its declared size, so a zip bomb that lies about its sizes is stopped too. Encrypted entries
 * and macro parts (vbaProject.bin) are refused.
 * @module
 */
import { Inflate } from "fflate";
import { UnreadableFileError } from "./import-error.ts";
import { formatBytes, IMPORT_LIMITS } from "./import-limits.ts";

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export interface ZipPackage {
  entries: Map<string, ZipEntry>;
  /** Inflates one part; throws UnreadableFileError when it is corrupt or larger than declared. */
  read(name: string): Uint8Array | undefined;
  readText(name: string): string | undefined;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

function findEndOfCentralDirectory(view: DataView): number {
  // The comment after the record is at most 65,535 bytes.
  const stop = Math.max(0, view.byteLength - 22 - 65_535);
  for (let i = view.byteLength - 22; i >= stop; i--) if (view.getUint32(i, true) === EOCD_SIGNATURE) return i;
  return -1;
}

/** Reads the directory and checks the limits; nothing is inflated yet. */
export function openZipPackage(file: string, data: Uint8Array): ZipPackage {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const eocd = data.byteLength >= 22 ? findEndOfCentralDirectory(view) : -1;
  if (eocd < 0) throw new UnreadableFileError(file, "文件不完整或已损坏（找不到 ZIP 目录，可能下载或复制时被截断）");
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (count > IMPORT_LIMITS.maxZipEntries)
    throw new UnreadableFileError(file, `包内文件过多（${count} 个，上限 ${IMPORT_LIMITS.maxZipEntries}）`);
  if (directoryOffset + directorySize > data.byteLength)
    throw new UnreadableFileError(file, "文件不完整或已损坏（ZIP 目录超出文件末尾，可能被截断）");
  const entries = new Map<string, ZipEntry>();
  let total = 0;
  let at = directoryOffset;
  const decoder = new TextDecoder("utf-8");
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.byteLength || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      throw new UnreadableFileError(file, "文件已损坏（ZIP 目录项无效）");
    }
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localHeaderOffset = view.getUint32(at + 42, true);
    const name = decoder.decode(data.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & 1)
      throw new UnreadableFileError(file, "文件已加密（设置了打开密码），请先在 Word/WPS/Excel 中取消密码后再导入");
    if (/(^|\/)vbaProject\.bin$/i.test(name))
      throw new UnreadableFileError(file, "文件含宏（vbaProject.bin），为安全起见不导入；请另存为不含宏的 .docx/.xlsx");
    if (size > IMPORT_LIMITS.maxPartBytes)
      throw new UnreadableFileError(
        file,
        `包内“${name}”解压后 ${formatBytes(size)}，超过上限 ${formatBytes(IMPORT_LIMITS.maxPartBytes)}`,
      );
    if (compressedSize > 0 && size / compressedSize > IMPORT_LIMITS.maxCompressionRatio && size > 1024 * 1024) {
      throw new UnreadableFileError(
        file,
        `包内“${name}”压缩比异常（${Math.round(size / compressedSize)} 倍），疑似压缩炸弹`,
      );
    }
    if (compressedSize === 0 && size > 0 && method !== 0)
      throw new UnreadableFileError(file, `包内“${name}”的大小信息无效`);
    total += size;
    entries.set(name, { name, method, flags, compressedSize, size, localHeaderOffset });
  }
  if (total > IMPORT_LIMITS.maxUnpackedBytes) {
    throw new UnreadableFileError(
      file,
      `解压后共 ${formatBytes(total)}，超过上限 ${formatBytes(IMPORT_LIMITS.maxUnpackedBytes)}，疑似压缩炸弹`,
    );
  }

  const read = (name: string): Uint8Array | undefined => {
    const entry = entries.get(name);
    if (!entry) return undefined;
    return inflateEntry(file, data, view, entry);
  };
  return {
    entries,
    read,
    readText: (name) => {
      const bytes = read(name);
      if (!bytes) return undefined;
      const isUtf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
      return new TextDecoder(isUtf16 ? "utf-16le" : "utf-8").decode(bytes).replace(/^\uFEFF/, "");
    },
  };
}

function inflateEntry(file: string, data: Uint8Array, view: DataView, entry: ZipEntry): Uint8Array {
  const at = entry.localHeaderOffset;
  if (at + 30 > data.byteLength || view.getUint32(at, true) !== LOCAL_SIGNATURE) {
    throw new UnreadableFileError(file, `文件已损坏（包内“${entry.name}”的位置无效）`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > data.byteLength) throw new UnreadableFileError(file, `文件不完整（包内“${entry.name}”被截断）`);
  const compressed = data.subarray(start, end);
  if (entry.method === 0) return compressed;
  if (entry.method !== 8)
    throw new UnreadableFileError(file, `包内“${entry.name}”使用了不支持的压缩方式（${entry.method}）`);
  const out = new Uint8Array(entry.size);
  let filled = 0;
  let failure: string | null = null;
  const inflater = new Inflate((chunk) => {
    if (failure) return;
    // Never more than declared: a part that inflates past its declared size is a bomb or a corrupt file.
    if (filled + chunk.length > entry.size) {
      failure = `包内“${entry.name}”解压后超过声明的大小（${formatBytes(entry.size)}），疑似压缩炸弹或文件损坏`;
      return;
    }
    out.set(chunk, filled);
    filled += chunk.length;
  });
  try {
    const step = 64 * 1024;
    for (let i = 0; i < compressed.length && !failure; i += step) {
      inflater.push(compressed.subarray(i, Math.min(compressed.length, i + step)), i + step >= compressed.length);
    }
  } catch (error) {
    throw new UnreadableFileError(file, `文件已损坏（包内“${entry.name}”无法解压：${(error as Error).message}）`);
  }
  if (failure) throw new UnreadableFileError(file, failure);
  if (filled !== entry.size)
    throw new UnreadableFileError(
      file,
      `文件不完整或已损坏（包内“${entry.name}”解压后 ${filled} 字节，应为 ${entry.size} 字节）`,
    );
  return out;
}
