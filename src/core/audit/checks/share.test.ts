import { describe, expect, it } from "vitest";
import { brief, runCheck } from "./check-fixture.ts";
import { shareCheck } from "./share.ts";

describe("SHARE", () => {
  it("flags a truncated share as an error and passes the right one (seed 004: 53.65% for 53.657%, 46.34%)", () => {
    const findings = runCheck(shareCheck, {
      finalAccounts: {
        expenditure: {
          total: "874.05",
          items: [
            { name: "基本支出", amount: "468.99", printed: { share: "53.65%" } },
            { name: "项目支出", amount: "405.06", printed: { share: "46.34%" } },
            { name: "经营支出", amount: "0", printed: { share: "0%" } },
          ],
        },
      },
    });
    expect(brief(findings)).toEqual([
      {
        code: "SHARE",
        severity: "error",
        location: "finalAccounts.expenditure.items[0].printed.share",
        expected: "53.66%",
      },
    ]);
    expect(findings[0]?.found).toBe("53.65%");
    expect(findings[0]?.message).toContain("截断");
  });

  it("warns when only unrounded amounts give the printed share (三公 97.55% / 2.44% vs 97.50% / 2.50%; 住房 2.95%)", () => {
    const findings = runCheck(shareCheck, {
      finalAccounts: {
        generalBudget: {
          amount: "874.05",
          byClass: [
            { name: "科学技术支出", amount: "701.17", printed: { share: "80.22%" } },
            { name: "社会保障和就业支出", amount: "125.26", printed: { share: "14.33%" } },
            { name: "卫生健康支出", amount: "21.88", printed: { share: "2.5%" } },
            { name: "住房保障支出", amount: "25.74", printed: { share: "2.95%" } },
          ],
        },
        sangong: {
          amount: "7.6",
          abroad: { amount: "0", printed: { share: "0%" } },
          vehicles: { amount: "7.41", printed: { share: "97.55%" } },
          reception: { amount: "0.19", printed: { share: "2.44%" } },
        },
      },
    });
    expect(brief(findings)).toEqual([
      {
        code: "SHARE",
        severity: "warning",
        location: "finalAccounts.generalBudget.byClass[3].printed.share",
        expected: "2.94%",
      },
      {
        code: "SHARE",
        severity: "warning",
        location: "finalAccounts.sangong.vehicles.printed.share",
        expected: "97.50%",
      },
      {
        code: "SHARE",
        severity: "warning",
        location: "finalAccounts.sangong.reception.printed.share",
        expected: "2.50%",
      },
    ]);
  });

  it("flags a share that no rounding explains as an error, and ignores a zero total (ZERO-BASE-RATE's)", () => {
    const findings = runCheck(shareCheck, {
      finalAccounts: {
        income: {
          total: "3422.59",
          items: [
            { name: "财拨收入", amount: "3098.86", printed: { share: "90.54%" } },
            { name: "其他收入", amount: "323.73", printed: { share: "19.46%" } },
          ],
        },
        procurement: { total: "0", smeContracts: "0", printed: { smeShare: "0%" } },
      },
    });
    expect(brief(findings)).toEqual([
      { code: "SHARE", severity: "error", location: "finalAccounts.income.items[1].printed.share", expected: "9.46%" },
    ]);
  });

  it("accepts 100% utilisation written with a full-width sign (seed 003)", () => {
    const findings = runCheck(shareCheck, {
      unit: {
        name: "临泽县科协",
        assets: { fixedAssetsTotal: "4364.66", fixedAssetsInUse: "4364.66", printed: { utilisationRate: "100％" } },
      },
    });
    expect(findings).toEqual([]);
  });
});
