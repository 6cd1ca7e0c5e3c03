/**
 * Validates a dataset read from JSON and reports every problem in Chinese with its JSON path, so a user can find
 * the cell to fix. Never throws on bad input.
 * @module
 */
import { z } from "zod";
import { formatPath } from "./dataset-path.ts";
import { Dataset, Indicator } from "./schema.ts";
import { locateJsonError } from "../parse/locate-json-error.ts";
import { checkAmountLimits } from "./amount-unit.ts";
import { migrateDataset } from "./migrate-dataset.ts";

z.config(z.locales.zhCN());

export interface InputIssue {
  /** JSON path such as `projects[3].evaluation.indicators[2].weight`, or `第12行第5列` for a syntax error. */
  location: string;
  message: string;
}

/**
 * `migration` lists what was read differently from an older format version (empty for a current file), so that the
 * user can be told; the dataset itself is always in the current format.
 */
export type ValidationResult =
  { ok: true; dataset: Dataset; migration: string[] } | { ok: false; issues: InputIssue[] };

const MAX_JSON_BYTES = 20 * 1024 * 1024;

/** Validates an already parsed value, migrating an older format version first. */
export function validateDataset(value: unknown): ValidationResult {
  const { value: current, changes } = migrateDataset(value);
  const result = Dataset.safeParse(current);
  if (!result.success) return { ok: false, issues: describeIssues(result.error.issues, []) };
  // Each amount within its unit's precision and the limit that keeps every sum exact (money/fen.ts).
  const limits = checkAmountLimits(result.data, result.data.amountUnit);
  if (limits.length > 0)
    return { ok: false, issues: limits.map((issue) => ({ location: formatPath(issue.path), message: issue.message })) };
  return { ok: true, dataset: result.data, migration: changes };
}

/**
 * Validates one indicator that is to replace `at` (its path in the dataset) of a valid dataset: the same rules as
 * validateDataset applies to it there, without going over the rest (an edit of one cell of a large dataset).
 */
export function validateIndicator(
  value: unknown,
  at: readonly (string | number)[],
): { ok: true; indicator: Indicator } | { ok: false; issues: InputIssue[] } {
  const result = Indicator.safeParse(value);
  if (result.success) return { ok: true, indicator: result.data };
  return { ok: false, issues: describeIssues(result.error.issues, at) };
}

function describeIssues(issues: readonly z.core.$ZodIssue[], at: readonly (string | number)[]): InputIssue[] {
  return issues.slice(0, 200).map((issue) => {
    const path = [...at, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
    return { location: path.length === 0 ? "（根）" : formatPath(path), message: issue.message };
  });
}

/** Parses JSON text and validates it; a syntax error is reported with its line and column. */
export function parseDatasetJson(text: string): ValidationResult {
  if (text.length > MAX_JSON_BYTES) {
    return {
      ok: false,
      issues: [{ location: "（文件）", message: `文件过大（超过 ${MAX_JSON_BYTES / 1024 / 1024} MB）` }],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, issues: [{ location: describeJsonErrorPlace(text), message: "不是合法的 JSON" }] };
  }
  return validateDataset(value);
}

/** "第3行第12列" for the first syntax error, as a user finds it in an editor. */
export function describeJsonErrorPlace(text: string): string {
  const place = locateJsonError(text);
  return place ? `第${place.line}行第${place.column}列` : "（文件）";
}
