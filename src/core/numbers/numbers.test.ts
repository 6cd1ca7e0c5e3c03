import { describe, expect, it } from "vitest";
import { showAmount, showPercent } from "../display/show-number.ts";
import { fenToWan, sumFen, wanToFen, yuanToFen } from "../money/fen.ts";
import { DASH, Dec, changeRate, compareDecimals, formatFixed, formatTrimmed, percentOf } from "./decimal.ts";

describe("money in 分", () => {
  it("adds the 凉山 parts exactly: 468.99 + 405.06 = 874.05", () => {
    expect(sumFen([wanToFen("468.99"), wanToFen("405.06")])).toBe(wanToFen("874.05"));
    expect(sumFen([wanToFen("309.27"), wanToFen("95.79")])).toBe(wanToFen("405.06"));
  });
  it("converts both ways without floats", () => {
    expect(wanToFen("0.1")).toBe(100_000);
    expect(yuanToFen("0.1")).toBe(10);
    expect(showAmount(wanToFen("0.1") + wanToFen("0.2"))).toBe("0.30");
    expect(fenToWan(71_400).toString()).toBe("0.0714");
    expect(() => wanToFen("1e3")).toThrow(RangeError);
  });
  it("shifts the digits exactly, at the edges of 分 and of safe integers", () => {
    expect(wanToFen("874.05")).toBe(874_050_000);
    expect(wanToFen("-3.42")).toBe(-3_420_000);
    expect(wanToFen("0.000001")).toBe(1);
    expect(wanToFen("0.0000010")).toBe(1);
    expect(wanToFen("000012.5")).toBe(12_500_000);
    expect(Object.is(wanToFen("-0"), 0)).toBe(true);
    // 15 digits are read digit by digit, 16 the long way: both give the exact 分.
    expect(wanToFen("999999999.999999")).toBe(999_999_999_999_999);
    expect(wanToFen("1234567890.123456")).toBe(1_234_567_890_123_456);
    expect(wanToFen("9007199254.740991")).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => wanToFen("9007199254.740992")).toThrow("金额过大");
    expect(() => wanToFen("1.0000001")).toThrow("金额精度超过分");
    expect(() => yuanToFen("0.001")).toThrow("金额精度超过分");
    expect(yuanToFen("0.010")).toBe(1);
    for (const bad of ["1.", ".5", "", "1,000", "１"]) expect(() => wanToFen(bad)).toThrow("不是数字");
  });
});

describe("rates", () => {
  it("rounds half-up once, at display", () => {
    expect(formatFixed(new Dec("9.825"), 2)).toBe("9.83");
    expect(formatFixed(new Dec("9.825"), 1)).toBe("9.8");
    expect(formatFixed(new Dec("2.945"), 2)).toBe("2.95");
    expect(formatTrimmed(new Dec("10.00"), 2)).toBe("10");
  });
  it("computes shares and changes, with — for a zero base", () => {
    expect(showPercent(percentOf(46899, 87405))).toBe("53.66%");
    expect(showPercent(changeRate("874.05", "877.47"))).toBe("-0.39%");
    expect(showPercent(changeRate("7.60", "56.79"))).toBe("-86.62%");
    expect(percentOf(5, 0)).toBeNull();
    expect(showPercent(null)).toBe(DASH);
  });
});

describe("compareDecimals", () => {
  it("answers as comparedTo does, signs, zeros, lengths, NaN and infinities included", () => {
    const texts = ["0", "-0", "1", "-1", "10", "9.99", "10.0000001", "100", "1e-7", "-1e-7", "123456789.123456789"];
    const values = [...texts.map((t) => new Dec(t)), new Dec(NaN), new Dec(Infinity), new Dec(-Infinity)];
    values.push(new Dec(2).div(3), new Dec(-2).div(3), new Dec(1).div(3));
    for (const x of values) {
      for (const y of values) {
        const expected = x.comparedTo(y);
        expect(Object.is(compareDecimals(x, y), expected), `${x} vs ${y}`).toBe(true);
      }
    }
  });
});
