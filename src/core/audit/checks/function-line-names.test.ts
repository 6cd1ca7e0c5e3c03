import { describe, expect, it } from "vitest";
import { validateDataset } from "../../dataset/validate-dataset.ts";
import { defaultProfile } from "../../profiles/builtin-profiles.ts";
import { functionLineNamesCheck } from "./function-line-names.ts";

function run(functionLines: Record<string, unknown>[]) {
  const parsed = validateDataset({ formatVersion: 1, year: 2023, finalAccounts: { functionLines } });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return functionLineNamesCheck.run({
    dataset: parsed.dataset,
    profile: defaultProfile(),
    scores: { department: null, projects: [] },
  });
}

describe("FUNCTION-LINE-NAME", () => {
  it("names the current 款 for an outdated one (seed 004: 行政事业单位离退休 → 行政事业单位养老支出)", () => {
    const findings = run([
      {
        code: "2080505",
        className: "社会保障和就业支出",
        kuanName: "行政事业单位离退休",
        xiangName: "机关事业单位基本养老保险缴费",
        amount: "29.77",
      },
    ]);
    expect(findings.map((f) => [f.location, f.expected, f.found])).toEqual([
      ["finalAccounts.functionLines[0].kuanName", "行政事业单位养老支出", "行政事业单位离退休"],
    ]);
  });
  it("is silent on right names and on codes the table does not know", () => {
    expect(
      run([
        { code: "2060702", className: "科学技术支出", kuanName: "科学技术普及", xiangName: "科普活动", amount: "12" },
      ]),
    ).toEqual([]);
    expect(run([{ code: "2999901", kuanName: "随便", amount: "1" }])).toEqual([]);
  });
});
