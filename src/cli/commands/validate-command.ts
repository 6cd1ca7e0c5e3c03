/** `jixiao validate <dataset.json…>`: checks files against the dataset format; exit 2 when any is invalid. */
import { InputError } from "../cli-error.ts";
import { readDatasetWithMigration } from "../read-inputs.ts";
import type { CommandResult } from "./command-result.ts";

export function runValidate(files: readonly string[], json: boolean): CommandResult {
  const results = files.map((file) => {
    try {
      const { dataset, migration } = readDatasetWithMigration(file);
      return {
        file,
        valid: true,
        year: dataset.year,
        unit: dataset.unit?.name ?? "",
        migration,
        issues: [] as { location: string; message: string }[],
      };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const issues = error.details.length > 0 ? [...error.details] : [{ location: "（文件）", message: error.message }];
      return { file, valid: false, year: null, unit: "", migration: [] as string[], issues };
    }
  });
  const exitCode = results.every((r) => r.valid) ? 0 : 2;
  if (json) return { exitCode, output: JSON.stringify({ files: results }, null, 2) };
  const lines = results.flatMap((r) =>
    r.valid
      ? [`✓ ${r.file}：格式有效（${r.unit} ${r.year}年度）`, ...r.migration.map((change) => `    迁移：${change}`)]
      : [`✗ ${r.file}：格式无效`, ...r.issues.map((issue) => `    ${issue.location}：${issue.message}`)],
  );
  return { exitCode, output: lines.join("\n") };
}
