import { describe, expect, it } from "vitest";
import { changeRateCheck } from "./change-rate.ts";
import { brief, runCheck } from "./check-fixture.ts";

describe("CHANGE-RATE", () => {
  it("recomputes a rate against the stored prior year (seed 004: 3.42 ÷ 877.47 = 0.39%, not 4%)", () => {
    const findings = runCheck(changeRateCheck, {
      finalAccounts: {
        totals: { amount: "874.05", prior: "877.47", printed: { change: "各减少3.42万元", changeRate: "下降4%" } },
      },
    });
    expect(brief(findings)).toEqual([
      {
        code: "CHANGE-RATE",
        severity: "error",
        location: "finalAccounts.totals.printed.changeRate",
        expected: "0.39%",
      },
    ]);
    expect(findings[0]?.message).toBe("收、支总计增减率应为 0.39%（3.42 ÷ 877.47），原文为 4%");
  });

  it("recovers the prior year from the change amount and names a current-year base (三公 647.24%)", () => {
    const findings = runCheck(changeRateCheck, {
      finalAccounts: {
        sangong: { amount: "7.6", printed: { change: "较上年度减少49.19万元", changeRate: "下降647.24%" } },
      },
    });
    expect(brief(findings)).toEqual([
      {
        code: "CHANGE-RATE",
        severity: "error",
        location: "finalAccounts.sangong.printed.changeRate",
        expected: "86.62%",
      },
    ]);
    expect(findings[0]?.message).toContain("7.60 + 49.19 = 56.79");
    expect(findings[0]?.message).toContain("原文以本年数作分母（49.19 ÷ 7.60 = 647.24%）");
  });

  it("names a shifted decimal point (机关运行经费 37.3% for 3.73%)", () => {
    const findings = runCheck(changeRateCheck, {
      finalAccounts: {
        operatingCosts: { amount: "51.17", printed: { change: "比2022年度增加1.84万元", changeRate: "增长37.3%" } },
      },
    });
    expect(brief(findings)).toEqual([
      {
        code: "CHANGE-RATE",
        severity: "error",
        location: "finalAccounts.operatingCosts.printed.changeRate",
        expected: "3.73%",
      },
    ]);
    expect(findings[0]?.message).toContain("1.84 ÷ 49.33");
    expect(findings[0]?.message).toContain("小数点错位");
  });

  it("gives an info for a rate right only at its own, coarser precision (接待费 27% for 26.67%)", () => {
    const findings = runCheck(changeRateCheck, {
      finalAccounts: {
        sangong: { reception: { amount: "0.19", printed: { change: "增加0.04万元", changeRate: "增长27%" } } },
      },
    });
    expect(brief(findings)).toEqual([
      {
        code: "CHANGE-RATE",
        severity: "info",
        location: "finalAccounts.sangong.reception.printed.changeRate",
        expected: "26.67%",
      },
    ]);
  });

  it("warns when the rounding of the displayed amounts could give the printed rate", () => {
    const findings = runCheck(changeRateCheck, {
      finalAccounts: { sangong: { reception: { amount: "0.19", prior: "0.15", printed: { changeRate: "增长30%" } } } },
    });
    expect(brief(findings)).toEqual([
      {
        code: "CHANGE-RATE",
        severity: "warning",
        location: "finalAccounts.sangong.reception.printed.changeRate",
        expected: "26.67%",
      },
    ]);
  });

  it("finds nothing for a right rate (公务用车 49.23 ÷ 56.64 = 86.92%) or a rate without a prior", () => {
    const findings = runCheck(changeRateCheck, {
      finalAccounts: {
        sangong: {
          vehicles: { amount: "7.41", printed: { change: "较上年度减少49.23万元", changeRate: "下降86.92%" } },
        },
        generalBudget: { amount: "874.05", printed: { changeRate: "下降4%" } },
      },
    });
    expect(findings).toEqual([]);
  });

  it("reads a change printed in 亿元 as 亿元, and a rate within its rounding as right", () => {
    const sangong = (amount: string, changeRate: string) =>
      runCheck(changeRateCheck, {
        finalAccounts: { sangong: { amount, printed: { change: "比上年减少2.4亿元", changeRate } } },
      });
    // 上年 62,000 + 24,000 = 86,000 万元; 24,000 ÷ 86,000 = 27.907% → 27.9%.
    expect(sangong("62000", "下降27.9%").filter((f) => f.severity !== "info")).toEqual([]);
    // 本年 62,150: 2.4亿元 stands for 2.35–2.45 亿元, so the rate lies in 23,500 ÷ 85,650 = 27.44% … 24,500 ÷ 86,650
    // = 28.27%; 27.8% is inside, 35.0% is not.
    expect(sangong("62150", "下降27.8%")).toEqual([]);
    expect(brief(sangong("62150", "下降35.0%"))).toEqual([
      {
        code: "CHANGE-RATE",
        severity: "error",
        location: "finalAccounts.sangong.printed.changeRate",
        expected: "27.86%",
      },
    ]);
  });
});
