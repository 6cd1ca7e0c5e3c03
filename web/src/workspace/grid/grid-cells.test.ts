import { describe, expect, it } from "vitest";
import type { Indicator } from "../../../../src/core/dataset/schema.ts";
import { cellText, changesIndicator, COLUMNS, columnOfField, commitCell, draftMessage } from "./grid-cells.ts";

const satisfaction: Indicator = {
  level1: "满意度指标",
  level2: "服务对象满意度指标",
  level3: "相关部门、群众满意度",
  operator: "≥",
  target: "95",
  unit: "%",
  actual: "90",
  weight: "10",
};

describe("commitCell: an override is entered in either order", () => {
  it("score first: kept as a draft, the indicator unchanged; the reason then sets both", () => {
    const first = commitCell(satisfaction, "overrideScore", " 9 ");
    expect(first).toEqual({ fields: { override: undefined }, draft: { score: "9", reason: "" } });
    if ("error" in first || !first.draft) throw new Error("expected a draft");
    expect(cellText(satisfaction, "overrideScore", first.draft)).toBe("9");
    expect(changesIndicator(satisfaction, first.fields)).toBe(false);
    const second = commitCell(satisfaction, "overrideReason", "科普经费有限，扣1分。", first.draft);
    expect(second).toEqual({ fields: { override: { score: "9", reason: "科普经费有限，扣1分。" } }, draft: null });
  });

  it("reason first works the same way", () => {
    const first = commitCell(satisfaction, "overrideReason", "扣1分");
    expect(first).toEqual({ fields: { override: undefined }, draft: { score: "", reason: "扣1分" } });
    if ("error" in first || !first.draft) throw new Error("expected a draft");
    expect(commitCell(satisfaction, "overrideScore", "9.5", first.draft)).toEqual({
      fields: { override: { score: "9.5", reason: "扣1分" } },
      draft: null,
    });
  });

  it("clearing the score of an override removes it and keeps the reason as a draft; clearing both leaves nothing", () => {
    const overridden = { ...satisfaction, override: { score: "9", reason: "扣1分" } };
    const cleared = commitCell(overridden, "overrideScore", "");
    expect(cleared).toEqual({ fields: { override: undefined }, draft: { score: "", reason: "扣1分" } });
    if ("error" in cleared || !cleared.draft) throw new Error("expected a draft");
    expect(changesIndicator(overridden, cleared.fields)).toBe(true);
    expect(commitCell(overridden, "overrideReason", "", cleared.draft)).toEqual({
      fields: { override: undefined },
      draft: null,
    });
  });

  it("refuses a score that is not a number, with the text in the message", () => {
    expect(commitCell(satisfaction, "overrideScore", "九分")).toEqual({ error: "调整得分“九分”不是数字" });
  });
});

describe("commitCell: other cells", () => {
  it("sets the field, or removes it when emptied; a weight must be a number not below 0", () => {
    expect(commitCell(satisfaction, "actual", " 93 ")).toEqual({ fields: { actual: "93" }, draft: null });
    expect(commitCell(satisfaction, "reason", "")).toEqual({ fields: { reason: undefined }, draft: null });
    expect(commitCell(satisfaction, "weight", "-1")).toEqual({ error: "权重“-1”应为不小于 0 的数字" });
    expect(commitCell(satisfaction, "weight", "12.5")).toEqual({ fields: { weight: "12.5" }, draft: null });
  });

  it("compares an override by value", () => {
    const overridden = { ...satisfaction, override: { score: "9", reason: "扣1分" } };
    expect(changesIndicator(overridden, { override: { score: "9", reason: "扣1分" } })).toBe(false);
    expect(changesIndicator(overridden, { override: { score: "8", reason: "扣1分" } })).toBe(true);
    expect(changesIndicator(satisfaction, { actual: "90" })).toBe(false);
  });
});

describe("columnOfField", () => {
  it("maps a finding's field to its column; an unknown field lands on 完成值", () => {
    expect(COLUMNS[columnOfField("reason")]?.label).toBe("偏差原因");
    expect(COLUMNS[columnOfField("override")]?.label).toBe("调整得分");
    expect(COLUMNS[columnOfField("operatorPrinted")]?.label).toBe("指标性质");
    expect(COLUMNS[columnOfField("qualitativeGrade")]?.label).toBe("完成值");
  });
});

describe("draftMessage", () => {
  it("says which half is missing", () => {
    expect(draftMessage(5, { score: "9", reason: "" })).toBe("第 6 行：已填写调整得分 9，填写调整理由后生效");
    expect(draftMessage(0, { score: "", reason: "扣分" })).toBe("第 1 行：已填写调整理由，填写调整得分后生效");
  });
});

describe("commitCell: numbers as the rules say", () => {
  it("accepts full-width digits in 权重 and 调整得分, stored as ASCII", () => {
    expect(commitCell(satisfaction, "weight", "１２．５")).toEqual({ fields: { weight: "12.5" }, draft: null });
    expect(commitCell(satisfaction, "overrideScore", "９", { score: "", reason: "扣1分" })).toEqual({
      fields: { override: { score: "9", reason: "扣1分" } },
      draft: null,
    });
  });

  it("refuses an override above its weight or below 0, and a weight below an override", () => {
    expect(commitCell(satisfaction, "overrideScore", "12", { score: "", reason: "扣分" })).toEqual({
      error: "调整得分 12 超过该指标的权重 10",
    });
    expect(commitCell(satisfaction, "overrideScore", "-1")).toEqual({ error: "调整得分“-1”不能为负数" });
    expect(commitCell({ ...satisfaction, override: { score: "9", reason: "扣1分" } }, "weight", "8")).toEqual({
      error: "权重 8 低于已填写的调整得分 9，请先修改调整得分",
    });
  });

  it("refuses letters in 完成值 of a quantitative row, not in a qualitative one", () => {
    expect(commitCell(satisfaction, "actual", "九十")).toEqual({
      error: "完成值“九十”不是数字（该指标为定量指标，指标值 95）",
    });
    expect(commitCell(satisfaction, "actual", "９３％")).toEqual({ fields: { actual: "９３％" }, draft: null });
    expect(commitCell(satisfaction, "actual", "—")).toEqual({ fields: { actual: "—" }, draft: null });
    const qualitative: Indicator = {
      level1: "效益指标",
      level3: "群众认可",
      operator: "定性",
      target: "较为认可",
      actual: "认可",
      weight: "5",
    };
    expect(commitCell(qualitative, "actual", "基本认可")).toEqual({ fields: { actual: "基本认可" }, draft: null });
  });
});
