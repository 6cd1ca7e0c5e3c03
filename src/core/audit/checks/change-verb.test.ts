import { describe, expect, it } from "vitest";
import { changeVerbCheck } from "./change-verb.ts";
import { brief, runCheck } from "./check-fixture.ts";

describe("CHANGE-VERB", () => {
  it("flags a change printed without a verb (seed 004: 财政拨款收、支总计各3.42万元)", () => {
    const findings = runCheck(changeVerbCheck, {
      finalAccounts: {
        fiscalAppropriation: {
          amount: "874.05",
          prior: "877.47",
          printed: { change: "各3.42万元", changeRate: "下降4%" },
        },
      },
    });
    expect(brief(findings)).toEqual([
      {
        code: "CHANGE-VERB",
        severity: "error",
        location: "finalAccounts.fiscalAppropriation.printed.change",
        expected: "减少3.42万元",
      },
    ]);
  });

  it("takes the direction from the rate when no prior is stored", () => {
    const findings = runCheck(changeVerbCheck, {
      finalAccounts: {
        fiscalAppropriation: { amount: "874.05", printed: { change: "各3.42万元", changeRate: "下降0.39%" } },
      },
    });
    expect(findings.map((f) => f.expected)).toEqual(["减少3.42万元"]);
  });

  it("flags 持平 when the years differ (seed 001: 三公 0.68 vs 0.67)", () => {
    const findings = runCheck(changeVerbCheck, {
      year: 2024,
      finalAccounts: {
        sangong: {
          abroad: { amount: "0", prior: "0" },
          vehicles: { amount: "0", prior: "0" },
          reception: { amount: "0.68", prior: "0.67" },
          printed: { change: "2024年“三公”经费决算支出与去年相比持平。" },
        },
      },
    });
    expect(brief(findings)).toEqual([
      {
        code: "CHANGE-VERB",
        severity: "error",
        location: "finalAccounts.sangong.printed.change",
        expected: "增加0.01万元（增长1.49%）",
      },
    ]);
  });

  it("flags a verb against the sign", () => {
    const findings = runCheck(changeVerbCheck, {
      finalAccounts: { basicSpending: { total: "88.18", prior: "94.32", printed: { change: "增加6.14万元" } } },
    });
    expect(brief(findings)).toEqual([
      {
        code: "CHANGE-VERB",
        severity: "error",
        location: "finalAccounts.basicSpending.printed.change",
        expected: "减少6.14万元",
      },
    ]);
  });

  it("finds nothing for right verbs, a true 持平 or an unfilled template", () => {
    const findings = runCheck(changeVerbCheck, {
      finalAccounts: {
        income: { total: "124.88", prior: "148.4", printed: { change: "减少23.52万元" } },
        operatingCosts: { amount: "51.17", prior: "51.17", printed: { change: "与上年持平" } },
        sangong: { abroad: { amount: "0", printed: { change: "增加/减少0万元", changeRate: "增长/下降0%" } } },
      },
    });
    expect(findings).toEqual([]);
  });
});

describe("CHANGE-VERB on real wording (issue 10)", () => {
  const spending = (total: string, prior: string, printed: Record<string, string>) => ({
    finalAccounts: { expenditure: { total, prior, printed } },
  });
  it("a single-character verb after the comparison is a verb: 较上年减4.16万元", () => {
    expect(
      runCheck(changeVerbCheck, spending("80", "84.16", { change: "较上年减4.16万元", changeRate: "下降4.94%" })),
    ).toEqual([]);
    expect(runCheck(changeVerbCheck, spending("80", "84.16", { change: "减收4.16万元" }))).toEqual([]);
  });
  it("a double negative is a warning with what it means, not a wrong direction", () => {
    const findings = runCheck(
      changeVerbCheck,
      spending("84.16", "80", { change: "增加4.16万元", changeRate: "下降-5.20%" }),
    );
    expect(brief(findings)).toEqual([
      {
        code: "CHANGE-VERB",
        severity: "warning",
        location: "finalAccounts.expenditure.printed.changeRate",
        expected: "增长5.20%",
      },
    ]);
    expect(findings[0]?.message).toBe("本年支出合计“下降-5.20%”是双重否定，即增长5.20%，应直接写作“增长5.20%”");
  });
  it("a double negative that still points the wrong way is an error", () => {
    const findings = runCheck(changeVerbCheck, spending("80", "84.16", { changeRate: "下降-4.94%" }));
    expect(brief(findings)).toEqual([
      {
        code: "CHANGE-VERB",
        severity: "error",
        location: "finalAccounts.expenditure.printed.changeRate",
        expected: "下降4.94%",
      },
    ]);
  });
});
