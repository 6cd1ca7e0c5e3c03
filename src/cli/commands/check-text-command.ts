/**
 * `jixiao check-text <report.txt|.docx> [--year N] [--incomplete] [--profile P] [--json]`: the prose audit of a report, no
 * dataset needed; --profile takes the profile's prose settings (precisionNotice).
 */
import { countBySeverity } from "../../core/findings/finding.ts";
import { type CheckTextOptions, checkText } from "../../core/prose/check-text.ts";
import { formatFindings } from "../print-findings.ts";
import { readReportText } from "../read-inputs.ts";
import type { CommandResult } from "./command-result.ts";

export function runCheckText(
  files: readonly string[],
  year: number | undefined,
  json: boolean,
  options: Omit<CheckTextOptions, "year"> = {},
): CommandResult {
  const results = files.map((file) => {
    const findings = checkText(readReportText(file), year === undefined ? options : { ...options, year });
    return { file, counts: countBySeverity(findings), findings };
  });
  const exitCode = results.some((r) => r.counts.error > 0) ? 1 : 0;
  if (json) return { exitCode, output: JSON.stringify({ files: results }, null, 2) };
  return {
    exitCode,
    output: results.map((r) => `== ${r.file}\n${formatFindings(r.findings, { withQuote: true })}`).join("\n\n"),
  };
}
