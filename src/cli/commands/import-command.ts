/**
 * `jixiao import FILE|FOLDER [--out dataset.json] [--unit 元|万元] [--profile ID] [--json]`: reads Word/WPS/Excel/PDF/text documents
 * into a dataset and prints the import report. Exit 0 all recognized, 1 something not recognized (the dataset is
 * still written when it is valid), 2 unreadable (nothing written).
 * @module
 */
import { existsSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { validateDataset } from "../../core/dataset/validate-dataset.ts";
import { formatFixed } from "../../core/numbers/decimal.ts";
import type { AmountUnit } from "../../core/parse/parse-amount.ts";
import type { RuleProfile } from "../../core/profiles/profile-schema.ts";
import { scoreDataset } from "../../core/scoring/score-dataset.ts";
import { formatImportReport, hasUnrecognized, importReportJson } from "../../import/format-import-report.ts";
import { UnreadableFileError } from "../../import/import-error.ts";
import { importPath } from "../../import/import-files.ts";
import { InputError } from "../cli-error.ts";
import { writeFileAtomic } from "../write-file-atomic.ts";
import type { CommandResult } from "./command-result.ts";

export function parseAmountUnit(text: string | undefined): AmountUnit | undefined {
  if (text === undefined) return undefined;
  if (text !== "元" && text !== "万元") throw new InputError(`--unit 应为“元”或“万元”，收到“${text}”`);
  return text;
}

/** With --profile: the suggested total of each imported table under that rule profile, so a user sees at once what the import gives. */
function suggestedTotals(
  dataset: unknown,
  profile: RuleProfile,
): Array<{ table: string; total: string; grade: string | null }> {
  const validated = validateDataset(dataset);
  if (!validated.ok) return [];
  const scores = scoreDataset(validated.dataset, profile);
  const places = profile.rounding.totalDecimals;
  const out: Array<{ table: string; total: string; grade: string | null }> = [];
  if (scores.department)
    out.push({
      table: "部门整体支出绩效自评表",
      total: formatFixed(scores.department.total, places),
      grade: scores.department.grade,
    });
  scores.projects.forEach((score, i) => {
    if (score)
      out.push({
        table: `项目“${validated.dataset.projects[i]?.name ?? i + 1}”`,
        total: formatFixed(score.total, places),
        grade: score.grade,
      });
  });
  return out;
}

export async function runImport(options: {
  input: string;
  out?: string;
  unit?: AmountUnit;
  json: boolean;
  verbose?: boolean;
  profile?: RuleProfile;
}): Promise<CommandResult> {
  // The output folder is checked before any reading, so a long import never ends in a failed write.
  if (options.out !== undefined) {
    const folder = dirname(options.out);
    if (!existsSync(folder) || !statSync(folder).isDirectory())
      throw new InputError(`--out 所在文件夹“${folder}”不存在`);
    if (existsSync(options.out) && statSync(options.out).isDirectory())
      throw new InputError(`--out “${options.out}”是文件夹，应为 .json 文件名`);
  }
  let result;
  try {
    result = await importPath(options.input, { unit: options.unit });
  } catch (error) {
    if (error instanceof UnreadableFileError) {
      if (options.json)
        return {
          exitCode: 2,
          output: JSON.stringify({ error: error.message, file: error.file, reason: error.reason }, null, 2),
        };
      throw new InputError(error.message);
    }
    throw error;
  }
  const report = importReportJson(result);
  const exitCode = hasUnrecognized(result) ? 1 : 0;
  const datasetText = result.dataset ? `${JSON.stringify(result.dataset, null, 2)}\n` : null;
  if (options.out !== undefined && datasetText !== null)
    writeFileAtomic(options.out, new TextEncoder().encode(datasetText));
  const totals = options.profile && result.dataset ? suggestedTotals(result.dataset, options.profile) : [];
  if (options.json) {
    return {
      exitCode,
      output: JSON.stringify(
        {
          report,
          ...(options.profile ? { profile: options.profile.id, suggestedTotals: totals } : {}),
          ...(options.out === undefined
            ? { dataset: result.dataset }
            : { written: datasetText !== null ? options.out : null }),
        },
        null,
        2,
      ),
    };
  }
  const lines = [formatImportReport(result, { verbose: options.verbose })];
  if (options.profile && totals.length > 0)
    lines.push(
      `建议得分（${options.profile.name}）：`,
      ...totals.map((t) => `  ${t.table}：${t.total} 分${t.grade ? `（${t.grade}）` : ""}`),
    );
  if (datasetText === null) lines.push("未写出数据集（见上方校验问题）");
  else if (options.out !== undefined) lines.push(`已写出 ${options.out}`);
  else lines.push("（未给出 --out：数据集未写出；加 --out dataset.json 写出，或 --json 连同报告一起输出）");
  return { exitCode: datasetText === null ? 1 : exitCode, output: lines.join("\n") };
}
