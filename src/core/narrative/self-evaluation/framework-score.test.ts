import { describe, expect, it } from "vitest";
import { getBuiltinProfile } from "../../profiles/builtin-profiles.ts";
import type { RuleProfile } from "../../profiles/profile-schema.ts";
import { describeFrameworkScore, scoreFramework } from "./framework-score.ts";

const sichuan = getBuiltinProfile("sichuan") as RuleProfile;
const liangshan = {
  name: "2023年凉山州部门预算绩效评价指标体系",
  dimensions: [
    { name: "部门预算总体绩效", weight: "30", score: "27" },
    { name: "部门预算项目绩效", weight: "20", score: "20" },
    { name: "专项预算绩效", weight: "30", score: "30" },
    { name: "绩效结果应用情况", weight: "14", score: "14" },
    { name: "自评质量情况", weight: "6", score: "6" },
  ],
};

describe("scoreFramework (凉山 附件1-1, 27/20/30/14/6)", () => {
  it("adds the five dimensions to 97 of 100, deducts 3 on the first, grades 优", () => {
    const result = scoreFramework(liangshan, sichuan);
    expect(result.total.toString()).toBe("97");
    expect(result.weight.toString()).toBe("100");
    expect(result.dimensions.map((d) => d.deduction?.toString())).toEqual(["3", "0", "0", "0", "0"]);
    expect(result.grade).toBe("优");
    expect(describeFrameworkScore(liangshan, result, sichuan)).toBe(
      "对照“2023年凉山州部门预算绩效评价指标体系”，部门预算总体绩效得分27分（分值30分），部门预算项目绩效得分20分（分值20分），专项预算绩效得分30分（分值30分），绩效结果应用情况得分14分（分值14分），自评质量情况得分6分（分值6分），合计得分97分（总分100分），共扣3分，自评等级为“优”。",
    );
  });
  it("grades a framework not out of 100 on the 100-point scale, and none when a dimension is unscored", () => {
    const half = { name: "x", dimensions: [{ name: "a", weight: "50", score: "40" }] };
    expect(scoreFramework(half, sichuan).grade).toBe("良");
    const open = { name: "x", dimensions: [{ name: "a", weight: "50" }] };
    expect(scoreFramework(open, sichuan).grade).toBeNull();
    expect(describeFrameworkScore(open, scoreFramework(open, sichuan), sichuan)).toBe("");
  });
});
