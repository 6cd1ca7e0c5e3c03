import { describe, expect, it } from "vitest";
import { Dec } from "../numbers/decimal.ts";
import { judgePrintedValue } from "../numbers/printed-verdict.ts";
import { readPrintedChange, readPrintedRate, shareRangeOverRounding } from "./printed-values.ts";

describe("readPrintedChange", () => {
  it("splits amount and rate and keeps each verb", () => {
    const change = readPrintedChange("各减少3.42万元，下降4%");
    expect(change.amount).toMatchObject({ direction: "decrease", valueText: "3.42", unit: "万元" });
    expect(change.rate).toMatchObject({ direction: "decrease", valueText: "4", unit: "%" });
  });
  it("skips years and reads a number without unit or verb", () => {
    expect(readPrintedChange("比2022年度增加1.84万元").amount).toMatchObject({
      direction: "increase",
      valueText: "1.84",
    });
    expect(readPrintedChange("上年度148.40万元，减少23.52。").amount).toMatchObject({
      valueText: "23.52",
      direction: "decrease",
      unit: null,
    });
    expect(readPrintedChange("减少23.52。").amount).toMatchObject({ valueText: "23.52", unit: null });
    expect(readPrintedChange("2024年“三公”经费决算支出与去年相比持平。")).toMatchObject({
      flat: true,
      amount: null,
      rate: null,
    });
    expect(readPrintedChange("各3.42万元").amount).toMatchObject({ direction: null, verb: null, valueText: "3.42" });
  });
  it("reads the rate nouns 增幅/降幅 as the direction of the rate (青岛市政协 “增幅63.84%”)", () => {
    expect(readPrintedChange("增幅63.84%").rate).toMatchObject({ direction: "increase", valueText: "63.84" });
    expect(readPrintedChange("降幅为12.5%").rate).toMatchObject({ direction: "decrease", valueText: "12.5" });
  });
  it("reads a traditional-character copy like its original (“比2025年減少603.68萬元”)", () => {
    expect(readPrintedChange("比2025年減少603.68萬元").amount).toMatchObject({
      direction: "decrease",
      valueText: "603.68",
      unit: "万元",
    });
  });
  it("marks unfilled templates", () => {
    const change = readPrintedChange("增加/减少0万元");
    expect(change.placeholder).toBe(true);
    expect(change.amount?.direction).toBeNull();
  });
});

describe("readPrintedRate", () => {
  it("reads the first rate of a phrase, a bare number, ‱ and a dash", () => {
    expect(readPrintedRate("完成预算的100%，完成预算100%")).toMatchObject({
      numberText: "100",
      decimals: 0,
      sign: "%",
    });
    expect(readPrintedRate("98.25")).toMatchObject({ numberText: "98.25", sign: null });
    const perTenThousand = readPrintedRate("7526.52‱");
    expect(perTenThousand !== "dash" && perTenThousand?.value.toString()).toBe("75.2652");
    expect(readPrintedRate("—")).toBe("dash");
    expect(readPrintedRate("较为认可")).toBeNull();
  });
});

describe("shareRangeOverRounding", () => {
  it("explains 97.55% for 7.41 ÷ 7.60 but not 53.65% for 468.99 ÷ 874.05", () => {
    const rate = (text: string) => {
      const r = readPrintedRate(text);
      if (r === null || r === "dash") throw new Error(text);
      return r;
    };
    const judge = (part: string, base: string, printed: string) =>
      judgePrintedValue(rate(printed), new Dec(part).div(base).times(100), {
        range: shareRangeOverRounding(part, base),
      });
    expect(judge("7.41", "7.6", "97.55%")).toBe("displayRounding");
    expect(judge("468.99", "874.05", "53.65%")).toBe("truncated");
  });
});
