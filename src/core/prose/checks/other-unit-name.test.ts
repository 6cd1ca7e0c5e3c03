import { describe, expect, it } from "vitest";
import { checkText } from "../check-text.ts";

const other = (text: string) => checkText(text, { year: 2023 }).filter((f) => f.code === "PROSE-OTHER-UNIT");

// A made-up township report; its last paragraph was carried over from a neighbouring township's report.
const own = "桐城县青石镇人民政府";
const report = [
  `一、${own}2023年度收到上级转移支付资金320.00万元。`,
  `二、${own}2023年度收到上级转移支付资金分为6个项目。`,
  `三、${own}严格按照文件要求使用资金。`,
  "四、桐城县双溪镇人民政府2023年度收到上级转移支付资金320.00万元，总体目标均已完成。",
].join("\n");

describe("PROSE-OTHER-UNIT (G-COPYNAME)", () => {
  it("another township named once where the report's own sentence is repeated is a carried-over text", () => {
    const findings = other(report);
    expect(findings.map((f) => [f.severity, f.line, f.found, f.expected])).toEqual([
      ["warning", 4, "桐城县双溪镇人民政府", own],
    ]);
  });
  it("another township named in a sentence of its own words is left alone", () => {
    expect(other(report.replace("2023年度收到上级转移支付资金320.00万元，总体", "协助实施的水毁修复项目"))).toEqual([]);
  });
  it("a county summary naming townships in turn is not read", () => {
    const summary = ["青石镇", "双溪镇", "大关镇", "孔城镇"]
      .map((town) => `桐城县${town}人民政府2023年度收到上级转移支付资金100.00万元。`)
      .join("\n");
    expect(other(summary)).toEqual([]);
  });
});
