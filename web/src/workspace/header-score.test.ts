import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateDataset } from "../../../src/core/dataset/validate-dataset.ts";
import { getBuiltinProfile } from "../../../src/core/profiles/builtin-profiles.ts";
import { scoreDataset } from "../../../src/core/scoring/score-dataset.ts";
import { headerScore } from "./header-score.ts";

function example(name: string) {
  const result = validateDataset(
    JSON.parse(readFileSync(new URL(`../../../examples/${name}`, import.meta.url), "utf8")),
  );
  if (!result.ok) throw new Error(name);
  return result.dataset;
}

describe("the header's total", () => {
  const sichuan = getBuiltinProfile("sichuan")!;
  const hunan = getBuiltinProfile("hunan")!;

  it("is 凉山's framework total and grade (97, 优), its report having no department table", () => {
    const dataset = example("liangshan-2023.json");
    const score = headerScore(scoreDataset(dataset, sichuan).department, dataset, sichuan);
    expect(score?.source).toBe("framework");
    expect(score?.total.toString()).toBe("97");
    expect(score?.totalWeight.toString()).toBe("100");
    expect(score?.grade).toBe("优");
  });

  it("is the department table's score where there is one (零陵)", () => {
    const dataset = example("lingling-2024.json");
    const department = scoreDataset(dataset, hunan).department;
    const score = headerScore(department, dataset, hunan);
    expect(score?.source).toBe("table");
    expect(score?.total.eq(department!.total)).toBe(true);
  });

  it("is nothing without a table or a framework; an unscored dimension leaves the grade open", () => {
    const dataset = example("liangshan-2023.json");
    expect(headerScore(null, { ...dataset, department: undefined }, sichuan)).toBeNull();
    const framework = dataset.department!.framework!;
    const unscored = {
      ...dataset,
      department: {
        framework: {
          ...framework,
          dimensions: [{ name: "部门预算总体绩效", weight: "30" }, ...framework.dimensions.slice(1)],
        },
      },
    };
    const score = headerScore(null, unscored, sichuan);
    expect(score?.total.toString()).toBe("70");
    expect(score?.grade).toBeNull();
  });
});
