/**
 * `jixiao check FILE… [--profile] [--year] [--json]`: a reviewer's one step on a unit's own Word/Excel/PDF/text file,
 * no dataset needed — import, score, consistency audit (the `audit` command's auditDataset) and prose audit (the
 * `check-text` command's checkText), every finding located in the original file's terms (表2 第5行, 第3页, 第12段).
 * Exit 0 no error-level finding, 1 errors found, 2 a file unreadable.
 * @module
 */
import { auditDataset } from "../../core/audit/run-audit.ts";
import { validateDataset } from "../../core/dataset/validate-dataset.ts";
import { countBySeverity, type Finding, sortFindings } from "../../core/findings/finding.ts";
import { formatFixed } from "../../core/numbers/decimal.ts";
import type { RuleProfile } from "../../core/profiles/profile-schema.ts";
import { checkText } from "../../core/prose/check-text.ts";
import type { AmountUnit } from "../../core/parse/parse-amount.ts";
import { hasUnrecognized, importReportJson } from "../../import/format-import-report.ts";
import { importDocuments } from "../../import/import-document.ts";
import { UnreadableFileError } from "../../import/import-error.ts";
import { locateFinding, type LocatedFinding } from "../../import/locate-findings.ts";
import { readSourceFile } from "../../import/read-source-file.ts";
import { formatTable } from "../format-table.ts";
import type { CommandResult } from "./command-result.ts";

const SEVERITY_LABEL = { error: "错误", warning: "警告", info: "提示" } as const;

interface CheckedFile {
  file: string;
  unreadable?: string;
  unit?: string;
  year?: number;
  imported?: { recognized: number; unrecognized: number; interpreted: number };
  scores: Array<{ table: string; total: string; grade: string | null }>;
  findings: LocatedFinding[];
}

async function checkFile(
  file: string,
  profile: RuleProfile,
  year: number | undefined,
  unit: AmountUnit | undefined,
): Promise<CheckedFile> {
  let document;
  try {
    document = await readSourceFile(file);
  } catch (error) {
    if (error instanceof UnreadableFileError) return { file, unreadable: error.message, scores: [], findings: [] };
    throw error;
  }
  const result = importDocuments([document], { unit });
  const report = importReportJson(result).files[0];
  const findings: LocatedFinding[] = [];
  const scores: CheckedFile["scores"] = [];
  const checked: CheckedFile = {
    file,
    imported: report
      ? {
          recognized: report.counts.recognized,
          unrecognized: report.counts.unrecognized,
          interpreted: report.counts.interpreted,
        }
      : undefined,
    scores,
    findings,
  };
  for (const note of report?.unrecognized ?? []) {
    findings.push({
      code: "IMPORT-UNRECOGNIZED",
      severity: "info",
      message: `未能识别：${note.item}（${note.detail}）`,
      location: note.where,
      where: note.where,
      ...(note.line ? { line: note.line } : {}),
    });
  }
  if (result.dataset) {
    const validated = validateDataset(result.dataset);
    if (validated.ok) {
      const dataset = validated.dataset;
      checked.unit = dataset.unit?.name;
      checked.year = dataset.year;
      const audit = auditDataset(dataset, profile);
      for (const finding of audit.findings) findings.push(locateFinding(finding, dataset, document));
      const places = profile.rounding.totalDecimals;
      if (audit.scores.department)
        scores.push({
          table: "部门整体支出绩效自评表",
          total: formatFixed(audit.scores.department.total, places),
          grade: audit.scores.department.grade,
        });
      audit.scores.projects.forEach((score, i) => {
        if (score)
          scores.push({
            table: `项目“${dataset.projects[i]?.name ?? i + 1}”`,
            total: formatFixed(score.total, places),
            grade: score.grade,
          });
      });
    }
  } else {
    for (const issue of result.issues)
      findings.push({
        code: "IMPORT-INVALID",
        severity: "warning",
        message: `导入结果未通过校验，未做一致性审核：${issue}`,
        location: "",
        where: "",
      });
  }
  const prose: Finding[] = checkText(document.lines.join("\n"), year === undefined ? {} : { year });
  for (const finding of prose) findings.push(locateFinding(finding, result.dataset, document));
  checked.findings = sortFindings(findings) as LocatedFinding[];
  void hasUnrecognized;
  return checked;
}

export async function runCheck(options: {
  files: readonly string[];
  profile: RuleProfile;
  year?: number;
  unit?: AmountUnit;
  json: boolean;
}): Promise<CommandResult> {
  const results: CheckedFile[] = [];
  for (const file of options.files) results.push(await checkFile(file, options.profile, options.year, options.unit));
  const exitCode = results.some((r) => r.unreadable)
    ? 2
    : results.some((r) => r.findings.some((f) => f.severity === "error"))
      ? 1
      : 0;
  if (options.json) {
    return {
      exitCode,
      output: JSON.stringify(
        { profile: options.profile.id, files: results.map((r) => ({ ...r, counts: countBySeverity(r.findings) })) },
        null,
        2,
      ),
    };
  }
  const output = results.map((r) => {
    if (r.unreadable) return `== ${r.file}\n${r.unreadable}`;
    const head = `== ${r.file}（${r.unit ?? "单位未识别"} ${r.year ?? "?"}年度，规则方案：${options.profile.name}）`;
    const imported = r.imported
      ? `导入：识别 ${r.imported.recognized} 项，未识别 ${r.imported.unrecognized} 项，需解释的取值 ${r.imported.interpreted} 处（详见 jixiao import）`
      : "";
    const scoreLines =
      r.scores.length === 0
        ? ""
        : `建议得分：\n${r.scores.map((s) => `  ${s.table}：${s.total} 分${s.grade ? `（${s.grade}）` : ""}`).join("\n")}`;
    const counts = countBySeverity(r.findings);
    const table =
      r.findings.length === 0
        ? "未发现问题。"
        : formatTable(
            [
              { header: "级别" },
              { header: "代码" },
              { header: "原文位置", maxWidth: 24 },
              { header: "说明", maxWidth: 400 },
            ],
            r.findings.map((f) => [
              SEVERITY_LABEL[f.severity],
              f.code,
              f.where || f.location,
              f.quote ? `${f.message}\n原文：${f.quote}` : f.message,
            ]),
          );
    return [
      head,
      imported,
      scoreLines,
      table,
      `错误 ${counts.error} 项，警告 ${counts.warning} 项，提示 ${counts.info} 项`,
    ]
      .filter((x) => x !== "")
      .join("\n");
  });
  return { exitCode, output: output.join("\n\n") };
}
