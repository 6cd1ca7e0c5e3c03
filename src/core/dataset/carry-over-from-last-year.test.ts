import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { carryOverFromLastYear } from "./carry-over-from-last-year.ts";
import type { Dataset } from "./schema.ts";
import { validateDataset } from "./validate-dataset.ts";

function example(name: string): Dataset {
  const result = validateDataset(
    JSON.parse(readFileSync(new URL(`../../../examples/${name}.json`, import.meta.url), "utf8")),
  );
  if (!result.ok) throw new Error(`example ${name} invalid`);
  return result.dataset;
}

/** Every key anywhere in a value. */
function keysIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysIn(item, found);
  else if (value && typeof value === "object")
    for (const [key, inner] of Object.entries(value)) {
      found.add(key);
      keysIn(inner, found);
    }
  return found;
}

describe("carryOverFromLastYear", () => {
  const names = ["leshan-shizhong-2022", "liangshan-2023", "lingling-2024", "linze-2023", "xizang-2024"];
  it.each(names)("%s: the new year validates and keeps no actual, score, reason or printed figure", (name) => {
    const last = example(name);
    const next = carryOverFromLastYear(last, last.year + 1);
    const result = validateDataset(next);
    expect(result.ok).toBe(true);
    expect(next.year).toBe(last.year + 1);
    const keys = keysIn(next);
    for (const cleared of [
      "actual",
      "qualitativeGrade",
      "override",
      "reason",
      "printed",
      "executed",
      "initial",
      "adjusted",
      "budget",
      "final",
      "priorFinal",
      "score",
      "sourceLine",
      "finalAccounts",
      "conclusion",
      "problems",
      "measures",
      "goalCompletion",
      "process",
      "assets",
      "inService",
    ]) {
      expect(keys.has(cleared), cleared).toBe(false);
    }
    expect(next.publishedScores).toEqual([]);
  });

  it("keeps the targets, indicators, unit profile and narrative headings", () => {
    const last = example("liangshan-2023");
    const next = carryOverFromLastYear(last, 2024);
    expect(next.unit?.name).toBe(last.unit?.name);
    expect(next.narrative?.map((s) => s.title)).toEqual(last.narrative.map((s) => s.title));
    expect(next.narrative?.every((s) => s.text === "")).toBe(true);
    expect(next.projects?.map((p) => p.name)).toEqual(last.projects.map((p) => p.name));
    const before = last.projects.flatMap((p) => p.evaluation?.indicators ?? []);
    const after = (next.projects ?? []).flatMap((p) => p.evaluation?.indicators ?? []);
    expect(before.length).toBeGreaterThan(0);
    expect(after.map((i) => [i.level1, i.level3, i.target, i.weight])).toEqual(
      before.map((i) => [i.level1, i.level3, i.target, i.weight]),
    );
    const department = example("xizang-2024");
    const deptBefore = department.department?.evaluation?.indicators ?? [];
    expect(deptBefore.length).toBe(15);
    expect(
      (carryOverFromLastYear(department, 2025).department?.evaluation?.indicators ?? []).map((i) => i.level3),
    ).toEqual(deptBefore.map((i) => i.level3));
  });

  it("clears an indicator's judged side and keeps its measure", () => {
    const last = validateDataset({
      formatVersion: 2,
      year: 2023,
      unit: { name: "某局", staff: { authorized: 30, inService: 28 }, assets: { fixedAssetsTotal: "10" } },
      projects: [
        {
          name: "项目甲",
          goalCompletion: "已完成",
          evaluation: {
            execution: [{ label: "年度资金总额", role: "total", initial: "100", executed: "90", reason: "支付滞后" }],
            goals: [{ expected: "完成培训", actual: "已完成" }],
            indicators: [
              {
                level1: "产出指标",
                level3: "培训人次",
                operator: "≥",
                target: "100",
                unit: "人次",
                actual: "120",
                weight: "10",
                reason: "无",
                printed: { score: "10" },
              },
              {
                level1: "满意度指标",
                level3: "满意度",
                operator: "定性",
                target: "满意",
                weight: "10",
                qualitativeGrade: "achieved",
                override: { score: "8", reason: "抽查" },
              },
            ],
            printed: { totalScore: "95" },
          },
        },
      ],
      narrative: [{ title: "一、基本情况", text: "去年写的" }],
      publishedScores: [{ label: "总分", score: "95" }],
      filing: { outline: "national", addressee: "市财政局", date: "2024年5月1日", closing: "特此报告。" },
    });
    if (!last.ok) throw new Error("fixture invalid");
    expect(carryOverFromLastYear(last.dataset, 2024)).toEqual({
      formatVersion: 2,
      year: 2024,
      amountUnit: "万元",
      unit: { name: "某局", staff: { authorized: 30 } },
      projects: [
        {
          name: "项目甲",
          evaluation: {
            execution: [{ label: "年度资金总额", role: "total" }],
            goals: [{ expected: "完成培训" }],
            level1Weights: [],
            indicators: [
              { level1: "产出指标", level3: "培训人次", operator: "≥", target: "100", unit: "人次", weight: "10" },
              { level1: "满意度指标", level3: "满意度", operator: "定性", target: "满意", weight: "10" },
            ],
          },
        },
      ],
      narrative: [{ title: "一、基本情况", text: "" }],
      publishedScores: [],
      filing: { outline: "national", addressee: "市财政局", closing: "特此报告。" },
    });
  });
});
