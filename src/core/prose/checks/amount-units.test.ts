import { describe, expect, it } from "vitest";
import { checkText } from "../check-text.ts";

const summary = (text: string) => checkText(text, { year: 2024 }).map((f) => [f.code, f.expected, f.found]);

describe("PROSE-UNIT-MISSING", () => {
  it("finds an amount with no unit after money words (seed 004)", () => {
    expect(summary("2023年度一般公共预算支出决算数为874.05，完成预算142.24%。")).toEqual([
      ["PROSE-UNIT-MISSING", "874.05万元", "874.05"],
    ]);
  });

  it("finds a change with no unit in a sentence about 万元 (seed 001)", () => {
    expect(summary("其中本年度一般公共预算财政拨款收入124.88万元，上年度148.40万元，减少23.52。")).toEqual([
      ["PROSE-UNIT-MISSING", "23.52万元", "23.52"],
    ]);
  });

  it("asks for the unit the sentence, else the document, writes its amounts in (元, not 万元)", () => {
    expect(summary("本年预算收入52000元，上年预算收入58000，减少10.34%。")).toEqual([
      ["PROSE-UNIT-MISSING", "58000元", "58000"],
    ]);
    expect(summary("本年收入5200元，支出4800元。上年预算收入5800，减少10.34%。")).toEqual([
      ["PROSE-UNIT-MISSING", "5800元", "5800"],
    ]);
    expect(summary("本年收入52.00万元。上年预算收入58.00，减少10.34%。")).toEqual([
      ["PROSE-UNIT-MISSING", "58.00万元", "58.00"],
    ]);
  });

  it("leaves table cells, other measures and numbers with units alone", () => {
    expect(summary("\t其中：  一般公共预算：124.88\t基本支出：124.88")).toEqual([]);
    expect(summary("年末实有人数48人，减少2人，得分为97.94分，编制数为6（其中参公4个）。")).toEqual([]);
    expect(summary("部门财政资金结转结余0元。年初预算3万元，支出2.8万元。")).toEqual([]);
  });
});
