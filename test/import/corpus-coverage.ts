/**
 * How much of a corpus document's hand-made dataset the importer recognizes from the published text alone: every
 * leaf value of dataset.json (an amount, a weight, a printed figure, a name) counts as one item; an item is
 * recognized when the imported dataset holds the same value at the same path, so a figure put in the wrong place
 * does not count. Paths of sourceLine, source and formatVersion are bookkeeping, not items.
 * @module
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importDocuments } from "../../src/import/import-document.ts";
import { textToDocument } from "../../src/import/read-text-file.ts";

const BOOKKEEPING = new Set([
  "sourceLine",
  "source",
  "formatVersion",
  "amountUnit",
  "incomplete",
  "incompleteNote",
  "incompleteFrom",
]);

function leaves(value: unknown, path: string, out: Map<string, string>): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${path}[${i}]`, out));
  else if (typeof value === "object") {
    for (const [key, child] of Object.entries(value))
      if (!BOOKKEEPING.has(key)) leaves(child, path ? `${path}.${key}` : key, out);
  } else out.set(path, String(value));
}

/** Leaf values under the same path, with money compared as numbers ("4.30" = "4.3"). */
function sameValue(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  if (a === b) return true;
  return /^-?\d+(\.\d+)?$/.test(a) && /^-?\d+(\.\d+)?$/.test(b) && Number(a) === Number(b);
}

export interface CorpusCoverage {
  folder: string;
  items: number;
  recognized: number;
  importedValid: boolean;
  unrecognizedNotes: number;
  /** Items the import wrote at the hand-made path with a different value: a false recognition to drive to zero. */
  disagreeing: string[];
  /** Items and recognized items by kind ("projects.evaluation", "finalAccounts.sangong", "unit.name" …). */
  byKind: Map<string, { items: number; recognized: number }>;
}

/** The kind of an item: its first two path names without indexes ("projects[2].evaluation…" → projects.evaluation). */
export function itemKind(path: string): string {
  return path
    .replace(/\[\d+\]/g, "")
    .split(".")
    .slice(0, 2)
    .join(".");
}

/** The published text of a source.md: the lines after the `<!-- 原文 -->` marker. */
export function publishedText(sourceMd: string): string[] {
  const lines = sourceMd.split("\n");
  const marker = lines.findIndex((line) => line.trim() === "<!-- 原文 -->");
  return marker < 0 ? lines : lines.slice(marker + 1);
}

export function measureCorpusDocument(dir: string, folder: string): CorpusCoverage {
  const text = publishedText(readFileSync(join(dir, folder, "source.md"), "utf8"));
  const expected = JSON.parse(readFileSync(join(dir, folder, "dataset.json"), "utf8")) as unknown;
  const result = importDocuments([textToDocument(`${folder}/source.md`, text)], {});
  const want = new Map<string, string>();
  const got = new Map<string, string>();
  leaves(expected, "", want);
  leaves(result.dataset ?? {}, "", got);
  // A 元 document: the importer writes 万元, the hand-made dataset keeps 元; amounts are compared scaled as well.
  const inYuan = (expected as { amountUnit?: string }).amountUnit === "元";
  const matches = (mine: string | undefined, value: string): boolean =>
    sameValue(mine, value) ||
    (inYuan &&
      mine !== undefined &&
      /^-?\d+(\.\d+)?$/.test(value) &&
      /^-?\d+(\.\d+)?$/.test(mine) &&
      Math.abs(Number(mine) * 10_000 - Number(value)) < 0.005);
  let recognized = 0;
  const disagreeing: string[] = [];
  const byKind = new Map<string, { items: number; recognized: number }>();
  for (const [path, value] of want) {
    const kind = byKind.get(itemKind(path)) ?? { items: 0, recognized: 0 };
    byKind.set(itemKind(path), kind);
    kind.items += 1;
    const mine = got.get(path);
    if (matches(mine, value)) {
      recognized += 1;
      kind.recognized += 1;
    } else if (mine !== undefined) disagreeing.push(`${folder} ${path}: ${mine} ≠ ${value}`);
  }
  return {
    folder,
    items: want.size,
    recognized,
    importedValid: result.dataset !== null,
    unrecognizedNotes: result.files[0]?.log.unrecognized.length ?? 0,
    disagreeing,
    byKind,
  };
}
