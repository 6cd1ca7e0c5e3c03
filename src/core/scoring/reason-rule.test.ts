import { describe, expect, it } from "vitest";
import type { Indicator } from "../dataset/schema.ts";
import { Dec } from "../numbers/decimal.ts";
import { getBuiltinProfile } from "../profiles/builtin-profiles.ts";
import { hasReason, isReasonMissing, reasonDemand, statedReason } from "./reason-rule.ts";
import { scoreIndicator } from "./score-indicator.ts";

const national = getBuiltinProfile("national")!;
const row = (over: Partial<Indicator>): Indicator => ({
  level1: "产出指标",
  level2: "数量指标",
  level3: "培训人次",
  operator: "≥",
  target: "100",
  unit: "人次",
  actual: "80",
  weight: "10",
  ...over,
});

describe("statedReason: what counts as a reason", () => {
  it.each(["", "  ", "无", "无。", "暂无", "没有", "不适用", "/", "—", "——", "-", "\\"])(
    "“%s” gives no reason",
    (text) => {
      expect(statedReason(text)).toBeNull();
      expect(hasReason(text)).toBe(false);
    },
  );
  it("the form's printed instructions pasted into the cell are no reason", () => {
    expect(
      statedReason("1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）"),
    ).toBeNull();
  });
  it("a reason is kept as written, trimmed; one that merely starts with 无 is a reason", () => {
    expect(statedReason("  受疫情影响，活动延期。 ")).toBe("受疫情影响，活动延期。");
    expect(statedReason("无法按期开展，已调整至次年")).toBe("无法按期开展，已调整至次年");
  });
});

describe("reasonDemand: which rows the profile asks to explain", () => {
  it("asks a row scored below its weight, and judges the printed score where the form printed one", () => {
    const short = scoreIndicator(row({}), "i", national);
    expect(reasonDemand(short, national)?.kind).toBe("belowWeight");
    expect(isReasonMissing(short, national)).toBe(true);
    expect(isReasonMissing(scoreIndicator(row({ reason: "暂无" }), "i", national), national)).toBe(true);
    expect(isReasonMissing(scoreIndicator(row({ reason: "场地改造，培训推迟" }), "i", national), national)).toBe(false);
    const met = scoreIndicator(row({ actual: "120" }), "i", national);
    expect(reasonDemand(met, national)).toBeNull();
    expect(reasonDemand(met, national, new Dec("9"))?.kind).toBe("belowWeight");
  });
  it("asks an unmet row of a table without weights, unless the profile says otherwise", () => {
    const unweighted = scoreIndicator(row({ weight: undefined }), "i", national);
    expect(reasonDemand(unweighted, national)?.kind).toBe("unmet");
    const relaxed = { ...national, reasonRequired: { ...national.reasonRequired, belowWeight: false, unmet: false } };
    expect(reasonDemand(unweighted, relaxed)).toBeNull();
    expect(reasonDemand(scoreIndicator(row({}), "i", relaxed), relaxed)).toBeNull();
  });
});
