/**
 * Core decides every printed value and every rule once (issue 11): amounts, percentages and scores are shown by
 * src/core/display/show-number.ts (and core/forms/figure.ts for form cells), a printed number is judged by
 * src/core/numbers/printed-verdict.ts, a dataset location is src/core/dataset/dataset-path.ts. This test reads the
 * source tree and fails when a copy of one of them appears outside its home: a display function defined in the web
 * app, the server or the documents; rounding of money, rates or scores done there; a second verdict vocabulary; a
 * second path type or formatter; a finding location read back with a regex.
 *
 * Each detector is tried on a sample of the copy it is meant to catch, so that a detector that cannot fire fails too.
 * @module
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");

interface Rule {
  name: string;
  /** Folders (from the repository root) whose files the rule reads. */
  within: string[];
  /** Files (from the repository root) that are the rule's home and may do what it forbids elsewhere. */
  home?: string[];
  pattern: RegExp;
  /** A line that matches but is not a copy (e.g. a byte size shown in KB). */
  allowLine?: RegExp;
  /** A line the pattern must catch: proof that the detector works. */
  sample: string;
}

const OUTSIDE_CORE = ["src/server", "src/documents", "src/cli", "src/import", "web/src"];

const RULES: Rule[] = [
  {
    name: "a function that shows money, percentages or scores outside core's display module",
    within: OUTSIDE_CORE,
    pattern:
      /\b(?:function|const|let)\s+(?:format|show|display|render)(?:Wan|Fen|Yuan|Money|Amount|Percent|Rate|Ratio|Score)\w*\s*[=(<]/,
    sample: "function formatPercent(value: number) {",
  },
  {
    name: "a name of the removed display copies",
    within: ["src", "web/src"],
    pattern: /\b(?:formatWan|showWan|formatFenAsWan|wanText|shownNumber|formatPercent)\b/,
    sample: "const text = formatFenAsWan(row.budgetFen);",
  },
  {
    name: "分/万元 conversion outside core",
    within: OUTSIDE_CORE,
    pattern: /\bFEN_PER_(?:WAN|YUAN)\b|\/\s*(?:1_?000_?000|10_?000)\b/,
    sample: "const wan = fen / 1_000_000;",
  },
  {
    name: "rounding of a figure outside core (core rounds half-up once, at display)",
    within: ["web/src", "src/server", "src/documents"],
    pattern: /\.toDecimalPlaces\(|\.toFixed\(/,
    // Byte sizes ("12.5 KB") are not figures of a report.
    allowLine: /\/\s*1024\b/,
    sample: "<td>{rate.toFixed(2)}%</td>",
  },
  {
    name: "Math.round on a value in the web app or the server (money, rates and scores are Decimals rounded by core)",
    within: ["web/src", "src/server"],
    pattern: /\bMath\.round\(/,
    sample: "const shown = Math.round(score * 100) / 100;",
  },
  {
    name: "a second vocabulary for judging a printed number",
    within: ["src", "web/src"],
    home: ["src/core/numbers/printed-verdict.ts"],
    pattern: /\b(?:type|interface)\s+\w*Verdict\b[^=]*=[^;]*"(?:truncated|exact|wrong)"|\bfunction\s+comparePrinted\b/,
    sample: 'export type PercentVerdict = "exact" | "truncated" | "wrong";',
  },
  {
    name: "a second dataset path type or formatter",
    within: ["src", "web/src"],
    home: ["src/core/dataset/dataset-path.ts"],
    pattern: /\btype\s+(?:PathSegment|DatasetPath|Segment)\s*=|\bfunction\s+(?:formatPath|pathText|parsePath)\b/,
    sample: "export type PathSegment = string | number;",
  },
  {
    name: "a finding's location text read back in the web app (findings carry `path`)",
    within: ["web/src"],
    pattern: /\.exec\([^)]*\blocation\b|\blocation\.(?:match|matchAll|split)\(|\bfinding\.location\.startsWith\(/,
    sample: "const project = /^projects\\[(\\d+)\\]/.exec(location);",
  },
];

function listSources(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, folder), { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...listSources(path));
    else if (/\.tsx?$/.test(entry.name) && !/\.test(?:-support)?\.tsx?$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** "file:line: text" for every line of the rule's folders that it forbids. */
function findCopies(rule: Rule, files: Map<string, string>): string[] {
  const found: string[] = [];
  for (const [file, text] of files) {
    if (!rule.within.some((folder) => file.startsWith(`${folder}/`)) || rule.home?.includes(file)) continue;
    text.split("\n").forEach((line, index) => {
      if (/^\s*(?:\*|\/\/)/.test(line)) return; // comments may name what they replaced
      if (rule.pattern.test(line) && !rule.allowLine?.test(line)) found.push(`${file}:${index + 1}: ${line.trim()}`);
    });
  }
  return found;
}

const sources = new Map(
  ["src", "web/src"].flatMap(listSources).map((file) => [relative(".", file), readFileSync(join(ROOT, file), "utf8")]),
);

describe("one place for every printed value and rule", () => {
  it("reads the source tree", () => {
    expect(sources.size).toBeGreaterThan(300);
    expect(sources.has("src/core/display/show-number.ts")).toBe(true);
  });
  for (const rule of RULES) {
    it(`no ${rule.name}`, () => {
      const sample = new Map([[`${rule.within[0]}/sample.ts`, rule.sample]]);
      expect(findCopies(rule, sample), "the detector catches its sample").toHaveLength(1);
      expect(findCopies(rule, sources)).toEqual([]);
    });
  }
});
