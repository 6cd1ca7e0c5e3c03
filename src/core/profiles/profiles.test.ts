import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtinProfileIds, defaultProfile, getBuiltinProfile } from "./builtin-profiles.ts";
import { parseProfileJson } from "./parse-profile.ts";

describe("built-in rule profiles", () => {
  it("ships national (default), sichuan and hunan", () => {
    expect(builtinProfileIds().sort()).toEqual(["hunan", "national", "sichuan"]);
    expect(defaultProfile().id).toBe("national");
  });
  it("sichuan puts 成本指标 at 一级 and requires a reason below 90% execution", () => {
    const sichuan = getBuiltinProfile("sichuan");
    expect(sichuan?.level1Weights["成本指标"]).toBe("20");
    expect(sichuan?.execution.reasonBelowRate).toBe("90");
    expect(sichuan?.execution.base).toBe("adjusted");
  });
  it("national uses the 10号 weights and bands", () => {
    const national = defaultProfile();
    expect(national.level1Weights).toEqual({ 产出指标: "50", 效益指标: "30", 满意度指标: "10" });
    expect(national.qualitativeBands.map((b) => [b.min, b.max])).toEqual([
      ["0.8", "1"],
      ["0.6", "0.8"],
      ["0", "0.6"],
    ]);
    expect(national.gradeBands.map((b) => `${b.grade}${b.min}`)).toEqual(["优90", "良80", "中60", "差0"]);
  });
});

describe("a user's own profile file", () => {
  it("accepts the shipped example with the 80/50/0 qualitative bands", () => {
    const result = parseProfileJson(
      readFileSync(new URL("../../../profiles/examples/transfer-payment.json", import.meta.url), "utf8"),
    );
    expect(result.ok).toBe(true);
    expect(result.ok && result.profile.qualitativeBands[1]?.min).toBe("0.5");
  });
  it("reports what is wrong, in Chinese, with its path", () => {
    const broken = { ...defaultProfile(), id: "Bad Id", execution: { ...defaultProfile().execution, weight: "十" } };
    const result = parseProfileJson(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((i) => i.location)).toEqual(["id", "execution.weight"]);
    expect(issues[1]?.message).toBe("应为非负数字");
  });
  it("refuses grade bands out of order and malformed JSON", () => {
    const reversed = { ...defaultProfile(), gradeBands: [...defaultProfile().gradeBands].reverse() };
    const result = parseProfileJson(JSON.stringify(reversed));
    expect(!result.ok && result.issues[0]?.message).toBe("等级下限应自高到低排列");
    const garbage = parseProfileJson("{ not json");
    expect(!garbage.ok && garbage.issues[0]?.message).toBe("规则方案不是合法的 JSON");
  });
});
