import { describe, expect, it } from "vitest";
import { brief, runCheck } from "./check-fixture.ts";
import { operatingCostsScopeCheck } from "./operating-costs-scope.ts";

const organisation = {
  title: "二、机构设置",
  text: "凉山州科学技术协会下属二级预算单位1个，其中行政单位0个，参照公务员法管理的事业单位0个，其他事业单位1个。",
};

describe("OPERATING-COSTS-SCOPE", () => {
  it("warns when 机关运行经费 is the whole 公用经费 of a department with a non-参公 事业单位 (seed 004 #15)", () => {
    const findings = runCheck(operatingCostsScopeCheck, {
      finalAccounts: { basicSpending: { total: "468.99", public: "51.17" }, operatingCosts: { amount: "51.17" } },
      narrative: [organisation],
    });
    expect(brief(findings)).toEqual([
      {
        code: "OPERATING-COSTS-SCOPE",
        severity: "warning",
        location: "finalAccounts.operatingCosts.amount",
        expected: "小于公用经费 51.17 万元（不含非参公事业单位）",
      },
    ]);
  });

  it("says nothing when the amounts differ or no 事业单位 is stated", () => {
    const differ = runCheck(operatingCostsScopeCheck, {
      finalAccounts: { basicSpending: { total: "468.99", public: "51.17" }, operatingCosts: { amount: "40.02" } },
      narrative: [organisation],
    });
    const unknown = runCheck(operatingCostsScopeCheck, {
      finalAccounts: { basicSpending: { total: "468.99", public: "51.17" }, operatingCosts: { amount: "51.17" } },
    });
    expect([...differ, ...unknown]).toEqual([]);
  });
});
