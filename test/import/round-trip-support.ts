/**
 * Test support for the round trip: the documents Jixiao generates for an example, imported again, reduced to what
 * they print — project tables (code, name, execution amounts, indicators), the department table, the 决算 figures and
 * the section titles — so that a test compares the imported reading with the dataset it came from.
 * @module
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Dataset, DatasetInput, EvaluationTable, Project } from "../../src/core/dataset/schema.ts";
import { parseDatasetJson } from "../../src/core/dataset/validate-dataset.ts";
import { getBuiltinProfile } from "../../src/core/profiles/builtin-profiles.ts";
import { buildDocumentPackage } from "../../src/documents/build-package.ts";
import type { GeneratedFile } from "../../src/documents/document-input.ts";

const ROOT = new URL("../../", import.meta.url).pathname;

export function loadExample(file: string): Dataset {
  const result = parseDatasetJson(readFileSync(join(ROOT, "examples", file), "utf8"));
  if (!result.ok) throw new Error(file);
  return result.dataset;
}

export async function generatedFiles(dataset: Dataset): Promise<GeneratedFile[]> {
  const profile = getBuiltinProfile("national");
  if (!profile) throw new Error("no national profile");
  return buildDocumentPackage({ dataset, profile, generatedAt: new Date("2025-01-01T00:00:00Z") });
}

type AnyTable = Pick<EvaluationTable, "indicators" | "execution"> | undefined;

/** Indicators as a table prints them: names, values, weights, printed scores. */
export function printedIndicators(table: AnyTable): string[] {
  // A generated table prints a numeric actual with its unit ("10次"); the figure is the same.
  const actualOf = (actual: string | undefined, unit: string | undefined) =>
    actual !== undefined && unit && actual.endsWith(unit) && /\d/.test(actual)
      ? actual.slice(0, -unit.length)
      : (actual ?? "");
  return (table?.indicators ?? []).map((i) =>
    [i.level3.replace(/\s+/g, ""), i.target ?? "", i.unit ?? "", actualOf(i.actual, i.unit), i.weight ?? ""].join("|"),
  );
}

/** Execution rows: label and the three amounts. */
export function printedExecution(table: AnyTable): string[] {
  return (table?.execution ?? []).map((r) =>
    [r.label.replace(/\s+/g, ""), r.initial ?? "", r.adjusted ?? "", r.executed ?? ""].join("|"),
  );
}

export function printedProjects(
  projects: ReadonlyArray<Project | NonNullable<DatasetInput["projects"]>[number]>,
): Array<{ code?: string; name: string; indicators: string[]; execution: string[] }> {
  return projects.map((p) => ({
    ...(p.code ? { code: p.code } : {}),
    name: p.name,
    indicators: printedIndicators(p.evaluation as AnyTable),
    execution: printedExecution(p.evaluation as AnyTable),
  }));
}
