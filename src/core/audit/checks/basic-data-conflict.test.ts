import { describe, expect, it } from "vitest";
import { basicDataConflictCheck } from "./basic-data-conflict.ts";
import { brief, runCheck } from "./check-fixture.ts";

const sangong = {
  abroad: { budget: "0", amount: "0", prior: "0" },
  vehicles: { budget: "0", amount: "0", prior: "0" },
  reception: { budget: "0.68", amount: "0.68", prior: "0.67" },
};

describe("BASIC-DATA-CONFLICT", () => {
  it("flags 公用经费 cells that contradict the text (seed 001: 4.72 / 4.13 vs 24.52 / 36.70)", () => {
    const findings = runCheck(basicDataConflictCheck, {
      year: 2024,
      basicData: {
        funds: [{ item: "其中：公用经费", kind: "public", priorFinal: "4.72", budget: "4.13", final: "4.13" }],
      },
      finalAccounts: { basicSpending: { total: "124.88", personnel: "88.18", public: "36.7", priorPublic: "24.52" } },
    });
    expect(brief(findings)).toEqual([
      { code: "BASIC-DATA-CONFLICT", severity: "error", location: "basicData.funds[0].priorFinal", expected: "24.52" },
      { code: "BASIC-DATA-CONFLICT", severity: "error", location: "basicData.funds[0].final", expected: "36.70" },
    ]);
    expect(findings[1]?.found).toBe("4.13");
  });

  it("finds nothing when the 三公 rows agree with the items (seed 001: 0.67 / 0.68 / 0.68)", () => {
    const findings = runCheck(basicDataConflictCheck, {
      year: 2024,
      basicData: {
        funds: [
          { item: "三公经费", kind: "sangong", priorFinal: "0.67", budget: "0.68", final: "0.68" },
          { item: "3.公务接待", kind: "sangongReception", priorFinal: "0.67", budget: "0.68", final: "0.68" },
          { item: "1.科普专项经费", priorFinal: "29.56", budget: "37" },
        ],
      },
      finalAccounts: { sangong },
    });
    expect(findings).toEqual([]);
  });
});
