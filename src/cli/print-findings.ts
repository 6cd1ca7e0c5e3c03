/** Human output of findings: a Chinese table with severity, code, location and message, then counts. */
import { countBySeverity, type Finding } from "../core/findings/finding.ts";
import { formatTable } from "./format-table.ts";

const SEVERITY_LABEL = { error: "错误", warning: "警告", info: "提示" } as const;

export function formatFindings(findings: readonly Finding[], options: { withQuote?: boolean } = {}): string {
  const counts = countBySeverity(findings);
  const summary = `错误 ${counts.error} 项，警告 ${counts.warning} 项，提示 ${counts.info} 项`;
  if (findings.length === 0) return `未发现问题。${summary}`;
  const rows = findings.map((f) => [
    SEVERITY_LABEL[f.severity],
    f.code,
    f.location,
    options.withQuote && f.quote ? `${f.message}\n原文：${f.quote}` : f.message,
  ]);
  const table = formatTable(
    [{ header: "级别" }, { header: "代码" }, { header: "位置", maxWidth: 48 }, { header: "说明", maxWidth: 400 }],
    rows,
  );
  const quotes = options.withQuote
    ? `\n\n${findings
        .filter((f) => f.quote)
        .map((f) => `[${f.code}] ${f.location}：${f.quote}`)
        .join("\n")}`
    : "";
  return `${table}${quotes}\n\n${summary}`;
}
