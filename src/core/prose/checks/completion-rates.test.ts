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

  it("takes a part's 0% on nothing spent as right after a whole with its budget (闵行区教育局 2020)", () => {
    const text =
      "“三公”经费财政拨款支出年初预算为683.51万元,支出决算为358.18万元,完成预算的52.4%,其中:因公出国(境)费决算为0万元,完成预算的0%;公务接待费支出决算为41.61万元,完成预算的22.12%。";
    expect(checkText(text, { year: 2020 }).map((f) => f.code)).not.toContain("PROSE-ZERO-BASE-LIKELY");
  });

  it("warns about 完成预算0% on nothing spent when the budget is not stated (seed 004 因公出国)", () => {
    const [finding] = checkText("1.因公出国（境）经费支出0万元，完成预算0%。", { year: 2023 });
    expect([finding?.code, finding?.severity, finding?.expected]).toEqual(["PROSE-ZERO-BASE-LIKELY", "warning", "—"]);
    expect(summary("因公出国（境）经费支出0万元，完成预算100%。")).toEqual([
      ["PROSE-COMPLETION-RATE", "0%或—", "100%"],
    ]);
  });

  it("says a mislabelled budget of a 元 text, and then judges the rate in 元 (23.42% for 23.41%)", () => {
    const text = "本年三公经费预算为200,000.00万元,支出决算为46,830.00元,完成预算的23.42%。上年支出52,000.00元。";
    // 46,830.00 ÷ 200,000.00 = 0.23415 → 23.42% is right in 元; 23.43% is one off in the last digit.
    expect(summary(text)).toEqual([["PROSE-UNIT-WRONG", "200000.00元", "200000.00万元"]]);
    expect(summary(text.replace("23.42%", "23.43%"))).toEqual([
      ["PROSE-UNIT-WRONG", "200000.00元", "200000.00万元"],
      ["PROSE-PERCENT-ROUNDING", "23.42%", "23.43%"],
    ]);
    // A rate far from either reading is not blamed on the label.
    expect(summary(text.replace("23.42%", "50.00%")).map((s) => s[0])).toEqual(["PROSE-COMPLETION-RATE"]);
  });

  it("does not measure a part's rate against the whole's budget once the whole's rate is stated", () => {
    const text =
      "三公经费预算为30.00万元,支出决算为15.00万元,完成预算的50.00%。其中:公务接待费支出决算为6.00万元,完成预算的75.00%;公务用车支出决算为9.00万元,完成预算的40.91%。";
    expect(summary(text)).toEqual([]);
    // The whole's own rate is still checked against its budget.
    expect(summary(text.replace("50.00%", "55.00%")).map((s) => s[0])).toEqual(["PROSE-COMPLETION-RATE"]);
    // A 其中 with no rate before it does not hide the budget: 27.00 ÷ 30.00 = 90.00%.
    const noEarlierRate = "年初预算30.00万元，其中财政拨款30.00万元。全年支出27.00万元，完成预算的90.00%。";
    expect(summary(noEarlierRate)).toEqual([]);
    expect(summary(noEarlierRate.replace("90.00%", "80.00%")).map((s) => s[0])).toEqual(["PROSE-COMPLETION-RATE"]);
  });

  it("stays silent when no budget is stated beside a non-zero spending", () => {
    expect(summary("支出决算为基本支出296.11万元，完成预算100%，决算与预算数持平。")).toEqual([]);
  });
});
