/**
 * The import report for people (Chinese text) and for programs (JSON): per file, what was recognized and where,
 * what was not and why, and every value that had to be interpreted.
 * @module
 */
import type { ImportResult } from "./import-document.ts";
import type { ImportNote } from "./import-log.ts";

export interface ImportReportJson {
  files: Array<{
    file: string;
    format: string;
    convertedFrom?: string;
    counts: { recognized: number; unrecognized: number; interpreted: number; ignored: number };
    recognized: ImportNote[];
    unrecognized: ImportNote[];
    interpreted: ImportNote[];
    ignored: ImportNote[];
  }>;
  issues: string[];
}

export function importReportJson(result: ImportResult): ImportReportJson {
  return {
    files: result.files.map(({ document, log }) => ({
      file: document.file,
      format: document.format,
      ...(document.convertedFrom ? { convertedFrom: document.convertedFrom } : {}),
      counts: {
        recognized: log.recognized.length,
        unrecognized: log.unrecognized.length,
        interpreted: log.interpreted.length,
        ignored: log.ignored.length,
      },
      recognized: log.recognized,
      unrecognized: log.unrecognized,
      interpreted: log.interpreted,
      ignored: log.ignored,
    })),
    issues: result.issues,
  };
}

function line(note: ImportNote): string {
  return `  ${note.where ? `[${note.where}] ` : ""}${note.item}${note.detail ? `：${note.detail}` : ""}`;
}

/** Whether anything was left unrecognized (exit 1). */
export function hasUnrecognized(result: ImportResult): boolean {
  return result.issues.length > 0 || result.files.some(({ log }) => log.unrecognized.length > 0);
}

export function formatImportReport(result: ImportResult, options: { verbose?: boolean } = {}): string {
  const parts: string[] = [];
  for (const { document, log } of result.files) {
    parts.push(
      `== ${document.file}（${document.convertedFrom ? `${document.convertedFrom} 经 LibreOffice 转为 ` : ""}${document.format}）`,
    );
    parts.push(
      `识别 ${log.recognized.length} 项，未识别 ${log.unrecognized.length} 项，需解释的取值 ${log.interpreted.length} 处，略过的模板行 ${log.ignored.length} 行`,
    );
    if (log.unrecognized.length > 0) parts.push("未识别：", ...log.unrecognized.map(line));
    if (log.interpreted.length > 0) parts.push("取值说明：", ...log.interpreted.map(line));
    parts.push(
      options.verbose ? "已识别：" : "已识别（前 40 项；--json 给出全部）：",
      ...(options.verbose ? log.recognized : log.recognized.slice(0, 40)).map(line),
    );
  }
  if (result.issues.length > 0) parts.push("数据集未通过校验：", ...result.issues.map((issue) => `  ${issue}`));
  return parts.join("\n");
}
