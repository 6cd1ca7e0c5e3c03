import { describe, expect, it } from "vitest";
import { checkText } from "../check-text.ts";

const summary = (text: string) => checkText(text, { year: 2024 }).map((f) => [f.code, f.expected, f.found]);

describe("completion of budget", () => {
  it("accepts a rate that matches the stated budget and spending", () => {
    expect(summary("年初预算12万元，主要用于论文评选。项目用于评优奖优等支出12万元，预算执行率100%。")).toEqual([]);
    expect(summary("年初预算12万元，全年支出11万元，预算执行率91.67%。")).toEqual([]);
  });

  it("finds a wrong rate, and accepts a rate against either of two stated budgets", () => {
    expect(summary("年初预算12万元，全年支出11万元，预算执行率95.67%。")).toEqual([
      ["PROSE-COMPLETION-RATE", "91.67%", "95.67%"],
    ]);
    expect(summary("年初预算50万元，调整后预算44.29万元，全年支出44.29万元，预算执行率100%。")).toEqual([]);
    expect(summary("年初预算50万元，调整后预算44.29万元，全年支出44.29万元，预算执行率88.58%。")).toEqual([]);
  });

  it("judges the rate against the budget it fits best, and names the others when it fits none", () => {
    expect(summary("年初预算100万元，调整预算120万元，实际支出118万元，执行率98%。")).toEqual([
      ["PROSE-PERCENT-PRECISION", "98.33%", "98%"],
    ]);
    const [finding] = checkText("年初预算100万元，调整预算120万元，实际支出118万元，执行率96.33%。", { year: 2024 });
    expect([finding?.code, finding?.expected]).toEqual(["PROSE-COMPLETION-RATE", "98.33%"]);
    expect(finding?.message).toContain("按文中其他预算数100万元计算也不符");
  });

  it("reads only the amount nearest the rate as what it measures", () => {
    expect(summary("年初预算12万元，上年结转资金3万元，预算执行率100%。")).toEqual([]);
  });

  it("wants “—” when the budget is stated as 0", () => {
    expect(summary("预算0万元，支出0万元，完成预算0%。")).toEqual([["PROSE-ZERO-BASE-ZERO", "—", "0%"]]);
  });

  it("warns about 完成预算0% on nothing spent when the budget is not stated (seed 004 因公出国)", () => {
    const [finding] = checkText("1.因公出国（境）经费支出0万元，完成预算0%。", { year: 2023 });
    expect([finding?.code, finding?.severity, finding?.expected]).toEqual(["PROSE-ZERO-BASE-LIKELY", "warning", "—"]);
    expect(summary("因公出国（境）经费支出0万元，完成预算100%。")).toEqual([
      ["PROSE-COMPLETION-RATE", "0%或—", "100%"],
    ]);
  });

  it("stays silent when no budget is stated beside a non-zero spending", () => {
    expect(summary("支出决算为基本支出296.11万元，完成预算100%，决算与预算数持平。")).toEqual([]);
  });
});
