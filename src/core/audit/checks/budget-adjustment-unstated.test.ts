import { describe, expect, it } from "vitest";
import { budgetAdjustmentUnstatedCheck } from "./budget-adjustment-unstated.ts";
import { brief, runCheck } from "./check-fixture.ts";

const execution = (initial: string, adjusted: string) => ({
  department: {
    evaluation: { execution: [{ label: "年度资金总额", role: "total", initial, adjusted, executed: "124.88" }] },
  },
});

describe("BUDGET-ADJUSTMENT-UNSTATED", () => {
  it("flags 'no adjustment' with 年初 153.53 ≠ 全年 127.10 (seed 001)", () => {
    const findings = runCheck(budgetAdjustmentUnstatedCheck, {
      budget: { adjustmentStatement: "本年单位预算未进行预算相关事项的调整" },
      ...execution("153.53", "127.10"),
    });
    expect(brief(findings)).toEqual([
      {
        code: "BUDGET-ADJUSTMENT-UNSTATED",
        severity: "error",
        location: "budget.adjustmentStatement",
        expected: "说明预算调整 −26.43 万元",
      },
    ]);
    expect(findings[0]?.message).toContain("相差 26.43 万元");
  });

  it("finds nothing when the budgets agree or the adjustment is stated", () => {
    const equal = runCheck(budgetAdjustmentUnstatedCheck, {
      budget: { adjustmentStatement: "本年预算未作调整" },
      ...execution("127.10", "127.10"),
    });
    const stated = runCheck(budgetAdjustmentUnstatedCheck, {
      budget: { adjustmentStatement: "年中调减预算26.43万元" },
      ...execution("153.53", "127.10"),
    });
    expect([...equal, ...stated]).toEqual([]);
  });
});
