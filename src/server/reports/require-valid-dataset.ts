/**
 * Datasets and indicators as the server takes them: validated with the core schema (the same rules as the CLI), or
 * refused as "invalid" with every problem located by its JSON path.
 * @module
 */
import type { Dataset, Indicator } from "../../core/dataset/schema.ts";
import { validateDataset, validateIndicator } from "../../core/dataset/validate-dataset.ts";
import { AppError, invalidInput } from "../app-error.ts";

/** The dataset if valid (and of `year`, when given); "invalid" with its located issues otherwise. */
export function requireValidDataset(value: unknown, year?: number): Dataset {
  const result = validateDataset(value);
  if (!result.ok) throw invalidInput("数据集不合规：", result.issues);
  if (year !== undefined && result.dataset.year !== year) {
    throw new AppError("invalid", `数据集年度 ${result.dataset.year} 与报表年度 ${year} 不一致`, {
      location: "year",
      details: { issues: [{ location: "year", message: "年度不一致" }] },
    });
  }
  return result.dataset;
}

/** One indicator of a valid dataset, validated in its place `at`; "invalid" with the located problems otherwise. */
export function requireValidIndicator(value: unknown, at: readonly (string | number)[]): Indicator {
  const result = validateIndicator(value, at);
  if (!result.ok) throw invalidInput("数据集不合规：", result.issues);
  return result.indicator;
}
