/**
 * Builds the five sample units under examples/ from the shared seed material (run: npm run build:examples).
 *
 * Sources: seeds/*.txt (a copy of shared/seeds) and their exact transcriptions seeds/tables/*.json. Every amount, weight
 * and operator goes through the project's input parsers; every figure the system would compute (shares, rates,
 * changes, totals, scores) is copied verbatim into `printed`, errors included, because the examples are also the
 * audit's test data. Nothing is corrected.
 * @module
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { DatasetInput } from "../src/core/dataset/schema.ts";
import { validateDataset } from "../src/core/dataset/validate-dataset.ts";
import { buildLeshan, buildLinze } from "./examples/leshan-linze.ts";
import { buildLiangshan } from "./examples/liangshan-2023.ts";
import { buildLingling } from "./examples/lingling-2024.ts";
import { REPO_ROOT } from "./examples/seed-files.ts";
import { buildXizang } from "./examples/xizang-2024.ts";

export const EXAMPLES_DIR = join(REPO_ROOT, "examples");

/** Example file name → builder, in seed order (000 … 004). */
const BUILDERS: ReadonlyArray<readonly [string, () => DatasetInput]> = [
  ["xizang-2024.json", buildXizang],
  ["lingling-2024.json", buildLingling],
  ["leshan-shizhong-2022.json", buildLeshan],
  ["linze-2023.json", buildLinze],
  ["liangshan-2023.json", buildLiangshan],
];

/**
 * Builds and validates every example. Returns what is written (the input form, without the defaults the schema
 * would add), keyed by file name. Throws when a dataset does not validate, listing every issue.
 */
export function buildExamples(): Map<string, DatasetInput> {
  const examples = new Map<string, DatasetInput>();
  for (const [file, build] of BUILDERS) {
    const dataset = build();
    const result = validateDataset(dataset);
    if (!result.ok) {
      const issues = result.issues.map((issue) => `  ${issue.location}: ${issue.message}`).join("\n");
      throw new Error(`${file} 未通过校验：\n${issues}`);
    }
    examples.set(file, dataset);
  }
  return examples;
}

/** The exact text of an example file. */
export function serializeExample(dataset: DatasetInput): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

function main(): void {
  for (const [file, dataset] of buildExamples()) {
    writeFileSync(join(EXAMPLES_DIR, file), serializeExample(dataset));
    console.log(`已写出 examples/${file}`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
