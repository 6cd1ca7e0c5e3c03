/**
 * Prints the corpus table and totals of docs/corpus.md from the corpus itself and a run of the real engine:
 * `npx tsx test/corpus/summarize-corpus.ts > /tmp/corpus-table.md`. The figures are those the corpus test asserts:
 * right figures reproduced (their assertion passes today), wrong figures flagged at their place, and error-level
 * findings that are no listed mistake (false alarms), per document.
 * @module
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { auditDataset } from "../../src/core/audit/run-audit.ts";
import { validateDataset } from "../../src/core/dataset/validate-dataset.ts";
import type { Finding } from "../../src/core/findings/finding.ts";
import { getBuiltinProfile } from "../../src/core/profiles/builtin-profiles.ts";
import { parseProfileJson } from "../../src/core/profiles/parse-profile.ts";
import { checkText } from "../../src/core/prose/check-text.ts";
import { type CorpusExpectation, publishedTextOf } from "./corpus-expectation.ts";

const ROOT = join(import.meta.dirname, "../..");
const CORPUS = join(ROOT, "corpus");

/** A field of source.md's header list ("- 单位：…"). */
function headerField(source: string, name: string): string {
  const match = new RegExp(`^- ${name}：(.*)$`, "m").exec(source);
  return match?.[1]?.trim() ?? "";
}

function profileOf(ref: string) {
  const builtin = getBuiltinProfile(ref);
  if (builtin) return builtin;
  const parsed = parseProfileJson(readFileSync(join(ROOT, ref), "utf8"));
  if (!parsed.ok) throw new Error(`规则方案 ${ref} 无效`);
  return parsed.profile;
}

function placeMatches(f: Finding, w: { line?: number; path?: string }): boolean {
  if (w.line !== undefined) return f.line === w.line;
  const path = w.path ?? "";
  return f.location === path || f.location.startsWith(`${path}.`) || f.location.startsWith(`${path}[`);
}

const rows: string[] = [];
const provinces = new Set<string>();
let documents = 0;
let withIndicators = 0;
let rightTotal = 0;
let rightGapped = 0;
let wrongTotal = 0;
let wrongGapped = 0;
let falseAlarms = 0;
let cleanDocs = 0;
let cleanDocsWithFalseAlarm = 0;
const gapUse = new Map<string, number>();

for (const id of readdirSync(CORPUS, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort()) {
  const dir = join(CORPUS, id);
  const source = readFileSync(join(dir, "source.md"), "utf8");
  const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as CorpusExpectation;
  const validation = validateDataset(JSON.parse(readFileSync(join(dir, "dataset.json"), "utf8")));
  if (!validation.ok) throw new Error(`${id}: dataset.json 无效`);
  const { findings: audit } = auditDataset(validation.dataset, profileOf(expected.profile));
  const prose = checkText(publishedTextOf(source), { year: expected.year });
  const errors = [...audit, ...prose].filter((f) => f.severity === "error");
  const unexplained = errors.filter(
    (f) =>
      !expected.wrong.some(
        (w) => placeMatches(f, w) && `${f.message} ${f.found ?? ""} ${f.location}`.includes(w.figure),
      ),
  );
  documents += 1;
  const province = headerField(source, "省份").replace(/（.*$/, "");
  provinces.add(province);
  const hasIndicators =
    (validation.dataset.projects ?? []).some((p) => (p.evaluation?.indicators.length ?? 0) > 0) ||
    (validation.dataset.department?.evaluation?.indicators.length ?? 0) > 0;
  if (hasIndicators) withIndicators += 1;
  const right = expected.right.length;
  const rGap = expected.right.filter((r) => r.gap).length;
  const wrong = expected.wrong.length;
  const wGap = expected.wrong.filter((w) => w.gap).length;
  rightTotal += right;
  rightGapped += rGap;
  wrongTotal += wrong;
  wrongGapped += wGap;
  falseAlarms += unexplained.length;
  if (expected.clean) {
    cleanDocs += 1;
    if (unexplained.length > 0) cleanDocsWithFalseAlarm += 1;
  }
  for (const gap of [
    ...expected.right.map((r) => r.gap),
    ...expected.wrong.map((w) => w.gap),
    ...[expected.cleanGap].flat(),
  ]) {
    if (gap) gapUse.set(gap, (gapUse.get(gap) ?? 0) + 1);
  }
  const gaps = [
    ...new Set(
      [...expected.right.map((r) => r.gap), ...expected.wrong.map((w) => w.gap), ...[expected.cleanGap].flat()].filter(
        Boolean,
      ),
    ),
  ];
  rows.push(
    `| \`${id}\` | ${headerField(source, "单位").replace(/（.*$/, "")} | ${headerField(source, "年度").replace(/（.*$/, "")} | ${headerField(source, "类别").replace(/（.*$/, "")} | ${province} | ${headerField(source, "层级")} | ${hasIndicators ? "有" : ""} | ${headerField(source, "考查").replace(/\|/g, "／")} | ${right - rGap}/${right} | ${wrong - wGap}/${wrong} | ${unexplained.length} | ${gaps.join(" ")} | [地址](${headerField(source, "地址")}) |`,
  );
}

console.log(
  "| 文件夹 | 单位 | 年度 | 类别 | 省份 | 层级 | 指标表 | 考查 | 对的数字：已复现/全部 | 错的数字：已指出/全部 | 错误级误报 | 已知缺口 | 地址 |",
);
console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
for (const row of rows) console.log(row);
console.log("");
console.log(
  `- 文件：${documents} 份，省份（含中央）：${provinces.size} 个（${[...provinces].join("、")}），带指标表：${withIndicators} 份`,
);
console.log(`- 对的数字：${rightTotal} 个，今天复现 ${rightTotal - rightGapped} 个，${rightGapped} 个列为已知缺口`);
console.log(
  `- 错的数字：${wrongTotal} 个，今天在其位置指出 ${wrongTotal - wrongGapped} 个，${wrongGapped} 个列为已知缺口`,
);
console.log(
  `- 错误级误报：${falseAlarms} 条（无错文件 ${cleanDocs} 份，其中 ${cleanDocsWithFalseAlarm} 份有错误级误报，均列为已知缺口）`,
);
console.log(
  `- 缺口使用次数：${[...gapUse.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([g, n]) => `${g} ${n}`)
    .join("，")}`,
);
