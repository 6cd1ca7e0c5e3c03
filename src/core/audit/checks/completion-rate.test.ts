import { describe, expect, it } from "vitest";
import { brief, runCheck } from "./check-fixture.ts";
import { completionRateCheck } from "./completion-rate.ts";

describe("COMPLETION-RATE", () => {
  it("accepts a rate that matches one of the stored bases (seed 004: 874.05 ÷ 年初 614.51 = 142.24%)", () => {
    const findings = runCheck(completionRateCheck, {
      finalAccounts: {
        generalBudget: {
          amount: "874.05",
          initialBudget: "614.51",
          adjustedBudget: "874.05",
          printed: { completion: "完成预算142.24%" },
        },
      },
    });
    expect(findings).toEqual([]);
  });

  it("flags a rate that fits no base and gives the rate on each", () => {
    const findings = runCheck(completionRateCheck, {
      finalAccounts: {
        generalBudget: {
          amount: "874.05",
          initialBudget: "614.51",
          adjustedBudget: "874.05",
          printed: { completion: "完成预算124.24%" },
        },
      },
    });
    expect(brief(findings)).toEqual([
      {
        code: "COMPLETION-RATE",
        severity: "error",
        location: "finalAccounts.generalBudget.printed.completion",
        expected: "142.24% 或 100.00%",
      },
    ]);
    expect(findings[0]?.message).toContain(
      "142.24%（874.05 ÷ 年初预算 614.51） 或 100.00%（874.05 ÷ 调整后预算 874.05）",
    );
  });

  it("flags a truncated rate of a function line, and accepts one right at fewer decimals", () => {
    const findings = runCheck(completionRateCheck, {
      finalAccounts: {
        functionLines: [
          {
            code: "2060702",
            xiangName: "科普活动",
            amount: "12",
            adjustedBudget: "12.01",
            printed: { completion: "完成预算99.91%" },
          },
          {
            code: "2060703",
            xiangName: "青少年科技活动",
            amount: "12",
            adjustedBudget: "12.01",
            printed: { completion: "完成预算100%" },
          },
        ],
      },
    });
    expect(brief(findings)).toEqual([
      {
        code: "COMPLETION-RATE",
        severity: "error",
        location: "finalAccounts.functionLines[0].printed.completion",
        expected: "99.92%",
      },
    ]);
    expect(findings[0]?.message).toContain("截断");
  });
});
