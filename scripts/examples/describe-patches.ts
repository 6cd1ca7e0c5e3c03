/**
 * Prints the differences between the importer's reading of each seed and its example (the patches of
 * scripts/examples/patches) as a Markdown list for docs/import.md: run `npx tsx scripts/examples/describe-patches.ts`.
 * @module
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ExamplePatch } from "./example-patches.ts";

const PATCHES = new URL("./patches/", import.meta.url).pathname;
const FILES = ["xizang-2024.json", "lingling-2024.json", "leshan-shizhong-2022.json", "linze-2023.json", "liangshan-2023.json"];

function show(value: unknown): string {
  if (value === undefined) return "（无）";
  const text = JSON.stringify(value);
  return `\`${text.length > 90 ? `${text.slice(0, 87)}…` : text}\``.replace(/\|/g, "\\|");
}

/** projects.12.category → projects[*].category, so the same difference in many places is one line. */
function pattern(path: ReadonlyArray<string | number>): string {
  return path.map((s) => (typeof s === "number" ? "[*]" : `.${s}`)).join("").replace(/^\./, "").replace(/\.\[/g, "[");
}

for (const file of FILES) {
  const patches = JSON.parse(readFileSync(join(PATCHES, file), "utf8")) as ExamplePatch[];
  console.log(`\n### ${file}（${patches.length} 处）\n`);
  console.log("| 路径 | 导入结果 | 样例 | 处数 |\n|---|---|---|---|");
  const groups = new Map<string, ExamplePatch[]>();
  for (const patch of patches) {
    const key = pattern(patch.path);
    groups.set(key, [...(groups.get(key) ?? []), patch]);
  }
  for (const [key, group] of groups) {
    const first = group[0] as ExamplePatch;
    console.log(`| ${key} | ${show(first.imported)} | ${show(first.example)} | ${group.length} |`);
  }
}
