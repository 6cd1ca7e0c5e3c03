import { describe, expect, it } from "vitest";
import { checkText } from "../check-text.ts";

const summary = (text: string) => checkText(text, { year: 2024 }).map((f) => [f.code, f.expected, f.found]);

describe("changes against the year's budget", () => {
  it("takes the budget as this year's figure plus the decrease: 6 ÷ (54 + 6) = 10.00%", () => {
    const text = "2024年度“三公”经费54万元，较上年减少6万元，下降10.00%，较年初预算数减少6万元，下降10.00%。";
    expect(summary(text)).toEqual([]);
    expect(summary(text.replace(/下降10\.00%。$/, "下降11.11%。"))).toEqual([
      ["PROSE-CHANGE-RATE", "10.00%", "11.11%"],
    ]);
  });

  it("takes this year's figure minus an increase, or the budget the sentence names", () => {
    // 12.5 ÷ (62.5 − 12.5) = 25.00%; 3 ÷ 40 = 7.50%.
    expect(summary("本年支出62.50万元，比调整后预算增加12.50万元，增长25.00%。")).toEqual([]);
    expect(summary("本年支出62.50万元，比调整后预算增加12.50万元，增长20.00%。")).toEqual([
      ["PROSE-CHANGE-RATE", "25.00%", "20.00%"],
    ]);
    expect(summary("本年支出37.00万元，较年初预算40.00万元减少3.00万元，下降7.50%。")).toEqual([]);
    expect(summary("本年支出37.00万元，较年初预算40.00万元减少3.00万元，下降8.11%。")).toEqual([
      ["PROSE-CHANGE-RATE", "7.50%", "8.11%"],
    ]);
  });

  it("leaves last year's budget, amounts without a rate and clashing verbs alone", () => {
    expect(summary("本年三公经费预算54万元，比上年预算减少6万元，下降10.00%。")).toEqual([]);
    expect(summary("公务接待费20万元，较年初预算数减少1万元，主要是厉行节约。")).toEqual([]);
    expect(summary("公务接待费20万元，较年初预算数减少1万元，增长3.00%。").map((s) => s[0])).not.toContain(
      "PROSE-CHANGE-RATE",
    );
  });
});
