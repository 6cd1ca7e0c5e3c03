/**
 * What a ZIP (an Office file) says it holds, read from its central directory without inflating anything: entry
 * names, methods, declared compressed and uncompressed sizes. Limits are judged on these before any parse, and
 * inflateEntry then holds each entry to what the directory declared, so a file that lies about its sizes (a zip
 * bomb) is caught after at most the declared bytes, never after gigabytes.
 * @module
 */
import { Inflate } from "fflate";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipLimits {
  /** Entries in the directory. */
  maxEntries: number;
  /** Declared uncompressed size of one entry. */
  maxEntryBytes: number;
  /** Declared uncompressed size of all entries together. */
  maxTotalBytes: number;
}

/** A ZIP refused, with the Chinese reason. */
export class ZipRefusedError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** The entries of the ZIP's central directory; ZipRefusedError when there is none or it is damaged. */
export function readZipDirectory(bytes: Uint8Array, maxEntries = 10_000): ZipEntry[] {
  // The end record sits in the last 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (u32(bytes, at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipRefusedError("不是有效的 Office 文件（找不到 ZIP 目录）");
  const count = u16(bytes, end + 10);
  const size = u32(bytes, end + 12);
  const offset = u32(bytes, end + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff)
    throw new ZipRefusedError("不支持 ZIP64 格式的文件");
  if (count > maxEntries) throw new ZipRefusedError(`文件包含 ${count} 个部件，超过上限 ${maxEntries}`);
  if (offset + size > end) throw new ZipRefusedError("文件已损坏（ZIP 目录越界）");
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(bytes, at) !== CENTRAL) throw new ZipRefusedError("文件已损坏（ZIP 目录不完整）");
    const nameLength = u16(bytes, at + 28);
    const entry: ZipEntry = {
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      uncompressedSize: u32(bytes, at + 24),
      localHeaderOffset: u32(bytes, at + 42),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff)
      throw new ZipRefusedError("不支持 ZIP64 格式的文件");
    entries.push(entry);
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/** Refuses a directory beyond the limits (by the declared sizes; inflateEntry holds the entries to them). */
export function checkZipLimits(entries: readonly ZipEntry[], limits: ZipLimits): void {
  if (entries.length > limits.maxEntries)
    throw new ZipRefusedError(`文件包含 ${entries.length} 个部件，超过上限 ${limits.maxEntries}`);
  let total = 0;
  for (const entry of entries) {
    if (entry.method !== 0 && entry.method !== 8)
      throw new ZipRefusedError(`文件部件“${entry.name}”使用了不支持的压缩方式`);
    if (entry.uncompressedSize > limits.maxEntryBytes) {
      throw new ZipRefusedError(
        `文件部件“${entry.name}”解压后 ${megabytes(entry.uncompressedSize)}，超过上限 ${megabytes(limits.maxEntryBytes)}`,
      );
    }
    total += entry.uncompressedSize;
  }
  if (total > limits.maxTotalBytes)
    throw new ZipRefusedError(`文件解压后共 ${megabytes(total)}，超过上限 ${megabytes(limits.maxTotalBytes)}`);
}

/**
 * The entry's content, inflated at most to its declared size: an entry whose data would inflate further, or whose
 * local header disagrees with the directory, is refused at that point.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL)
    throw new ZipRefusedError(`文件已损坏（部件“${entry.name}”）`);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new ZipRefusedError(`文件已损坏（部件“${entry.name}”不完整）`);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize)
      throw new ZipRefusedError(`文件部件“${entry.name}”的大小与目录不符`);
    return data;
  }
  const out = new Uint8Array(entry.uncompressedSize);
  let written = 0;
  let overflow = false;
  const inflate = new Inflate((chunk) => {
    if (overflow) return;
    if (written + chunk.length > out.length) {
      overflow = true;
      return;
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  const STEP = 16 * 1024;
  try {
    for (let offset = 0; offset < data.length && !overflow; offset += STEP) {
      inflate.push(data.subarray(offset, Math.min(data.length, offset + STEP)), offset + STEP >= data.length);
    }
  } catch {
    throw new ZipRefusedError(`文件已损坏（部件“${entry.name}”无法解压）`);
  }
  if (overflow || written !== entry.uncompressedSize)
    throw new ZipRefusedError(`文件部件“${entry.name}”解压后的大小与目录声明不符（疑似压缩炸弹）`);
  return out;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
