import { describe, expect, it } from "vitest";
import { wanToFen } from "../../money/fen.ts";
import { budgetComparisonText, completionAgainstText, shareOfText } from "../phrases.ts";

const w = wanToFen;

describe("phrases added for the 决算说明", () => {
  it("names what a share is of, and gives — for a zero total", () => {
    expect(shareOfText(w("874.05"), w("874.05"), "本年支出合计")).toBe("占本年支出合计的100.00%");
    expect(shareOfText(w("30"), w("40"), "政府采购支出总额")).toBe("占政府采购支出总额的75.00%");
    expect(shareOfText(0, 0, "政府采购支出总额")).toBe("占政府采购支出总额的—");
  });

  it("completes a named budget, and writes a zero budget with its unit and —", () => {
    expect(completionAgainstText(w("7.60"), w("7.6"), "全年预算")).toBe("完成全年预算的100.00%");
    expect(completionAgainstText(w("12.5"), w("15"), "全年预算")).toBe("完成全年预算的83.33%");
    expect(completionAgainstText(0, 0, "全年预算")).toBe("全年预算数为0.00万元，完成率为—");
  });

  it("compares the actual with the budget and gives the difference", () => {
    expect(budgetComparisonText(w("12"), w("12"))).toBe("决算数等于预算数");
    expect(budgetComparisonText(w("60"), w("64.5"))).toBe("决算数小于预算数4.50万元");
    expect(budgetComparisonText(w("30"), w("25"))).toBe("决算数大于预算数5.00万元");
  });
});
