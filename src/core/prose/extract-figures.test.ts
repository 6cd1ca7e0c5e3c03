import { describe, expect, it } from "vitest";
import { extractFigures, figureFen, halfUnitFen, isMoney } from "./extract-figures.ts";

describe("extractFigures", () => {
  it("reads amounts and shares with their units, labels and clauses", () => {
    const figures = extractFigures("本年支出合计874.05万元，其中：基本支出468.99万元，占53.65%；");
    expect(figures.map((f) => [f.number, f.unit, f.label, f.clause])).toEqual([
      ["874.05", "万元", "本年支出合计", 0],
      ["468.99", "万元", "基本支出", 2],
      ["53.65", "%", "占", 3],
    ]);
    expect(figures[2]?.decimals).toBe(2);
  });

  it("tells a bare number from another measure and leaves out dates, years and ordinals", () => {
    const figures = extractFigures("第38届大赛于2023年12月14日举行，共48人参加，减少23.52。");
    expect(figures.map((f) => [f.number, f.unit])).toEqual([
      ["48", "other"],
      ["23.52", null],
    ]);
  });

  it("reads full-width digits and thousands separators", () => {
    const [figure] = extractFigures("收入８，７４０，５００元");
    expect(figure?.number).toBe("8740500");
    expect(figure?.unit).toBe("元");
    expect(figure && figureFen(figure)).toBe(874_050_000);
  });

  it("marks asides in brackets", () => {
    const figures = extractFigures("项目支出经费214万元（不含转移支付项目50万元）");
    expect(figures.map((f) => [f.number, f.inParentheses])).toEqual([
      ["214", false],
      ["50", true],
    ]);
  });

  it("splits list items at 、 only after an amount", () => {
    const figures = extractFigures("工资福利支出、对个人和家庭补助支出417.82万元、公用经费51.17万元");
    expect(figures.map((f) => [f.label, f.clause])).toEqual([
      ["工资福利支出、对个人和家庭补助支出", 0],
      ["公用经费", 1],
    ]);
  });

  it("converts amounts to 分 and gives half a unit of the last printed digit", () => {
    const [wan, yuan, yi, fine] = extractFigures("7.6万元、6.04元、1.2亿元、0.0714万元");
    expect(wan && figureFen(wan)).toBe(7_600_000);
    expect(yuan && figureFen(yuan)).toBe(604);
    expect(yi && figureFen(yi)).toBe(12_000_000_000);
    expect(fine && figureFen(fine)).toBe(71_400);
    expect(wan && halfUnitFen(wan).toNumber()).toBe(5_000);
    expect(fine && halfUnitFen(fine).toNumber()).toBe(50);
    expect(yuan && isMoney(yuan)).toBe(true);
  });
});
