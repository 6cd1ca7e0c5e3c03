import { describe, expect, it } from "vitest";
import { brief, runCheck } from "./check-fixture.ts";
import { functionLinesIncompleteCheck } from "./function-lines-incomplete.ts";

const byClass = [
  { name: "教育支出", amount: "0" },
  { name: "科学技术支出", code: "206", amount: "701.17" },
  { name: "卫生健康支出", amount: "21.88" },
  { name: "住房保障支出", code: "221", amount: "25.74" },
];

describe("FUNCTION-LINES-INCOMPLETE", () => {
  it("flags a class with spending but no function line (seed 004: 221 住房保障支出 25.74)", () => {
    const findings = runCheck(functionLinesIncompleteCheck, {
      finalAccounts: {
        generalBudget: { amount: "748.79", byClass },
        functionLines: [
          { code: "2060701", amount: "701.17" },
          { code: "2101101", className: "卫生健康支出", amount: "21.88" },
        ],
      },
    });
    expect(brief(findings)).toEqual([
      {
        code: "FUNCTION-LINES-INCOMPLETE",
        severity: "error",
        location: "finalAccounts.generalBudget.byClass[3]",
        expected: "221 住房保障支出的功能分类明细，合计 25.74 万元",
      },
    ]);
    expect(findings[0]?.message).toContain("25.74 万元");
  });

  it("finds nothing when every class with spending has lines (matched by code or class name)", () => {
    const findings = runCheck(functionLinesIncompleteCheck, {
      finalAccounts: {
        generalBudget: { amount: "748.79", byClass },
        functionLines: [
          { code: "2060701", amount: "701.17" },
          { code: "2101101", className: "卫生健康支出", amount: "21.88" },
          { code: "2210201", amount: "25.74" },
        ],
      },
    });
    expect(findings).toEqual([]);
  });

  it("says nothing when the dataset lists no function lines at all", () => {
    expect(
      runCheck(functionLinesIncompleteCheck, { finalAccounts: { generalBudget: { amount: "748.79", byClass } } }),
    ).toEqual([]);
  });
});
