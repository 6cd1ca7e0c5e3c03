/**
 * The development corpus: real published documents of other units (corpus/<id>/), each run through the real engine —
 * scoring, the dataset audit and the prose audit — and compared with the results worked out by hand in its
 * expected.json. Every right figure must be reproduced (a score, a rate) or pass without an error or warning (a
 * printed figure of the text), every wrong one must be flagged with its code at its place, and a clean document must
 * get no error-level finding.
 *
 * Where the engine does not yet read something, the assertion is listed in the document's `knownGaps` and runs as
 * `it.fails`: it is reported under "已知缺口" and turns red once the engine reads it, so the gap is then removed.
 * Nothing is skipped silently. The gaps are listed in docs/corpus.md.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { auditDataset } from "../../src/core/audit/run-audit.ts";
import { validateDataset } from "../../src/core/dataset/validate-dataset.ts";
import type { Finding } from "../../src/core/findings/finding.ts";
import { Dec } from "../../src/core/numbers/decimal.ts";
import { getBuiltinProfile } from "../../src/core/profiles/builtin-profiles.ts";
import { parseProfileJson } from "../../src/core/profiles/parse-profile.ts";
import type { RuleProfile } from "../../src/core/profiles/profile-schema.ts";
import { checkText } from "../../src/core/prose/check-text.ts";
import type { DatasetScores, TableScore } from "../../src/core/scoring/score-types.ts";
import {
  type CorpusExpectation,
  type ExpectedRight,
  type ExpectedWrong,
  publishedTextOf,
} from "./corpus-expectation.ts";

const ROOT = join(import.meta.dirname, "../..");
const CORPUS = join(ROOT, "corpus");
/** Every gap an assertion may be marked with: what the engine does not read yet (listed in docs/corpus.md). */
const KNOWN_GAPS = JSON.parse(readFileSync(join(import.meta.dirname, "known-gaps.json"), "utf8")) as Record<
  string,
  string
>;

function loadProfile(ref: string): RuleProfile {
  const builtin = getBuiltinProfile(ref);
  if (builtin) return builtin;
  const parsed = parseProfileJson(readFileSync(join(ROOT, ref), "utf8"));
  if (!parsed.ok)
    throw new Error(`规则方案 ${ref} 无效：${parsed.issues.map((i) => `${i.location} ${i.message}`).join("；")}`);
  return parsed.profile;
}

/** The table scored at `path` ("department" or "projects[N]"). */
function tableAt(scores: DatasetScores, path: string): TableScore | null {
  if (path === "department.evaluation") return scores.department;
  const match = /^projects\[(\d+)\]\.evaluation$/.exec(path);
  return match ? (scores.projects[Number(match[1])] ?? null) : null;
}

function tablePathOf(path: string): string {
  const match = /^(department\.evaluation|projects\[\d+\]\.evaluation)/.exec(path);
  return match?.[1] ?? path;
}

/** Findings of the dataset audit at a path (or below it), or of the prose audit at a line. */
function findingsAt(findings: readonly Finding[], place: { path?: string; line?: number }): Finding[] {
  return findings.filter((f) => {
    if (place.line !== undefined) return f.line === place.line;
    if (place.path !== undefined)
      return (
        f.location === place.path || f.location.startsWith(`${place.path}.`) || f.location.startsWith(`${place.path}[`)
      );
    return false;
  });
}

function describeFindings(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.severity} ${f.code} ${f.location} ${f.message}`).join("\n") || "（无）";
}

/** Asserts one right figure: a value reproduced by scoring, or a printed figure that draws no error or warning. */
function assertRight(
  right: ExpectedRight,
  scores: DatasetScores,
  audit: readonly Finding[],
  prose: readonly Finding[],
): void {
  if (right.kind === "grade") {
    const table = tableAt(scores, tablePathOf(right.path));
    expect(table?.grade ?? "", `${right.path} 等级（${right.work}）`).toBe(right.value);
    return;
  }
  if (right.kind === "indicatorStatus") {
    const scored = tableAt(scores, tablePathOf(right.path))?.indicators.find((s) => s.path === right.path);
    // Met/unmet is the attainment, judged with or without a weight; over-achievement and qualitative are statuses.
    const actual = right.value === "met" || right.value === "notMet" ? scored?.attainment : scored?.status;
    expect(actual, `${right.path}（${right.work}）：${scored?.explanation ?? "没有评分结果"}`).toBe(right.value);
    return;
  }
  if (
    right.kind === "indicatorScore" ||
    right.kind === "executionScore" ||
    right.kind === "executionRate" ||
    right.kind === "total"
  ) {
    const table = tableAt(scores, tablePathOf(right.path));
    expect(table, `${right.path} 没有评分结果`).not.toBeNull();
    if (!table) return;
    let actual: Dec | null;
    if (right.kind === "total") actual = table.total;
    else if (right.kind === "executionScore") actual = table.execution?.score ?? null;
    else if (right.kind === "executionRate") actual = table.execution?.rate ?? null;
    else actual = table.indicators.find((s) => s.path === right.path)?.final ?? null;
    expect(actual, `${right.path}：引擎没有算出 ${right.kind}`).not.toBeNull();
    const places = right.decimals ?? new Dec(right.value).decimalPlaces();
    expect(
      actual?.toDecimalPlaces(places, Dec.ROUND_HALF_UP).toFixed(places),
      `${right.path} ${right.kind}（${right.work}）`,
    ).toBe(new Dec(right.value).toFixed(places));
    return;
  }
  const pool = right.kind === "prose" ? prose : audit;
  const place = right.kind === "prose" ? { line: right.line } : { path: right.path };
  // A finding on the row's reason cell (a reason asked for, REASON-MISSING, REPORT-GAP) quotes the figure without
  // objecting to it: it is about the missing words, not the number.
  const aboutReason = (f: Finding) =>
    f.location.endsWith(".reason") && !("path" in right && right.path.endsWith(".reason"));
  const objections = findingsAt(pool, place).filter(
    (f) =>
      f.severity !== "info" &&
      !aboutReason(f) &&
      (right.figure === undefined || `${f.message} ${f.found ?? ""}`.includes(right.figure)),
  );
  expect(
    objections,
    `${right.kind === "prose" ? `第${right.line}行` : right.path} “${right.figure ?? ""}” 是对的（${right.work}），却被判为：\n${describeFindings(objections)}`,
  ).toEqual([]);
}

/** Asserts one wrong figure: flagged with its code (or one of its codes) at its place, at warning level or above. */
function assertWrong(wrong: ExpectedWrong, audit: readonly Finding[], prose: readonly Finding[]): void {
  const pool = wrong.line !== undefined ? prose : audit;
  const codes = Array.isArray(wrong.code) ? wrong.code : [wrong.code];
  const at = findingsAt(pool, wrong.line !== undefined ? { line: wrong.line } : { path: wrong.path });
  const flagged = at.filter(
    (f) =>
      codes.includes(f.code) &&
      (wrong.minSeverity === "info" || f.severity !== "info") &&
      (wrong.says === undefined || `${f.message} ${f.expected ?? ""}`.includes(wrong.says)),
  );
  expect(
    flagged.length,
    `${wrong.line !== undefined ? `第${wrong.line}行` : wrong.path} 应以 ${codes.join("/")} 指出${wrong.says ? `并说出 ${wrong.says}` : ""}：${wrong.work}\n该处的结论：\n${describeFindings(at)}`,
  ).toBeGreaterThan(0);
}

const ids = readdirSync(CORPUS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe("开发语料库（真实公开文件）", () => {
  it("至少 40 份文件，每份都有 source.md、dataset.json 和 expected.json", () => {
    expect(ids.length).toBeGreaterThanOrEqual(40);
  });

  for (const id of ids) {
    describe(id, () => {
      const dir = join(CORPUS, id);
      const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as CorpusExpectation;
      const source = readFileSync(join(dir, "source.md"), "utf8");
      const raw: unknown = JSON.parse(readFileSync(join(dir, "dataset.json"), "utf8"));
      const validation = validateDataset(raw);
      const gaps = new Map(Object.entries(KNOWN_GAPS));
      const run = (name: string, gap: string | string[] | undefined, body: () => void) => {
        const listed = gap === undefined ? [] : Array.isArray(gap) ? gap : [gap];
        if (listed.length === 0) it(name, body);
        else {
          for (const one of listed)
            if (!gaps.has(one)) throw new Error(`${id}: 缺口 ${one} 未在 test/corpus/known-gaps.json 中说明`);
          it.fails(`已知缺口 ${listed.map((one) => `${one}（${gaps.get(one)}）`).join("、")}：${name}`, body);
        }
      };

      it("source.md 有地址和原文，dataset.json 通过校验", () => {
        expect(source).toMatch(/- 地址：https?:\/\/\S+/);
        expect(publishedTextOf(source).trim().length).toBeGreaterThan(0);
        expect(validation.ok ? [] : validation.issues).toEqual([]);
      });
      if (!validation.ok) return;

      const profile = loadProfile(expected.profile);
      const { scores, findings: audit } = auditDataset(validation.dataset, profile);
      const prose = checkText(publishedTextOf(source), { year: expected.year });

      for (const right of expected.right) {
        const where = right.kind === "prose" ? `第${right.line}行` : right.path;
        // "对：…" names the figure and, for a reproduced value, the value the engine must reach.
        run(`对：${where} ${right.figure ?? right.value ?? ""}`, right.gap, () =>
          assertRight(right, scores, audit, prose),
        );
      }
      for (const wrong of expected.wrong) {
        const where = wrong.line !== undefined ? `第${wrong.line}行` : wrong.path;
        run(`错：${where} ${Array.isArray(wrong.code) ? wrong.code.join("/") : wrong.code}`, wrong.gap, () =>
          assertWrong(wrong, audit, prose),
        );
      }
      run(
        expected.clean ? "无错误级结论（无误报）" : "每个错误级结论都是表中列出的印错（无误报）",
        expected.cleanGap,
        () => {
          // An error is explained by a listed mistake at its place that it names (its printed figure in the message).
          const explained = (f: Finding) =>
            expected.wrong.some(
              (w) =>
                (w.line !== undefined ? f.line === w.line : findingsAt([f], { path: w.path }).length > 0) &&
                `${f.message} ${f.found ?? ""} ${f.location}`.includes(w.figure),
            );
          const falseAlarms = [...audit, ...prose].filter((f) => f.severity === "error" && !explained(f));
          expect(falseAlarms, describeFindings(falseAlarms)).toEqual([]);
        },
      );
    });
  }
});
