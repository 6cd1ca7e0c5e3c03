/**
 * The scoring checks on the five sample datasets, each under the rule profile its own form follows: every scoring
 * mistake of docs/domain/seed-mistakes.md is found with its code and location, and nothing else (the rule-required
 * over-achievement reasons aside, which are tagged as such). The right figures stay silent: 零陵's 9.8 at one decimal,
 * the 21 凉山 tables whose totals add up.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateDataset } from "../dataset/validate-dataset.ts";
import type { Finding, Severity } from "../findings/finding.ts";
import { getBuiltinProfile } from "../profiles/builtin-profiles.ts";
import type { RuleProfile } from "../profiles/profile-schema.ts";
import { scoreDataset } from "../scoring/score-dataset.ts";
import { scoringChecks } from "./scoring-checks.ts";

function audit(name: string, profileId: string): Finding[] {
  const parsed = validateDataset(
    JSON.parse(readFileSync(new URL(`../../../examples/${name}.json`, import.meta.url), "utf8")),
  );
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.issues)}`);
  const profile = getBuiltinProfile(profileId) as RuleProfile;
  const context = { dataset: parsed.dataset, profile, scores: scoreDataset(parsed.dataset, profile) };
  return scoringChecks.flatMap((check) => check.run(context));
}

type Expected = [code: string, severity: Severity, location: string, seedItem: string];

function expectExactly(findings: Finding[], expected: Expected[]): void {
  const key = (code: string, severity: string, location: string) => `${code} ${severity} ${location}`;
  expect(findings.map((f) => key(f.code, f.severity, f.location)).sort()).toEqual(
    expected.map(([c, s, l]) => key(c, s, l)).sort(),
  );
}

/** Zero-base execution rates printed 0.00% (should be —) are infos on nearly every 四川 table; counted separately. */
function withoutZeroBaseInfos(findings: Finding[]): Finding[] {
  return findings.filter((f) => !(f.code === "EXECUTION-RATE" && f.severity === "info"));
}

const OVER = "rule: ≥1.3× 须说明超额原因";

describe("scoring checks on the sample datasets", () => {
  it("西藏 2024: satisfaction actuals that only restate the target", () => {
    expectExactly(audit("xizang-2024", "national"), [
      ["ACTUAL-RESTATES-TARGET", "warning", "department.evaluation.indicators[10].actual", "000 #5"],
      ["ACTUAL-RESTATES-TARGET", "warning", "department.evaluation.indicators[11].actual", "000 #5"],
    ]);
  });

  it("零陵 2024 under 湖南: % missing, 2万人次 vs 25000, ≧; 9.8 is right at one decimal", () => {
    const findings = audit("lingling-2024", "hunan");
    expectExactly(findings, [
      ["EXECUTION-RATE", "warning", "department.evaluation.execution[0].printed.rate", "001 #4"],
      ["UNIT-MISMATCH", "error", "department.evaluation.indicators[1].actual", "001 #5"],
      ["OPERATOR-GLYPH", "info", "department.evaluation.indicators[0].operatorPrinted", "001 #8"],
      ["OPERATOR-GLYPH", "info", "department.evaluation.indicators[1].operatorPrinted", "001 #8"],
      ["OVER-ACHIEVEMENT-REASON", "warning", "department.evaluation.indicators[4].reason", OVER],
    ]);
    expect(findings.find((f) => f.code === "UNIT-MISMATCH")?.expected).toBe("2.5万人次");
  });

  it("零陵 2024 under the national two decimals: 9.8 becomes an info (9.83), never an error", () => {
    const score = audit("lingling-2024", "national").filter((f) => f.code === "EXECUTION-SCORE");
    expect(score.map((f) => [f.severity, f.expected, f.found])).toEqual([["info", "9.83", "9.8"]]);
  });

  it("乐山 2022 and 临泽 2023 have no scoring tables and no findings", () => {
    expect(audit("leshan-shizhong-2022", "sichuan")).toEqual([]);
    expect(audit("linze-2023", "national")).toEqual([]);
  });

  it("凉山 2023: the project-table mistakes (items 24–36)", () => {
    const findings = withoutZeroBaseInfos(audit("liangshan-2023", "sichuan"));
    expectExactly(findings, [
      ["TOTAL-SCORE", "error", "projects[11].evaluation.printed.totalScore", "004 #24"],
      ["REASON-MISSING", "error", "projects[11].evaluation.indicators[6].reason", "004 #24"],
      ["INDICATOR-NAME-TARGET", "warning", "projects[11].evaluation.indicators[0].target", "004 #24"],
      ["TOTAL-SCORE", "error", "projects[18].evaluation.printed.totalScore", "004 #25"],
      ["SCORE-RULE", "warning", "projects[18].evaluation.indicators[6].printed.score", "004 #25"],
      ["REASON-MISSING", "error", "projects[18].evaluation.indicators[6].reason", "004 #25"],
      ["SCORE-RULE", "warning", "projects[18].evaluation.indicators[5].printed.score", "004 #25, #34"],
      ["SCORE-OVER-WEIGHT", "error", "projects[17].evaluation.indicators[1].printed.score", "004 #26"],
      ["SCORE-RULE", "warning", "projects[17].evaluation.indicators[6].printed.score", "004 #26"],
      ["REASON-MISSING", "error", "projects[17].evaluation.indicators[6].reason", "004 #26"],
      ["WEIGHT-SUM", "error", "projects[15].evaluation.indicators", "004 #27"],
      ["WEIGHT-SUM", "error", "projects[15].evaluation.printed.totalWeight", "004 #27"],
      ["TOTAL-SCORE", "error", "projects[15].evaluation.printed.totalScore", "004 #27"],
      ["BUDGET-ACCURACY", "error", "projects[6].evaluation.indicators[1].actual", "004 #29"],
      ["BUDGET-ACCURACY", "error", "projects[7].evaluation.indicators[1].actual", "004 #29"],
      ["BUDGET-ACCURACY", "error", "projects[8].evaluation.indicators[1].actual", "004 #29"],
      ["COST-ACTUAL", "warning", "projects[16].evaluation.indicators[6].actual", "004 #31"],
      ["SCORE-RULE", "warning", "projects[9].evaluation.indicators[6].printed.score", "004 #32"],
      ["INDICATOR-NAME-TARGET", "warning", "projects[19].evaluation.indicators[6].target", "004 #33"],
      ["SCORE-RULE", "warning", "projects[19].evaluation.indicators[2].printed.score", "004 #33"],
      ["SCORE-RULE", "warning", "projects[9].evaluation.indicators[5].printed.score", "004 #34"],
      ["SCORE-RULE", "warning", "projects[10].evaluation.indicators[5].printed.score", "004 #34"],
      ["SCORE-RULE", "warning", "projects[11].evaluation.indicators[5].printed.score", "004 #34"],
      ["SCORE-RULE", "warning", "projects[14].evaluation.indicators[5].printed.score", "004 #34"],
      ["SCORE-RULE", "warning", "projects[15].evaluation.indicators[5].printed.score", "004 #34"],
      ["SCORE-RULE", "warning", "projects[16].evaluation.indicators[5].printed.score", "004 #34"],
      ["SCORE-RULE", "warning", "projects[17].evaluation.indicators[5].printed.score", "004 #34"],
      ["SCORE-RULE", "warning", "projects[20].evaluation.indicators[4].printed.score", "004 #34"],
      ["STRICT-OPERATOR-EQUAL", "warning", "projects[9].evaluation.indicators[4].operator", "004 #35"],
      ["STRICT-OPERATOR-EQUAL", "warning", "projects[12].evaluation.indicators[0].operator", "004 #35"],
      ["STRICT-OPERATOR-EQUAL", "warning", "projects[12].evaluation.indicators[4].operator", "004 #35"],
      ["STRICT-OPERATOR-EQUAL", "warning", "projects[12].evaluation.indicators[5].operator", "004 #35"],
      ["STRICT-OPERATOR-EQUAL", "warning", "projects[13].evaluation.indicators[4].operator", "004 #35"],
      ["STRICT-OPERATOR-EQUAL", "warning", "projects[14].evaluation.indicators[4].operator", "004 #35"],
      ["STRICT-OPERATOR-EQUAL", "warning", "projects[15].evaluation.indicators[4].operator", "004 #35"],
      ["STRICT-OPERATOR-EQUAL", "warning", "projects[16].evaluation.indicators[4].operator", "004 #35"],
      ["STRICT-OPERATOR-EQUAL", "warning", "projects[18].evaluation.indicators[4].operator", "004 #35"],
      ["STRICT-OPERATOR-EQUAL", "warning", "projects[20].evaluation.indicators[3].operator", "004 #35"],
      ["BLANK-ACTUAL-SCORED", "error", "projects[13].evaluation.indicators[3].actual", "004 #35"],
      ["BLANK-ACTUAL-SCORED", "error", "projects[11].evaluation.indicators[2].actual", "004 #36"],
      ["BLANK-ACTUAL-SCORED", "error", "projects[11].evaluation.indicators[3].actual", "004 #36"],
      ["BLANK-ACTUAL-SCORED", "error", "projects[11].evaluation.indicators[4].actual", "004 #36"],
      ["BLANK-ACTUAL-SCORED", "error", "projects[11].evaluation.indicators[6].actual", "004 #36"],
      ["BLANK-ACTUAL-SCORED", "error", "projects[9].evaluation.indicators[2].actual", "004 #36"],
      ["BLANK-ACTUAL-SCORED", "error", "projects[16].evaluation.indicators[2].actual", "004 #36"],
      ["BLANK-ACTUAL-SCORED", "error", "projects[18].evaluation.indicators[2].actual", "004 #36"],
      ["OVER-ACHIEVEMENT-REASON", "warning", "projects[10].evaluation.indicators[3].reason", OVER],
      ["OVER-ACHIEVEMENT-REASON", "warning", "projects[11].evaluation.indicators[0].reason", OVER],
      ["OVER-ACHIEVEMENT-REASON", "warning", "projects[14].evaluation.indicators[3].reason", OVER],
      ["OVER-ACHIEVEMENT-REASON", "warning", "projects[15].evaluation.indicators[3].reason", OVER],
      ["OVER-ACHIEVEMENT-REASON", "warning", "projects[18].evaluation.indicators[3].reason", OVER],
      ["OVER-ACHIEVEMENT-REASON", "warning", "projects[20].evaluation.indicators[0].reason", OVER],
    ]);
  });

  it("凉山 2023: the figures that are right stay silent", () => {
    const findings = audit("liangshan-2023", "sichuan");
    // The six personnel projects and the first two 公用 tables' totals add up; none has an error.
    for (const i of [0, 1, 2, 3, 4, 5]) {
      expect(findings.filter((f) => f.location.startsWith(`projects[${i}].`) && f.severity !== "info")).toEqual([]);
    }
    const over = findings.find((f) => f.location === "projects[17].evaluation.indicators[1].printed.score");
    expect([over?.expected, over?.found]).toEqual(["≤ 10", "20"]);
    const accuracy = findings.find((f) => f.location === "projects[8].evaluation.indicators[1].actual");
    expect(accuracy?.expected).toBe("33.71%");
    const satisfaction = findings.find((f) => f.location === "projects[20].evaluation.indicators[4].printed.score");
    expect([satisfaction?.expected, satisfaction?.found]).toEqual(["14.21", "13"]);
    // Every 四川 table prints 0.00% for the two zero-budget 其中 rows: 21 × 2 infos, nothing else from that check.
    expect(findings.filter((f) => f.code === "EXECUTION-RATE").map((f) => f.severity)).toEqual(
      new Array(42).fill("info"),
    );
  });
});
