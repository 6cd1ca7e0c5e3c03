import { describe, expect, it } from "vitest";
import { brief, runCheck } from "./check-fixture.ts";
import { incomeExpenditureGapCheck } from "./income-expenditure-gap.ts";

const accounts = { income: { total: "3422.59" }, expenditure: { total: "3537.34" } };

describe("INCOME-EXPENDITURE-GAP", () => {
  it("flags spending above income with no source stated (seed 000: 114.75)", () => {
    const findings = runCheck(incomeExpenditureGapCheck, { year: 2024, finalAccounts: accounts });
    expect(brief(findings)).toEqual([
      {
        code: "INCOME-EXPENDITURE-GAP",
        severity: "warning",
        location: "finalAccounts.expenditure.total",
        expected: "说明 114.75 万元的资金来源（如年初结转和结余）",
      },
    ]);
  });

  it("accepts a gap covered by a stated carry-over or by the 收、支总计", () => {
    const stated = runCheck(incomeExpenditureGapCheck, {
      finalAccounts: accounts,
      narrative: [{ title: "x", text: "使用年初结转和结余114.75万元。" }],
    });
    const totals = runCheck(incomeExpenditureGapCheck, {
      finalAccounts: { ...accounts, totals: { amount: "3537.34" } },
    });
    const balanced = runCheck(incomeExpenditureGapCheck, {
      finalAccounts: { income: { total: "874.05" }, expenditure: { total: "874.05" } },
    });
    expect([...stated, ...totals, ...balanced]).toEqual([]);
  });
});
