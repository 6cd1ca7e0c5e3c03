import { describe, expect, it } from "vitest";
import { Dec } from "./decimal.ts";
import { judgePrintedValue, type ValueRange, ratioRange } from "./printed-verdict.ts";

const printed = (text: string) => ({
  value: new Dec(text),
  decimals: text.includes(".") ? (text.split(".")[1]?.length ?? 0) : 0,
});
const half = new Dec(5_000);
const fen = (wan: string) => new Dec(wan).times(1_000_000);
const share = (part: string, total: string) => ({
  exact: fen(part).div(fen(total)).times(100),
  range: ratioRange(fen(part), half, fen(total), half),
});

/** As the reports' percentages are judged: two decimals expected. */
const judgePercent = (value: { value: Dec; decimals: number }, exact: Dec, range: ValueRange | null) =>
  judgePrintedValue(value, exact, { expectedDecimals: 2, range });

describe("judgePrintedValue", () => {
  it("judges at the printed precision when no precision is expected", () => {
    expect(judgePrintedValue(printed("53.65"), new Dec("53.657"))).toBe("truncated");
    expect(judgePrintedValue(printed("9.8"), new Dec("9.8253"))).toBe("exact");
    expect(judgePrintedValue(printed("4"), new Dec("0.39"))).toBe("wrong");
  });

  it("says a score printed with fewer decimals than the profile's is right only at its own precision", () => {
    expect(judgePrintedValue(printed("9.8"), new Dec("9.825"), { expectedDecimals: 2 })).toBe("lowPrecision");
    expect(judgePrintedValue(printed("9.8"), new Dec("9.8"), { expectedDecimals: 2 })).toBe("exact");
    expect(judgePrintedValue(printed("9.83"), new Dec("9.825"), { expectedDecimals: 2 })).toBe("exact");
  });

  it("accepts a value rounded half-up at its printed precision", () => {
    const { exact, range } = share("468.99", "874.05");
    expect(judgePercent(printed("53.66"), exact, range)).toBe("exact");
    expect(judgePercent(printed("3.6"), share("127.37", "3537.34").exact, null)).toBe("exact");
  });

  it("calls truncation truncation when no rounding of the amounts explains it", () => {
    const { exact, range } = share("468.99", "874.05");
    expect(judgePercent(printed("53.65"), exact, range)).toBe("truncated");
    const social = share("207.89", "3537.34");
    expect(judgePercent(printed("5.87"), social.exact, social.range)).toBe("truncated");
  });

  it("does not call a figure truncated when the rounding of the amounts explains it (青岛市政协 13.18%)", () => {
    // 117 − 13.63 = 103.37; 13.63 ÷ 103.37 = 13.186% cut off is 13.18, and 13.625 ÷ 103.375 = 13.180% rounds to it.
    const exact = fen("13.63").div(fen("103.37")).times(100);
    const range = ratioRange(fen("13.63"), half, fen("103.37"), half.times(2));
    expect(judgePercent(printed("13.18"), exact, range)).toBe("displayRounding");
    expect(judgePercent(printed("13.18"), exact, null)).toBe("truncated");
  });

  it("explains 2.95% for 25.74 ÷ 874.05 = 2.9449% by the rounding of the 万元 amounts", () => {
    const { exact, range } = share("25.74", "874.05");
    expect(exact.toFixed(4)).toBe("2.9449");
    expect(range?.max.greaterThanOrEqualTo("2.945")).toBe(true);
    expect(judgePercent(printed("2.95"), exact, range)).toBe("displayRounding");
    expect(judgePercent(printed("2.95"), exact, null)).toBe("offByOne");
  });

  it("flags two decimals missing only when they would differ", () => {
    const exact = new Dec("0.04").div("0.15").times(100);
    expect(judgePercent(printed("27"), exact, null)).toBe("lowPrecision");
    expect(judgePercent(printed("100"), new Dec(100), null)).toBe("exact");
  });

  it("calls anything else wrong", () => {
    expect(judgePercent(printed("4"), new Dec("3.42").div("877.47").times(100), null)).toBe("wrong");
    expect(judgePercent(printed("647.24"), new Dec("49.19").div("56.79").times(100), null)).toBe("wrong");
  });

  it("has no range when the denominator can reach zero", () => {
    expect(ratioRange(new Dec(0), half, new Dec(4_000), half)).toBeNull();
  });
});
