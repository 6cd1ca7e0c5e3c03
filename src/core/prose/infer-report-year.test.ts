import { describe, expect, it } from "vitest";
import { inferReportYear } from "./infer-report-year.ts";

describe("inferReportYear", () => {
  it("reads the year from a title", () => {
    expect(inferReportYear(["", "自治区科协整体支出绩效自评报告", "", "（2024年度）"])).toBe(2024);
    expect(inferReportYear(["附件1 2024年度部门整体支出绩效评价基础数据表"])).toBe(2024);
    expect(inferReportYear(["第一部分 部门概况", "第二部分 2023年度部门决算情况说明"])).toBe(2023);
  });

  it("falls back to the year named most often, not counting signing dates", () => {
    const lines = [
      "# 区科协整体绩效自评报告范本",
      "2022年预算…",
      "2022年，我单位…",
      "2023年5月1日",
      "2023年5月2日",
      "2023年5月3日",
    ];
    expect(inferReportYear(lines)).toBe(2022);
  });

  it("returns null when no year is named", () => {
    expect(inferReportYear(["没有年份的文字。"])).toBeNull();
  });
});
