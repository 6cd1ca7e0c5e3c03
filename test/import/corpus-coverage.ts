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
  let recognized = 0;
  for (const [path, value] of want) if (sameValue(got.get(path), value)) recognized += 1;
  // A 元 document: the importer writes 万元, the hand-made dataset keeps 元; compare amounts scaled.
  const unit = (expected as { amountUnit?: string }).amountUnit;
  if (unit === "元" && recognized === 0) {
    for (const [path, value] of want) {
      const mine = got.get(path);
      if (
        mine !== undefined &&
        /^-?\d+(\.\d+)?$/.test(value) &&
        Math.abs(Number(mine) * 10_000 - Number(value)) < 0.005
      )
        recognized += 1;
    }
  }
  return {
    folder,
    items: want.size,
    recognized,
    importedValid: result.dataset !== null,
    unrecognizedNotes: result.files[0]?.log.unrecognized.length ?? 0,
  };
}
