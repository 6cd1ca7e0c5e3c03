import { describe, expect, it } from "vitest";
import { formatFen, formatFenAsWan, formatPercent, formatWanText } from "./format.ts";

describe("display formats", () => {
  it("shows 分 as 元 with two decimals and separators", () => {
    expect(formatFen(123456789)).toBe("1,234,567.89");
    expect(formatFen(-5)).toBe("-0.05");
    expect(formatFen(null)).toBe("—");
  });
  it("shows 分 as 万元 with two decimals, half-up", () => {
    expect(formatFenAsWan(874_050_000)).toBe("874.05");
    expect(formatFenAsWan(12_345)).toBe("0.01");
    expect(formatFenAsWan(4_999)).toBe("0.00");
    expect(formatFenAsWan(-12_710_000)).toBe("-12.71");
  });
  it("shows a stored 万元 text with two decimals, half-up on the digits", () => {
    expect(formatWanText("127.1")).toBe("127.10");
    expect(formatWanText("1234.005")).toBe("1,234.01");
    expect(formatWanText("0.004")).toBe("0.00");
    expect(formatWanText("-0.004")).toBe("0.00");
    expect(formatWanText("abc")).toBe("—");
    expect(formatWanText(undefined)).toBe("—");
  });
  it("gives — for a zero or missing base", () => {
    expect(formatPercent(12488, 12710)).toBe("98.25%");
    expect(formatPercent(1, 0)).toBe("—");
    expect(formatPercent(null, 5)).toBe("—");
  });
});
