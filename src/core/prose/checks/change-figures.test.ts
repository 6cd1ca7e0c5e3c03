import { describe, expect, it } from "vitest";
import { checkText } from "../check-text.ts";

const findingsOf = (text: string, year = 2023) => checkText(text, { year });
const summary = (text: string, year = 2023) => findingsOf(text, year).map((f) => [f.code, f.expected, f.found]);

describe("changes against last year", () => {
  it("computes the rate on last year's figure: 3.42 ÷ 877.47 = 0.39%, not 4% (seed 004)", () => {
    const text = "2023年度收、支总计均为874.05万元。与2022年度相比，收、支总计各减少3.42万元，下降4%。";
    const findings = findingsOf(text);
    expect(findings.map((f) => [f.code, f.expected, f.found])).toEqual([["PROSE-CHANGE-RATE", "0.39%", "4%"]]);
    expect(findings[0]?.message).toContain("3.42÷877.47，上年数=874.05+3.42");
    expect(findings[0]?.quote).toBe("与2022年度相比，收、支总计各减少3.42万元，下降4%。");
    expect(summary("2023年度收、支总计均为874.05万元。与2022年度相比，收、支总计各减少3.42万元，下降0.39%。")).toEqual(
      [],
    );
  });

  it("names a rate divided by this year's figure: 647.24% should be 86.62%", () => {
    const text = "2023年度“三公”经费财政拨款支出决算为7.6万元，完成预算100%，较上年度减少49.19万元，下降647.24%。";
    const [finding] = findingsOf(text);
    expect([finding?.code, finding?.expected, finding?.found]).toEqual(["PROSE-CHANGE-RATE", "86.62%", "647.24%"]);
    expect(finding?.message).toContain("49.19÷56.79");
    expect(finding?.message).toContain("分母应为上年数");
  });

  it("names a shifted decimal point: 37.3% should be 3.73%", () => {
    const text = "机关运行经费支出51.17万元，比2022年度增加1.84万元，增长37.3%。";
    const [finding] = findingsOf(text);
    expect([finding?.code, finding?.expected, finding?.found]).toEqual(["PROSE-CHANGE-RATE", "3.73%", "37.3%"]);
    expect(finding?.message).toContain("小数点错位");
    expect(
      summary(
        "公务用车购置及运行维护费支出7.41万元,完成预算100%。公务用车购置及运行维护费支出决算比2022年度较上年度减少49.23万元，下降86.92%。",
      ),
    ).toEqual([]);
  });

  it("notes a rate printed without two decimals: 27% for 0.04 ÷ 0.15 = 26.67%", () => {
    const text = "公务接待费支出0.19万元，完成预算100%。公务接待费支出决算比2022年度增加0.04万元，增长27%。";
    expect(summary(text)).toEqual([["PROSE-PERCENT-PRECISION", "26.67%", "27%"]]);
  });

  it("uses last year's figure when the sentence states it", () => {
    expect(summary("本年度基本支出124.88万元，上年度基本支出118.84万元，增加6.04万元，增长5.08%。")).toEqual([]);
    expect(summary("本年度基本支出124.88万元，上年度基本支出118.84万元，增加6.04万元，增长5.8%。")).toEqual([
      ["PROSE-CHANGE-RATE", "5.08%", "5.8%"],
    ]);
  });

  it("checks the change amount and its verb against the two stated figures", () => {
    expect(summary("2024年收入支出决算124.88万元，与2023年收入支出决算148.40万元相比，减少23.52万元。", 2024)).toEqual(
      [],
    );
    expect(summary("本年度基本支出124.88万元，上年度基本支出118.84万元，增加6.14万元。")).toEqual([
      ["PROSE-CHANGE-AMOUNT", "6.04万元", "6.14万元"],
    ]);
    expect(summary("本年度基本支出124.88万元，上年度基本支出118.84万元，减少6.04万元。")).toEqual([
      ["PROSE-CHANGE-VERB", "增加6.04万元", "减少"],
    ]);
    expect(summary("本年度经费为10万元，上年度经费10万元，增加0万元。")).toEqual([
      ["PROSE-CHANGE-VERB", "持平", "增加"],
    ]);
  });

  it("flags a verb for the amount that contradicts the verb for the rate", () => {
    expect(summary("支出51.17万元，比2022年度增加1.84万元，下降3.73%。").map((s) => s[0])).toContain(
      "PROSE-CHANGE-VERB",
    );
  });

  it("says the clash with the signed rate when a minus sign turns the direction round", () => {
    const clash = findingsOf("支出51.17万元，比上年减少1.84万元，下降-3.47%。").find(
      (f) => f.code === "PROSE-CHANGE-VERB",
    );
    expect(clash?.message).toBe("同一变动先说“减少”又说“下降-3.47%”，方向相反");
  });

  it("finds 元 written for 万元 when the 万元 figures give the same difference (seed 001)", () => {
    const text = "本年度基本支出124.88万元，上年度基本支出118.84万元，增加6.04元，主要原因是2024年的项目经费合并。";
    expect(summary(text, 2024)).toEqual([["PROSE-UNIT-WRONG", "6.04万元", "6.04元"]]);
  });

  it("finds the verb left out, and still checks the rate (seed 004)", () => {
    const text = "2023年度财政拨款收、支总计均为874.05万元。与2022年度相比，财政拨款收、支总计各3.42万元，下降4%。";
    expect(summary(text)).toEqual([
      ["PROSE-CHANGE-RATE", "0.39%", "4%"],
      ["PROSE-VERB-MISSING", "减少3.42万元", "3.42万元"],
    ]);
  });

  it("wants “—” for a rate on a zero base", () => {
    expect(summary("项目支出12万元，上年度项目支出0万元，增加12万元，增长100%。")).toEqual([
      ["PROSE-ZERO-BASE", "—", "100%"],
    ]);
  });

  it("takes this year's figure from an earlier sentence only when it names the same thing", () => {
    expect(summary("2023年度收入874.05万元。与2022年度相比，人员经费增加3万元，增长2%。")).toEqual([]);
    expect(summary("2023年度收入874.05万元。与2022年度相比，收入增加3万元，增长2%。")).toEqual([
      ["PROSE-CHANGE-RATE", "0.34%", "2%"],
    ]);
  });

  it("ignores verbs that are not changes against last year", () => {
    expect(summary("支出决算为296.11万元，比年初预算增加10万元，增长3.5%。")).toEqual([]);
    expect(summary("年中因职工正常晋级工资增加至417.82万元，减少结余资金。")).toEqual([]);
    expect(summary("年中因结转上年省级科普专项资金82.9万元以及执行财政压减10%会议费后，调整预算。")).toEqual([]);
    expect(summary("获奖数量较上一届增加138%。")).toEqual([]);
    expect(summary("上年末实有行政人员10人，本年度增加调入1人，减少外调1人。")).toEqual([]);
  });
});

describe("several changes in one sentence (G-MULTISUBJ)", () => {
  it("the total's change and a part's change are two statements: no clash of 增加 and 减少", () => {
    const text = "2024年度“三公”经费预算较2023年度增加2.50万元，其中公务接待费较上年同期减少0.40万元，减少3.20%。";
    expect(summary(text, 2024)).toEqual([]);
  });
  it("a change against the budget is left out of the change against last year", () => {
    const right =
      "2023年“三公”经费支出12.00万元，较年初预算数减少3.00万元，下降20.00%，较上年支出数减少1.00万元，下降7.69%。";
    expect(summary(right)).toEqual([]);
    // 8.33% is 1.00 ÷ 12.00, this year's figure as the base.
    const wrong = right.replace("下降7.69%", "下降8.33%");
    const findings = findingsOf(wrong);
    expect(findings.map((f) => [f.code, f.expected, f.found])).toEqual([["PROSE-CHANGE-RATE", "7.69%", "8.33%"]]);
    expect(findings[0]?.message).toContain("1.00÷13.00，上年数=12.00+1.00");
  });
  it("a second comparison word with no change amount of its own continues the statement (同比增长)", () => {
    expect(summary("2023年支出100万元，比上年增加10万元，同比增长11.11%。")).toEqual([]);
    expect(summary("2023年支出100万元，比上年增加10万元，同比增长10.00%。")).toEqual([
      ["PROSE-CHANGE-RATE", "11.11%", "10.00%"],
    ]);
  });
  it("a part's change is checked against the part's own figure", () => {
    const text = "2023年支出合计100万元，较上年增加10万元，其中基本支出60万元，较上年增加5万元，增长10.00%。";
    expect(summary(text)).toEqual([["PROSE-CHANGE-RATE", "9.09%", "10.00%"]]);
  });
});
