import { describe, expect, it } from "vitest";
import { checkText } from "./check-text.ts";

describe("checkText", () => {
  it("reports each finding with code, severity, message, location, line and the sentence as written", () => {
    const text =
      "自评报告（2024年度）\n\n本年支出合计874.05万元，其中：基本支出468.99万元，占53.65%；项目支出405.06万元，占46.34%。";
    const [finding, ...rest] = checkText(text);
    expect(rest).toEqual([]);
    expect(finding).toEqual({
      code: "PROSE-PERCENT-TRUNCATED",
      severity: "error",
      message: "占比印为53.65%，是截断所得；468.99÷874.05，四舍五入应为53.66%",
      location: "第3行",
      line: 3,
      quote: "本年支出合计874.05万元，其中：基本支出468.99万元，占53.65%；项目支出405.06万元，占46.34%。",
      expected: "53.66%",
      found: "53.65%",
    });
    expect(text).toContain(finding?.quote);
  });

  it("puts errors first, then warnings, then infos, each in reading order", () => {
    const text = [
      "（2023年度）",
      "2022年1-12月完成。",
      "公务接待费支出0.19万元。比2022年度增加0.04万元，增长27%。",
      "机关运行经费支出51.17万元，比2022年度增加1.84万元，增长37.3%。",
      "主要用于…（具体工作）。",
    ].join("\n");
    expect(checkText(text).map((f) => [f.severity, f.line])).toEqual([
      ["error", 4],
      ["error", 5],
      ["warning", 2],
      ["info", 3],
    ]);
  });

  it("takes the report year from the options over the title", () => {
    const text = "整体支出绩效自评报告（2024年度）\n2023年整体绩效目标基本实现。";
    expect(checkText(text).map((f) => f.code)).toEqual(["PROSE-YEAR"]);
    expect(checkText(text, { year: 2023 })).toEqual([]);
  });

  it("never throws on odd input", () => {
    for (const odd of [
      "",
      "\n\n\n",
      "\t\t\t",
      "。。。",
      "%%%‱",
      "其中：",
      "与相比增加万元下降%",
      "\u0000\uFFFD😀1.2.3万元",
      `${"9".repeat(400)}万元`,
    ]) {
      expect(() => checkText(odd)).not.toThrow();
    }
  });

  it("stays silent on a correct 决算 paragraph", () => {
    const text =
      "2023年度本年收入合计874.05万元，其中：一般公共预算财政拨款收入874.05万元，占100%；政府性基金预算财政拨款收入0万元，占0%。" +
      "一般公共预算财政拨款支出874.05万元，比2022年度减少3.42万元，下降0.39%。";
    expect(checkText(text, { year: 2023 })).toEqual([]);
  });
});
