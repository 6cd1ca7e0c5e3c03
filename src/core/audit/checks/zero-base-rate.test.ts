import { describe, expect, it } from "vitest";
import { brief, runCheck } from "./check-fixture.ts";
import { zeroBaseRateCheck } from "./zero-base-rate.ts";

describe("ZERO-BASE-RATE", () => {
  it("infers a zero 三公 item budget from the other budgets (seed 004: 因公出国 完成预算0%)", () => {
    const findings = runCheck(zeroBaseRateCheck, {
      finalAccounts: {
        sangong: {
          amount: "7.6",
          abroad: { amount: "0", printed: { completion: "完成预算0%" } },
          vehicles: { amount: "7.41", printed: { completion: "完成预算100%" } },
          reception: { amount: "0.19", printed: { completion: "完成预算100%" } },
          printed: { completion: "完成预算100%" },
        },
      },
    });
    expect(brief(findings)).toEqual([
      {
        code: "ZERO-BASE-RATE",
        severity: "warning",
        location: "finalAccounts.sangong.abroad.printed.completion",
        expected: "—",
      },
    ]);
    expect(findings[0]?.message).toContain("7.60（7.60 ÷ 100%） − 公务用车购置及运行维护费 7.41");
  });

  it("flags shares of a zero total, completion of a zero budget and change against a zero prior", () => {
    const findings = runCheck(zeroBaseRateCheck, {
      finalAccounts: {
        procurement: { total: "0", smeContracts: "0", printed: { smeShare: "0%" } },
        operatingCosts: {
          amount: "0",
          budget: "0",
          prior: "0",
          printed: { completion: "完成预算100%", changeRate: "增长0%" },
        },
      },
    });
    expect(brief(findings)).toEqual([
      {
        code: "ZERO-BASE-RATE",
        severity: "warning",
        location: "finalAccounts.procurement.printed.smeShare",
        expected: "—",
      },
      {
        code: "ZERO-BASE-RATE",
        severity: "warning",
        location: "finalAccounts.operatingCosts.printed.completion",
        expected: "—",
      },
      {
        code: "ZERO-BASE-RATE",
        severity: "warning",
        location: "finalAccounts.operatingCosts.printed.changeRate",
        expected: "—",
      },
    ]);
  });

  it("finds nothing for “—”, non-zero bases, or a 三公 item whose budget cannot be inferred", () => {
    const findings = runCheck(zeroBaseRateCheck, {
      finalAccounts: {
        procurement: { total: "0", smeContracts: "0", printed: { smeShare: "—" } },
        income: { total: "874.05", items: [{ name: "事业收入", amount: "0", printed: { share: "0%" } }] },
        sangong: {
          amount: "7.6",
          abroad: { amount: "0", printed: { completion: "完成预算0%" } },
          vehicles: { amount: "7.41" },
          reception: { amount: "0.19" },
        },
      },
    });
    expect(findings).toEqual([]);
  });
});
