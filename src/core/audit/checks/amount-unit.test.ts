import { describe, expect, it } from "vitest";
import { amountUnitCheck } from "./amount-unit.ts";
import { brief, runCheck } from "./check-fixture.ts";

describe("AMOUNT-UNIT", () => {
  it("flags a missing unit as a warning and 元 for a 万元 figure as an error (seed 001)", () => {
    const findings = runCheck(amountUnitCheck, {
      year: 2024,
      finalAccounts: {
        income: {
          total: "124.88",
          prior: "148.4",
          items: [
            { name: "一般公共预算财政拨款收入", amount: "124.88", prior: "148.4", printed: { change: "减少23.52。" } },
          ],
        },
        basicSpending: { total: "124.88", prior: "118.84", printed: { change: "增加6.04元" } },
      },
    });
    expect(brief(findings)).toEqual([
      {
        code: "AMOUNT-UNIT",
        severity: "warning",
        location: "finalAccounts.income.items[0].printed.change",
        expected: "23.52万元",
      },
      {
        code: "AMOUNT-UNIT",
        severity: "error",
        location: "finalAccounts.basicSpending.printed.change",
        expected: "6.04万元",
      },
    ]);
    expect(findings[1]?.message).toContain("相差一万倍");
  });

  it("flags a printed total without its unit (seed 004: 决算数为874.05)", () => {
    const findings = runCheck(amountUnitCheck, {
      finalAccounts: {
        generalBudget: { amount: "874.05", printed: { total: "874.05", completion: "完成预算142.24%" } },
      },
    });
    expect(brief(findings)).toEqual([
      {
        code: "AMOUNT-UNIT",
        severity: "warning",
        location: "finalAccounts.generalBudget.printed.total",
        expected: "874.05万元",
      },
    ]);
  });

  it("finds nothing for amounts written in 万元, or an 元 figure that is right in 元", () => {
    const findings = runCheck(amountUnitCheck, {
      finalAccounts: {
        totals: { amount: "874.05", prior: "877.47", printed: { total: "874.05万元", change: "各减少3.42万元" } },
        operatingCosts: { amount: "51.17", prior: "51.16", printed: { change: "增加100元" } },
      },
    });
    expect(findings).toEqual([]);
  });

  it("takes 亿元 as a unit of its own, neither missing nor 元", () => {
    const findings = runCheck(amountUnitCheck, {
      finalAccounts: { sangong: { amount: "50000", printed: { total: "5亿元", change: "比上年减少3.3亿元" } } },
    });
    expect(findings).toEqual([]);
  });
});
