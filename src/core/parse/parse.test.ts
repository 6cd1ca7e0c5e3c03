import { describe, expect, it } from "vitest";
import { parseAmount, toCanonicalWan } from "./parse-amount.ts";
import { parseMeasure, unitScale } from "./parse-measure.ts";
import { isNonCanonicalGlyph, parseOperator } from "./parse-operator.ts";
import { parsePercent } from "./parse-percent.ts";
import { normalizeWidth, parsePlainNumber } from "./normalize-text.ts";

describe("parseAmount", () => {
  it("reads 万元 with or without its suffix as integer 分", () => {
    expect(parseAmount("874.05")).toEqual({ kind: "amount", fen: 874_050_000, unitWritten: null });
    expect(parseAmount("874.05万元")).toEqual({ kind: "amount", fen: 874_050_000, unitWritten: "万元" });
    expect(parseAmount("0.0714万元")).toEqual({ kind: "amount", fen: 71_400, unitWritten: "万元" });
  });
  it("reads 元 with thousands separators and full-width digits", () => {
    expect(parseAmount("8,740,500元")).toEqual({ kind: "amount", fen: 874_050_000, unitWritten: "元" });
    expect(parseAmount("８７４．０５万元")).toEqual({ kind: "amount", fen: 874_050_000, unitWritten: "万元" });
    expect(parseAmount("1234.5", { defaultUnit: "元" })).toEqual({ kind: "amount", fen: 123_450, unitWritten: null });
  });
  it("keeps blank, dash and zero apart", () => {
    expect(parseAmount("")).toEqual({ kind: "blank" });
    expect(parseAmount("  ")).toEqual({ kind: "blank" });
    expect(parseAmount(undefined)).toEqual({ kind: "blank" });
    expect(parseAmount("——")).toEqual({ kind: "dash" });
    expect(parseAmount("/")).toEqual({ kind: "dash" });
    expect(parseAmount("0")).toEqual({ kind: "amount", fen: 0, unitWritten: null });
  });
  it("explains bad input in Chinese instead of throwing", () => {
    const bad = parseAmount("八百万");
    expect(bad.kind).toBe("invalid");
    expect(bad.kind === "invalid" && bad.message).toContain("无法识别的金额");
    const tooFine = parseAmount("0.0000001万元");
    expect(tooFine.kind === "invalid" && tooFine.message).toContain("精度超过分");
    expect(parseAmount(Number.NaN).kind).toBe("invalid");
  });
  it("gives the canonical 万元 text of what was typed", () => {
    expect(toCanonicalWan("8,740,500元")).toBe("874.05");
    expect(toCanonicalWan("12万元")).toBe("12");
    expect(toCanonicalWan("-0.19")).toBe("-0.19");
    expect(toCanonicalWan("")).toBeNull();
    expect(() => toCanonicalWan("abc")).toThrow(/无法识别/);
  });
});

describe("parsePercent", () => {
  it("reads ％ and %, and notes a missing sign", () => {
    expect(parsePercent("98.25%")?.percent.toString()).toBe("98.25");
    expect(parsePercent("９８．２５％")?.sign).toBe("%");
    expect(parsePercent("98.25")?.sign).toBeNull();
  });
  it("converts per ten thousand to percent", () => {
    const parsed = parsePercent("7526.52‱");
    expect(parsed?.percent.toString()).toBe("75.2652");
    expect(parsed?.sign).toBe("‱");
  });
  it("returns null for words", () => {
    expect(parsePercent("较高")).toBeNull();
  });
});

describe("parseOperator", () => {
  it("normalises the glyphs seen in real tables", () => {
    expect(parseOperator("≧")).toBe("≥");
    expect(parseOperator("≦")).toBe("≤");
    expect(parseOperator("＝")).toBe("=");
    expect(parseOperator("＞")).toBe(">");
    expect(parseOperator("＜")).toBe("<");
    expect(parseOperator("定性")).toBe("定性");
    expect(parseOperator("约")).toBeNull();
    expect(isNonCanonicalGlyph("≧")).toBe(true);
    expect(isNonCanonicalGlyph("≥")).toBe(false);
  });
});

describe("parseMeasure", () => {
  it("splits operator, number and unit", () => {
    const m = parseMeasure("≧2万人次");
    expect(m.operator).toBe("≥");
    expect(m.glyph).toBe("≧");
    expect(m.value?.toString()).toBe("2");
    expect(m.unit).toBe("万人次");
    expect(parseMeasure("≥20 名").unit).toBe("名");
    expect(parseMeasure("25000").unit).toBeNull();
    expect(parseMeasure("95％").unit).toBe("%");
  });
  it("keeps qualitative text as text", () => {
    const m = parseMeasure("较为认可");
    expect(m.value).toBeNull();
    expect(m.text).toBe("较为认可");
    expect(parseMeasure("2022年1-12月前").value).toBeNull();
  });
  it("shares one frozen result per text, so no reader can change another's", () => {
    const first = parseMeasure("≥95%");
    expect(parseMeasure("≥95%")).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => {
      (first as { unit: string | null }).unit = "人";
    }).toThrow(TypeError);
    expect(parseMeasure("≥95%").unit).toBe("%");
    expect(parseMeasure(undefined)).toBe(parseMeasure(""));
  });
  it("knows how 万-units scale", () => {
    expect(unitScale("万人次", "人次")?.toString()).toBe("10000");
    expect(unitScale("人次", "万人次")?.toString()).toBe("0.0001");
    expect(unitScale("%", "人")).toBeNull();
  });
});

describe("normalizeWidth / parsePlainNumber", () => {
  it("maps full-width digits and signs", () => {
    expect(normalizeWidth("１２３．４５％")).toBe("123.45%");
    expect(parsePlainNumber("1,234.50")).toBe("1234.50");
    expect(parsePlainNumber("12,34")).toBeNull();
    expect(parsePlainNumber(".5")).toBe("0.5");
  });
});
