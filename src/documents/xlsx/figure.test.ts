import { describe, expect, it } from "vitest";
import { Dec } from "../../core/numbers/decimal.ts";
import { count, money, percent, score, showFigure as formatFigure } from "../../core/forms/figure.ts";
import { figureCellValue, figureNumFmt } from "./figure.ts";

describe("figures", () => {
  it("show money in 万元 with two decimals, from exact 分", () => {
    expect(formatFigure(money(31_820_000))).toBe("31.82");
    expect(formatFigure(money(0))).toBe("0.00");
    // 0.071 4 万元 + 0.114 4 万元 = 0.185 8 → 0.19, rounded half-up once.
    expect(formatFigure(money(185_800))).toBe("0.19");
    expect(figureCellValue(money(185_800))).toBe(0.19);
    expect(figureNumFmt(money(1))).toBe("0.00");
  });

  it("round rates half-up and show an undefined rate as —", () => {
    expect(formatFigure(percent(new Dec("98.245"), 2))).toBe("98.25%");
    expect(formatFigure(percent(null, 2))).toBe("—");
    expect(figureCellValue(percent(new Dec("98.245"), 2))).toBe(0.9825);
    expect(figureCellValue(percent(null, 2))).toBe("—");
    expect(figureNumFmt(percent(new Dec(1), 2))).toBe("0.00%");
    expect(figureNumFmt(percent(new Dec(1), 0))).toBe("0%");
  });

  it("show scores to the profile's decimals without trailing zeros", () => {
    expect(formatFigure(score(new Dec(90).div(95).times(10), 2))).toBe("9.47");
    expect(formatFigure(score(new Dec("9.825"), 1))).toBe("9.8");
    expect(formatFigure(score(new Dec("9.995"), 2))).toBe("10");
    expect(formatFigure(score(new Dec(10), 2))).toBe("10");
    expect(formatFigure(score(null, 2))).toBe("—");
    expect(figureCellValue(score(new Dec("14.2105"), 2))).toBe(14.21);
    expect(figureNumFmt(score(new Dec(1), 2))).toBe("General");
    expect([formatFigure(count(21)), figureCellValue(count(21))]).toEqual(["21", 21]);
  });
});
