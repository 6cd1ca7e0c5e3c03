/**
 * File names of generated documents: unit, year and document title, e.g. "凉山州科学技术协会2023年度部门决算情况说明.docx".
 * Characters a file system refuses are replaced, so a unit name can never steer a path; control and invisible
 * format characters (bidi overrides, zero-width marks) are removed, so a name shows what it is ("报告\u202Efdp.exe"
 * would read "报告exe.pdf"). A long name is shortened in its stem, whole characters at a time, so the extension
 * survives and no character is split; uniqueName keeps names apart within one set after shortening too.
 * @module
 */
import type { Dataset } from "../core/dataset/schema.ts";

/** At most this many characters (grapheme clusters), extension included. */
export const MAX_FILE_NAME_CHARS = 120;
/** And at most this many UTF-8 bytes: most file systems allow 255 bytes per name (a CJK character takes 3). */
export const MAX_FILE_NAME_BYTES = 240;

const segmenter = new Intl.Segmenter("zh", { granularity: "grapheme" });
const encoder = new TextEncoder();

export function safeFileName(name: string): string {
  const cleaned = name
    .normalize("NFC")
    // Control characters (C0, DEL, C1) and format characters (bidi overrides and isolates, zero-width marks, BOM).
    .replace(/[\p{Cc}\p{Cf}]/gu, "")
    // Lone surrogates cannot be written as UTF-8.
    .replace(/[\uD800-\uDFFF]/g, "")
    .replace(/[\\/:*?"<>|]/g, "_")
    .replace(/^\.+/, "_");
  return shortenFileName(cleaned);
}

export function documentFileName(dataset: Dataset, title: string, extension: "docx" | "xlsx" | "pdf"): string {
  const unit = dataset.unit?.name ?? "未命名单位";
  return safeFileName(`${unit}${dataset.year}年度${title}.${extension}`);
}

/** "stem.ext" → ["stem", ".ext"]; a name without a short extension is all stem. */
function splitExtension(name: string): [string, string] {
  const extension = /\.[\p{L}\p{N}]{1,10}$/u.exec(name)?.[0] ?? "";
  return [name.slice(0, name.length - extension.length), extension];
}

/** `stem` + `suffix` + `extension`, the stem cut at a character boundary until the whole fits both limits. */
function fitName(stem: string, suffix: string, extension: string): string {
  const tail = `${suffix}${extension}`;
  const tailChars = [...segmenter.segment(tail)].length;
  let bytes = encoder.encode(tail).length;
  let chars = tailChars;
  let kept = "";
  for (const { segment } of segmenter.segment(stem)) {
    const size = encoder.encode(segment).length;
    if (chars + 1 > MAX_FILE_NAME_CHARS || bytes + size > MAX_FILE_NAME_BYTES) break;
    kept += segment;
    chars += 1;
    bytes += size;
  }
  return `${kept.trimEnd()}${tail}`;
}

/** The name shortened to the limits, extension kept. */
export function shortenFileName(name: string): string {
  const [stem, extension] = splitExtension(name);
  return fitName(stem, "", extension);
}

/**
 * `name`, or "stem（2）.ext", "stem（3）.ext"… — the first not in `taken` (which it is added to). The number goes
 * before the extension and the stem is shortened to make room, so a long name stays within the limits and unique.
 */
export function uniqueFileName(name: string, taken: Set<string>): string {
  const [stem, extension] = splitExtension(shortenFileName(name));
  let candidate = fitName(stem, "", extension);
  for (let n = 2; taken.has(candidate); n++) candidate = fitName(stem, `（${n}）`, extension);
  taken.add(candidate);
  return candidate;
}
