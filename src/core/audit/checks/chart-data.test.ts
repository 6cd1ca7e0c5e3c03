import { describe, expect, it } from "vitest";
import { chartDataCheck } from "./chart-data.ts";
import { brief, runCheck } from "./check-fixture.ts";

const finalAccounts = {
  totals: { amount: "874.05", prior: "877.47" },
  expenditure: {
    total: "874.05",
    items: [
      { name: "基本支出", amount: "468.99" },
      { name: "项目支出", amount: "405.06" },
    ],
  },
  generalBudget: {
    amount: "874.05",
    prior: "877.47",
    byClass: [
      { name: "科学技术支出", amount: "701.17" },
      { name: "社会保障和就业支出", amount: "125.26" },
      { name: "卫生健康支出", amount: "21.88" },
      { name: "住房保障支出", amount: "25.74" },
    ],
  },
};

describe("CHART-DATA", () => {
  it("flags a pie series that is neither this year's parts nor a year's total (seed 004 图3: 679.09)", () => {
    const findings = runCheck(chartDataCheck, {
      finalAccounts: {
        ...finalAccounts,
        charts: [
          {
            figure: "图3",
            kind: "pie",
            title: "支出决算结构图",
            categories: ["基本支出", "项目支出"],
            series: [
              { name: "列2", values: ["468.99", "405.06"] },
              { name: "标签后数值", values: ["397.52", "281.57"] },
            ],
          },
        ],
      },
    });
    expect(brief(findings)).toEqual([
      {
        code: "CHART-DATA",
        severity: "warning",
        location: "finalAccounts.charts[0].series[1].values",
        expected: "874.05 或 877.47",
      },
    ]);
    expect(findings[0]?.found).toBe("679.09");
  });

  it("flags a bar whose year value is not the text's figure", () => {
    const findings = runCheck(chartDataCheck, {
      finalAccounts: {
        ...finalAccounts,
        charts: [
          {
            figure: "图1",
            kind: "bar",
            title: "收、支决算总计变动情况",
            categories: ["2022年", "2023年"],
            series: [{ name: "x", values: ["877.47", "847.05"] }],
          },
        ],
      },
    });
    expect(brief(findings)).toEqual([
      {
        code: "CHART-DATA",
        severity: "warning",
        location: "finalAccounts.charts[0].series[0].values[1]",
        expected: "874.05",
      },
    ]);
  });

  it("accepts current parts, a prior-year series adding to the prior total, and right bars (seed 004 图1, 图6)", () => {
    const findings = runCheck(chartDataCheck, {
      finalAccounts: {
        ...finalAccounts,
        charts: [
          {
            figure: "图1",
            kind: "bar",
            title: "收、支决算总计变动情况",
            categories: ["2022年", "2023年"],
            series: [{ name: "x", values: ["877.47", "874.05"] }],
          },
          {
            figure: "图6",
            kind: "pie",
            title: "一般公共预算财政拨款支出决算结构",
            categories: ["科学技术类支出", "社会保障和就业支出", "卫生与健康支出", "住房保障支出"],
            series: [
              { name: "列1", values: ["701.17", "125.26", "21.88", "25.74"] },
              { name: "标签后数值", values: ["707.91", "128.01", "19.61", "21.94"] },
            ],
          },
        ],
      },
    });
    expect(findings).toEqual([]);
  });
});
