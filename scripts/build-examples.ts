/**
 * Builds the five sample units under examples/ with the importer (run: npm run build:examples): each seeds/*.txt is
 * read and recognized exactly as `jixiao import` would, then the example's patches (scripts/examples/patches/*.json,
 * listed in docs/import.md) bring in what a careful human reading of the seed adds — the few things the text alone
 * does not say (a unit's level, the prose-only indicators of seed 000) and the places where the importer reads the
 * text differently. `--refresh-patches` rewrites the patches from the current examples (after an importer change;
 * review the diff of docs/import.md and of the patches).
 * @module
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { DatasetInput } from "../src/core/dataset/schema.ts";
import { validateDataset } from "../src/core/dataset/validate-dataset.ts";
import { importDocuments, type ImportResult } from "../src/import/import-document.ts";
import { readTextFile } from "../src/import/read-text-file.ts";
import { applyPatches, diffDatasets, type ExamplePatch } from "./examples/example-patches.ts";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const EXAMPLES_DIR = join(REPO_ROOT, "examples");
const SEEDS_DIR = join(REPO_ROOT, "seeds");
const PATCHES_DIR = join(REPO_ROOT, "scripts", "examples", "patches");

/** Example file → seed text, in seed order (000 … 004). */
export const EXAMPLE_SEEDS: ReadonlyArray<readonly [string, string]> = [
  ["xizang-2024.json", "000_f47cac09c426e4a7.txt"],
  ["lingling-2024.json", "001_c97dd32673ca4290.txt"],
  ["leshan-shizhong-2022.json", "002_6691143b3720193a.txt"],
  ["linze-2023.json", "003_8a0374a5a3f4b9a1.txt"],
  ["liangshan-2023.json", "004_a45521c9d62b1714.txt"],
];

/** The importer's reading of one seed, as `jixiao import seeds/<seed>` gives it. */
export function importSeed(seed: string): ImportResult {
  const document = readTextFile(seed, new Uint8Array(readFileSync(join(SEEDS_DIR, seed))));
  return importDocuments([document], {}, seed);
}

function patchFile(example: string): string {
  return join(PATCHES_DIR, example);
}

export function readPatches(example: string): ExamplePatch[] {
  return JSON.parse(readFileSync(patchFile(example), "utf8")) as ExamplePatch[];
}

/** Builds and validates every example; throws when one does not validate or a patch is stale. */
export function buildExamples(): Map<string, DatasetInput> {
  const examples = new Map<string, DatasetInput>();
  for (const [file, seed] of EXAMPLE_SEEDS) {
    const imported = importSeed(seed);
    if (!imported.dataset) throw new Error(`${seed} 导入失败：\n${imported.issues.join("\n")}`);
    const dataset = applyPatches(imported.dataset, readPatches(file), file) as DatasetInput;
    const result = validateDataset(dataset);
    if (!result.ok)
      throw new Error(`${file} 未通过校验：\n${result.issues.map((i) => `  ${i.location}: ${i.message}`).join("\n")}`);
    examples.set(file, dataset);
  }
  return examples;
}

/** The exact text of an example file. */
export function serializeExample(dataset: DatasetInput): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

/** Rewrites the patches so that the importer's output plus patches gives today's examples. */
function refreshPatches(): void {
  for (const [file, seed] of EXAMPLE_SEEDS) {
    const imported = importSeed(seed);
    if (!imported.dataset) throw new Error(`${seed} 导入失败：\n${imported.issues.join("\n")}`);
    const example = JSON.parse(readFileSync(join(EXAMPLES_DIR, file), "utf8")) as unknown;
    const patches = diffDatasets(imported.dataset, example);
    writeFileSync(patchFile(file), `${JSON.stringify(patches, null, 1)}\n`);
    console.log(`已写出 scripts/examples/patches/${file}（${patches.length} 处差异）`);
  }
}

function main(): void {
  if (process.argv.includes("--refresh-patches")) refreshPatches();
  for (const [file, dataset] of buildExamples()) {
    writeFileSync(join(EXAMPLES_DIR, file), serializeExample(dataset));
    console.log(`已写出 examples/${file}`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
