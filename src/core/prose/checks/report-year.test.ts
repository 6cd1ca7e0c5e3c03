import { describe, expect, it } from "vitest";
import { checkText } from "../check-text.ts";

const years = (text: string, year = 2024) =>
  checkText(text, { year })
    .filter((f) => f.code === "PROSE-YEAR")
    .map((f) => [f.expected, f.found]);

describe("PROSE-YEAR", () => {
  it("finds last year's results claimed in this year's report (seed 000)", () => {
    expect(years("2023年科协整体绩效目标基本实现，进一步推进了科协事业的发展。")).toEqual([["2024年", "2023年"]]);
  });

  it("finds a time target of another year (seed 004 tables)", () => {
    expect(years("\t2022年1-12月完成", 2023)).toEqual([["2023年", "2022年"]]);
    expect(years("\t2022年1-12月前", 2023)).toEqual([["2023年", "2022年"]]);
    expect(years("\t2024年1-12月完成", 2023)).toEqual([["2023年", "2024年"]]);
  });

  it("finds the next year's 年度 with results", () => {
    expect(years("2024年度项目资金支出405.06万元，执行预算100%。", 2023)).toEqual([["2023年", "2024年"]]);
  });

  it("accepts comparisons, budgets made the year before, dates, titles, ranges and plans", () => {
    const legitimate = [
      "与2022年度相比，收、支总计各减少3.42万元。",
      "2023年度“三公”经费决算支出：公务接待费支出0.67万元。",
      "2023年底及时向财政申报预算。",
      "2023年预算财政资金44.84万元，准备召开换届大会。",
      "该项目系2023年12月因拨入太晚结转到2024年度的专项资金1.5万元。",
      "2025年5月26日",
      "根据《2023年度工作要点》和《合作协议（2024-2028年）》开展工作。",
      "2025年度预算将增加科普经费。",
      "针对上年绩效分析报告中存在的问题进行整改。",
      "2018年成立以来完成了多项工作。",
      "\t2023年决算数\t2024年预算数\t2024年决算数",
    ];
    for (const text of legitimate) expect(years(text), text).toEqual([]);
  });

  it("needs a report year: none given and none in the text means no year check", () => {
    expect(checkText("2023年科协整体绩效目标基本实现。").filter((f) => f.code === "PROSE-YEAR")).toEqual([]);
  });
});
