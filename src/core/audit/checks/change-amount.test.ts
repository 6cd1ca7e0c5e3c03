import { describe, expect, it } from "vitest";
import { changeAmountCheck } from "./change-amount.ts";
import { brief, runCheck } from "./check-fixture.ts";

describe("CHANGE-AMOUNT", () => {
  it("flags a change amount that is not current − prior", () => {
    const findings = runCheck(changeAmountCheck, {
      finalAccounts: {
        basicSpending: {
          total: "124.88",
          personnel: "88.18",
          public: "36.7",
          priorPersonnel: "94.32",
          priorPublic: "24.52",
          printed: { personnelChange: "减少6.41万元", publicChange: "增加12.18万元" },
        },
      },
    });
    expect(brief(findings)).toEqual([
      {
        code: "CHANGE-AMOUNT",
        severity: "error",
        location: "finalAccounts.basicSpending.printed.personnelChange",
        expected: "6.14万元",
      },
    ]);
    expect(findings[0]?.message).toBe("人员经费增减额应为 6.14万元（88.18 − 94.32），原文为 6.41万元");
  });

  it("leaves a 万元 figure labelled 元 to AMOUNT-UNIT and accepts right amounts (seed 001)", () => {
    const findings = runCheck(changeAmountCheck, {
      finalAccounts: {
        income: {
          total: "124.88",
          prior: "148.4",
          items: [
            { name: "一般公共预算财政拨款收入", amount: "124.88", prior: "148.4", printed: { change: "减少23.52。" } },
          ],
        },
        basicSpending: { total: "124.88", prior: "118.84", printed: { change: "增加6.04元" } },
        projectSpending: { total: "0", prior: "29.56", printed: { change: "减少29.56万元" } },
      },
    });
    expect(findings).toEqual([]);
  });

  it("compares a change printed in 亿元 at its own precision", () => {
    const sangong = (change: string) =>
      runCheck(changeAmountCheck, {
        finalAccounts: { sangong: { amount: "50000", prior: "83120", printed: { change } } },
      });
    // 83,120 − 50,000 = 33,120 万元 = 3.312 亿元 → 3.3亿元 at one decimal.
    expect(sangong("比上年减少3.3亿元")).toEqual([]);
    expect(brief(sangong("比上年减少3.5亿元")).map((f) => f.code)).toEqual(["CHANGE-AMOUNT"]);
  });
});
