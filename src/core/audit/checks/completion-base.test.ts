import { describe, expect, it } from "vitest";
import { brief, runCheck } from "./check-fixture.ts";
import { completionBaseCheck } from "./completion-base.ts";

const generalBudget = { amount: "874.05", initialBudget: "614.51", printed: { completion: "完成预算142.24%" } };

describe("COMPLETION-BASE", () => {
  it("flags a total on 年初预算 with lines whose 100% can only be on 调整后预算 (seed 004)", () => {
    const findings = runCheck(completionBaseCheck, {
      finalAccounts: {
        generalBudget,
        functionLines: [
          { code: "2060701", amount: "296.11", printed: { completion: "完成预算100%" } },
          { code: "2060799", amount: "300.19", printed: { completion: "完成预算100%" } },
          { code: "2080501", amount: "78.39", printed: { completion: "完成预算100%" } },
        ],
      },
    });
    expect(brief(findings)).toEqual([
      {
        code: "COMPLETION-BASE",
        severity: "warning",
        location: "finalAccounts.generalBudget.printed.completion",
        expected: "合计与各科目按同一预算口径计算，并写明“年初预算”或“调整后预算”",
      },
    ]);
    expect(findings[0]?.message).toContain("按年初预算 614.51 万元计算（874.05 ÷ 614.51）");
    expect(findings[0]?.message).toContain("674.69 万元");
  });

  it("flags lines whose stored budgets show another base", () => {
    const findings = runCheck(completionBaseCheck, {
      finalAccounts: {
        generalBudget,
        functionLines: [
          {
            code: "2060702",
            amount: "12",
            initialBudget: "10",
            adjustedBudget: "12",
            printed: { completion: "完成预算100%" },
          },
        ],
      },
    });
    expect(findings.map((f) => f.found)).toEqual(["合计按年初预算，1 个科目按调整后预算"]);
  });

  it("finds nothing when the lines fit inside the total's budget or share its base", () => {
    const fits = runCheck(completionBaseCheck, {
      finalAccounts: {
        generalBudget,
        functionLines: [{ code: "2060701", amount: "296.11", printed: { completion: "完成预算100%" } }],
      },
    });
    const same = runCheck(completionBaseCheck, {
      finalAccounts: {
        generalBudget,
        functionLines: [
          {
            code: "2060702",
            amount: "12",
            initialBudget: "10",
            adjustedBudget: "12",
            printed: { completion: "完成年初预算的120%" },
          },
        ],
      },
    });
    expect([...fits, ...same]).toEqual([]);
  });
});
