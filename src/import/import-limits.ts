/**
 * Limits checked before any parsing, so one hostile or mistaken file cannot exhaust the small machine a unit runs
 * Jixiao on. Real 自评报告 and 决算 files are a few MB; a whole year's folder a few dozen files.
 * @module
 */
export const IMPORT_LIMITS = {
  /** Size of one file on disk. */
  maxFileBytes: 50 * 1024 * 1024,
  /** Sum of the declared uncompressed sizes of a .docx/.xlsx (ZIP) package. */
  maxUnpackedBytes: 200 * 1024 * 1024,
  /** One part of a package, uncompressed. */
  maxPartBytes: 100 * 1024 * 1024,
  /** Uncompressed / compressed for one part; XML compresses well, but not a thousand times. */
  maxCompressionRatio: 200,
  /** Entries in a package. */
  maxZipEntries: 5_000,
  /** Lines of a text file or of pdftotext's output. */
  maxTextLines: 500_000,
  /** Files imported from one folder. */
  maxFolderFiles: 200,
  /** Rows read from one worksheet. */
  maxSheetRows: 20_000,
  /** Time LibreOffice may take to convert one file, and pdftotext to read one PDF. */
  converterTimeoutMs: 120_000,
} as const;

export type ImportLimits = typeof IMPORT_LIMITS;

/** "52.4 MB" for a message. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} 字节`;
}
