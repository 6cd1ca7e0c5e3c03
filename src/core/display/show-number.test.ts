import { describe, expect, it } from "vitest";
import { Dec } from "../numbers/decimal.ts";
import {
  messageAmountIn,
  showAmount,
  showAmountWithUnit,
  showMessageAmount,
  showPercent,
  showRatio,
  showScore,
  showStoredAmount,
} from "./show-number.ts";

describe("showAmount", () => {
  it("shows 分 in 万元 with two decimals, half-up, by default", () => {
    expect(showAmount(874_050_000)).toBe("874.05");
    expect(showAmount(874_055_000)).toBe("874.06");
    expect(showAmount(874_054_999)).toBe("874.05");
    expect(showAmount(-5_000)).toBe("-0.01");
    expect(showAmount(-4_999)).toBe("0.00");
    expect(showAmount(null)).toBe("—");
  });

  it("shows 元, groups thousands, keeps finer decimals and appends the unit when asked", () => {
    expect(showAmount(123_456, { unit: "元" })).toBe("1234.56");
    expect(showAmount(123_456_789_00, { unit: "元", grouped: true })).toBe("123,456,789.00");
    expect(showAmount(-1_234_567_800_00, { grouped: true })).toBe("-123,456.78");
    expect(showAmount(71_400, { places: "keep" })).toBe("0.0714");
    expect(showAmount(870_000_000, { places: "keep", withUnit: true })).toBe("870.00万元");
  });
});

describe("showStoredAmount", () => {
  it("shows a stored decimal text with two decimals, half-up, without floats", () => {
    expect(showStoredAmount("127.1")).toBe("127.10");
    expect(showStoredAmount("9999999.999999", { grouped: true })).toBe("10,000,000.00");
    expect(showStoredAmount("0.005")).toBe("0.01");
    expect(showStoredAmount("-0.004")).toBe("0.00");
    expect(showStoredAmount("12a")).toBe("—");
    expect(showStoredAmount(undefined)).toBe("—");
  });
});

describe("percentages and scores", () => {
  it("rounds a ratio of 分 half-up and gives — for a zero base", () => {
    expect(showRatio(1_248_800_00, 1_271_000_00)).toBe("98.25%");
    expect(showRatio(1, 8)).toBe("12.50%");
    expect(showRatio(5, 0)).toBe("—");
    expect(showRatio(null, 10)).toBe("—");
    expect(showPercent(new Dec("99.995"))).toBe("100.00%");
    expect(showPercent(null)).toBe("—");
  });

  it("prints a score at the profile's decimals, trimmed where the form prints it so", () => {
    expect(showScore(new Dec("9.825"), 2)).toBe("9.83");
    expect(showScore(new Dec("9.80"), 1, true)).toBe("9.8");
    expect(showScore(new Dec("10"), 2, true)).toBe("10");
    expect(showScore(null, 2)).toBe("—");
  });
});

describe("amounts in running text and in messages", () => {
  it("writes an amount with its unit: 万元 at two decimals half-up, 元 to the 分 grouped", () => {
    expect(showAmountWithUnit(874_050_000)).toBe("874.05万元");
    expect(showAmountWithUnit(71_400)).toBe("0.07万元");
    expect(showAmountWithUnit(-4_999)).toBe("0.00万元");
    expect(showAmountWithUnit(874_050_000, "元")).toBe("8,740,500.00元");
  });

  it("states a message amount with every decimal it has in 万元, and grouped to the 分 in 元", () => {
    expect(showMessageAmount(874_050_000)).toBe("874.05");
    expect(showMessageAmount(71_400)).toBe("0.0714");
    expect(showMessageAmount(-1)).toBe("-0.000001");
    expect(showMessageAmount(874_050_000, "元")).toBe("8,740,500.00");
    expect(messageAmountIn("元")(-5)).toBe("-0.05");
    expect(messageAmountIn("万元")(12_345)).toBe("0.012345");
  });
});

describe("the figures of the web page", () => {
  it("shows 分 as 元 and as 万元 with separators, half-up, and — for nothing", () => {
    expect(showAmount(123_456_789, { unit: "元", grouped: true })).toBe("1,234,567.89");
    expect(showAmount(-5, { unit: "元", grouped: true })).toBe("-0.05");
    expect(showAmount(12_345, { grouped: true })).toBe("0.01");
    expect(showAmount(4_999, { grouped: true })).toBe("0.00");
    expect(showAmount(-12_710_000, { grouped: true })).toBe("-12.71");
    expect(showAmount(1_234_567_890_000, { grouped: true })).toBe("1,234,567.89");
  });

  it("shows a stored 万元 text grouped, half-up on the digits", () => {
    expect(showStoredAmount("1234.005", { grouped: true })).toBe("1,234.01");
    expect(showStoredAmount("0.004", { grouped: true })).toBe("0.00");
    expect(showStoredAmount("0.0714", { places: "keep" })).toBe("0.0714");
    expect(showStoredAmount("127.1", { places: "keep" })).toBe("127.10");
  });

  it("rounds a page's execution rate half-up on exact decimals, not Math.round on a float", () => {
    expect(showRatio(12_488, 12_710)).toBe("98.25%");
    expect(showRatio(1, 0)).toBe("—");
    expect(showRatio(null, 5)).toBe("—");
    // −1 ÷ 20 000 = −0.005%: half-up (away from zero) gives −0.01%; Math.round(−0.5) gave "0.00%".
    expect(showRatio(-1, 20_000)).toBe("-0.01%");
  });
});
