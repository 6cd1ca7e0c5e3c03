import { describe, expect, it } from "vitest";
import { checkText } from "../check-text.ts";

const summary = (text: string, year = 2024) =>
  checkText(text, { year }).map((f) => [f.code, f.expected, f.found, f.line]);

describe("PROSE-FLAT-CHANGED", () => {
  it("reads the figures stated earlier in the paragraph under the same heading (seed 001: 0.68 vs 0.67)", () => {
    const paragraph =
      "2024年度“三公”经费预算支出：因公出国（境）费支出0万元，公务接待费支出0.68万元。“三公”经费决算支出：因公出国（境）费支出0万元，公务接待费支出0.68万元。2023年度“三公”经费决算支出：因公出国（境）费支出0万元，公务接待费支出0.67万元。2024年“三公”经费决算支出与去年相比持平。";
    const findings = checkText(paragraph, { year: 2024 });
    expect(findings.map((f) => [f.code, f.expected, f.found])).toEqual([
      ["PROSE-FLAT-CHANGED", "增加0.01万元，增长1.49%", "持平"],
    ]);
    expect(findings[0]?.quote).toBe("2024年“三公”经费决算支出与去年相比持平。");
  });

  it("accepts 持平 when the figures are equal, or when no figures of the same heading are given", () => {
    expect(
      summary(
        "“三公”经费决算支出：公务接待费支出0.68万元。2023年度“三公”经费决算支出：公务接待费支出0.68万元。2024年“三公”经费决算支出与去年相比持平。",
      ),
    ).toEqual([]);
    expect(
      summary(
        "“三公”经费预算支出：公务接待费支出0.68万元。2023年度“三公”经费决算支出：公务接待费支出0.67万元。“三公”经费支出总额较上年持平。",
      ),
    ).toEqual([]);
  });

  it("reads this year's and last year's figure in one sentence", () => {
    expect(summary("本年三公经费决算0.68万元，上年0.67万元，与上年相比持平。")).toEqual([
      ["PROSE-FLAT-CHANGED", "增加0.01万元，增长1.49%", "持平", 1],
    ]);
    expect(summary("本年三公经费决算0.68万元，上年0.68万元，与上年相比持平。")).toEqual([]);
  });

  it("finds 决算与预算数持平 beside a completion rate other than 100%", () => {
    expect(summary("支出决算为基本支出296.11万元，完成预算98%，决算与预算数持平。")).toEqual([
      ["PROSE-FLAT-CHANGED", "100%", "98%", 1],
    ]);
    expect(summary("支出决算为基本支出296.11万元，完成预算100%，决算与预算数持平。")).toEqual([]);
  });
});
