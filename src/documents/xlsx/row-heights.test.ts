import { describe, expect, it } from "vitest";
import { heightForLines, linesNeeded, textWidthUnits } from "./row-heights.ts";

describe("row heights", () => {
  it("counts CJK characters about twice as wide as digits", () => {
    expect(textWidthUnits("项目", 10)).toBeCloseTo(3.8);
    expect(textWidthUnits("12", 10)).toBeCloseTo(2.1);
  });

  it("wraps text to the lines it needs in a column, and keeps explicit line breaks", () => {
    expect(linesNeeded("", 10, 10)).toBe(1);
    expect(linesNeeded("一二三四五六七八九十", 20, 10)).toBe(1);
    expect(linesNeeded("一二三四五六七八九十", 10, 10)).toBe(3);
    expect(linesNeeded("甲\n乙", 20, 10)).toBe(2);
  });

  it("never exceeds Excel's 409-point row limit", () => {
    expect(heightForLines(1, 10)).toBe(20);
    expect(heightForLines(100, 10)).toBe(409);
  });
});
