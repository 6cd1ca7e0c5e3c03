/**
 * What an uploaded evidence file really is, from its first bytes rather than from what the client claims, and a
 * file name that is safe to store and to offer back: no folders, no "..", no control characters, no leading dot.
 * A Word or Excel file is also opened as the ZIP it is: one carrying macros (vbaProject.bin, ActiveX, a
 * macro-enabled content type) or inflating beyond the limits — by its directory, or by lying about it (a zip
 * bomb) — is refused, so that nobody who opens the evidence later gets either.
 * @module
 */
import { checkedZipDirectory, OfficeFileBusyError, verifyOfficeFile } from "../../documents/zip/inspect-office-file.ts";
import { ZipRefusedError } from "../../documents/zip/zip-directory.ts";

export interface AllowedType {
  mediaType: string;
  extension: string;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/** The allowed type of `bytes` (PDF, PNG, JPEG, Word/Excel, plain UTF-8 text), or null. */
export function detectAllowedType(bytes: Uint8Array, fileName: string): AllowedType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { mediaType: "application/pdf", extension: ".pdf" };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mediaType: "image/png", extension: ".png" };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mediaType: "image/jpeg", extension: ".jpg" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // An Office file is a ZIP whose parts include [Content_Types].xml; its name says which one.
    if (
      !new TextDecoder("latin1")
        .decode(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)))
        .includes("[Content_Types].xml")
    )
      return null;
    if (/\.docx$/i.test(fileName))
      return {
        mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        extension: ".docx",
      };
    if (/\.xlsx$/i.test(fileName))
      return { mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: ".xlsx" };
    return null;
  }
  if (/\.txt$/i.test(fileName) && !bytes.includes(0)) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      return { mediaType: "text/plain; charset=utf-8", extension: ".txt" };
    } catch {
      return null;
    }
  }
  return null;
}

/** The name as stored: it ends with the extension of what the file really is ("报告.exe" of a PDF → "报告.exe.pdf"). */
export function withExtension(name: string, type: AllowedType): string {
  const lower = name.toLowerCase();
  if (lower.endsWith(type.extension) || (type.extension === ".jpg" && lower.endsWith(".jpeg"))) return name;
  return `${name}${type.extension}`;
}

/**
 * "../../etc/passwd" → "etc_passwd"; "..\\证明材料.pdf" → "证明材料.pdf"; empty → "附件". Control and invisible format
 * characters go too — among them the right-to-left override that makes "报告\u202Efdp.exe" look like "报告exe.pdf".
 * At most 120 characters, the extension kept.
 */
export function sanitizeFileName(name: string): string {
  const base = name
    .normalize("NFC")
    .replace(/\\/g, "/")
    .split("/")
    .filter((part) => part !== "" && part !== "." && part !== "..");
  const cleaned = base
    .join("_")
    // Control characters (C0, DEL, C1) and format characters (bidi overrides, zero-width marks).
    .replace(/[\p{Cc}\p{Cf}]/gu, "")
    // Characters Windows refuses in names.
    .replace(/[<>:"|?*]/g, "_")
    .replace(/^[.\s]+/, "")
    // Windows drops trailing dots and spaces, so "报告.pdf." would not stay what it says.
    .replace(/[.\s]+$/, "");
  return capLength(cleaned, MAX_FILE_NAME_CHARS) || "附件";
}

const MAX_FILE_NAME_CHARS = 120;

/** Shortens a long name in its stem, so that the extension (which says what the file is) survives. */
function capLength(name: string, max: number): string {
  const chars = [...name];
  if (chars.length <= max) return name;
  const extension = /\.[\p{L}\p{N}]{1,10}$/u.exec(name)?.[0] ?? "";
  return `${chars
    .slice(0, max - [...extension].length)
    .join("")
    .trim()}${extension}`;
}

/** Limits of a Word or Excel evidence file once inflated (the upload itself is at most 10 MB). */
export const OFFICE_EVIDENCE_LIMITS = {
  maxEntries: 2000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 128 * 1024 * 1024,
} as const;

export type EvidenceVerdict = { ok: true } | { ok: false; status: 415 | 503; message: string };

/**
 * Opens a .docx/.xlsx evidence file: its directory against the limits and for macro parts (no inflating), then
 * every part inflated off the main thread within its declared size, and its content types for macro-enabled ones.
 */
export async function inspectOfficeEvidence(bytes: Uint8Array): Promise<EvidenceVerdict> {
  try {
    const entries = checkedZipDirectory(bytes, OFFICE_EVIDENCE_LIMITS);
    const macro = entries.find((entry) => /(^|\/)vbaProject[^/]*\.bin$|(^|\/)activeX\//i.test(entry.name));
    if (macro)
      return {
        ok: false,
        status: 415,
        message: `文件含有宏或 ActiveX 控件（${macro.name}），不能作为佐证材料；请另存为不含宏的 .docx/.xlsx 或 PDF`,
      };
    const { contentTypes } = await verifyOfficeFile(bytes);
    if (/macroEnabled|vbaProject|ms-office\.activeX/i.test(contentTypes)) {
      return {
        ok: false,
        status: 415,
        message: "文件是启用宏的文档，不能作为佐证材料；请另存为不含宏的 .docx/.xlsx 或 PDF",
      };
    }
    return { ok: true };
  } catch (error) {
    if (error instanceof ZipRefusedError) return { ok: false, status: 415, message: `文件未接受：${error.message}` };
    if (error instanceof OfficeFileBusyError) return { ok: false, status: 503, message: error.message };
    throw error;
  }
}
