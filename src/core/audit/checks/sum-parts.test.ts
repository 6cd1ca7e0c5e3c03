import { describe, expect, it } from "vitest";
import { brief, runCheck } from "./check-fixture.ts";
import { sumPartsCheck } from "./sum-parts.ts";

const classes004 = [
  { name: "科学技术支出", code: "206", amount: "701.17" },
  { name: "社会保障和就业支出", code: "208", amount: "125.26" },
  { name: "卫生健康支出", code: "210", amount: "21.88" },
  { name: "住房保障支出", code: "221", amount: "25.74" },
];

const lines004 = [
  ["2060701", "basic", "296.11"],
  ["2060702", "project", "12"],
  ["2060703", "project", "2.8"],
  ["2060704", "project", "12"],
  ["2060799", "project", "300.19"],
  ["2069999", "project", "78.07"],
  ["2080501", "basic", "78.39"],
  ["2080502", "basic", "2.21"],
  ["2080505", "basic", "29.77"],
  ["2080506", "basic", "14.89"],
  ["2101101", "basic", "7.38"],
  ["2101102", "basic", "2.74"],
  ["2101103", "basic", "8.77"],
  ["2101199", "basic", "2.98"],
].map(([code, nature, amount]) => ({ code, nature, amount }));

describe("SUM-PARTS", () => {
  it("reports a gap that rounding of the parts explains as info (seed 000: 3537.36 vs 3537.34)", () => {
    const findings = runCheck(sumPartsCheck, {
      finalAccounts: {
        expenditure: {
          total: "3537.34",
          byClass: [
            { name: "科学技术支出", amount: "3107.33" },
            { name: "社会保障和就业支出", amount: "207.89" },
            { name: "卫生健康支出", amount: "94.77" },
            { name: "住房保障支出", amount: "127.37" },
          ],
        },
      },
    });
    expect(brief(findings)).toEqual([
      { code: "SUM-PARTS", severity: "info", location: "finalAccounts.expenditure.total", expected: "3537.36" },
    ]);
    expect(findings[0]?.found).toBe("3537.34");
    expect(findings[0]?.message).toContain("3107.33 + 207.89 + 94.77 + 127.37 = 3537.36");
  });

  it("reports parts that exceed the total as an error (seed 002: 0.84 + 163.68 vs 163.68)", () => {
    const findings = runCheck(sumPartsCheck, {
      budget: {
        initial: {
          total: "163.68",
          items: [
            { name: "上年结转", source: "carryOver", amount: "0.84" },
            { name: "一般公共预算拨款收入", source: "generalBudget", amount: "163.68" },
          ],
          byClass: [
            { name: "科学技术支出", amount: "125.43" },
            { name: "社会保障和就业支出", amount: "20.15" },
            { name: "卫生健康支出", amount: "5.95" },
            { name: "住房保障支出", amount: "12.15" },
          ],
        },
      },
    });
    expect(brief(findings)).toEqual([
      { code: "SUM-PARTS", severity: "error", location: "budget.initial.total", expected: "164.52" },
    ]);
    expect(findings[0]?.message).toContain("相差 0.84 万元");
  });

  it("checks function lines per class, in all, and by nature (seed 004)", () => {
    const findings = runCheck(sumPartsCheck, {
      finalAccounts: {
        expenditure: {
          total: "874.05",
          items: [
            { name: "基本支出", nature: "basic", amount: "468.99" },
            { name: "项目支出", nature: "project", amount: "405.06" },
          ],
        },
        generalBudget: { amount: "874.05", byClass: classes004 },
        functionLines: lines004,
        basicSpending: { total: "468.99", personnel: "417.82", public: "51.17" },
      },
    });
    expect(brief(findings)).toEqual([
      {
        code: "SUM-PARTS",
        severity: "info",
        location: "finalAccounts.generalBudget.byClass[2].amount",
        expected: "21.87",
      },
      { code: "SUM-PARTS", severity: "error", location: "finalAccounts.generalBudget.amount", expected: "848.30" },
      { code: "SUM-PARTS", severity: "info", location: "finalAccounts.basicSpending.total", expected: "468.98" },
    ]);
    expect(findings[2]?.message).toContain("未列明细的住房保障支出按基本支出计入");
  });

  it("finds nothing when the parts add up (凉山 468.99 + 405.06 = 874.05; 417.82 + 51.17 = 468.99)", () => {
    const findings = runCheck(sumPartsCheck, {
      finalAccounts: {
        expenditure: {
          total: "874.05",
          items: [
            { name: "基本支出", amount: "468.99" },
            { name: "项目支出", amount: "405.06" },
            { name: "上缴上级支出", amount: "0" },
          ],
        },
        generalBudget: { amount: "874.05", byClass: classes004 },
        basicSpending: {
          total: "468.99",
          personnel: "417.82",
          public: "51.17",
          prior: "118.84",
          priorPersonnel: "94.32",
          priorPublic: "24.52",
        },
        sangong: {
          amount: "7.6",
          abroad: { amount: "0" },
          vehicles: { amount: "7.41", purchase: "0", operation: "7.41" },
          reception: { amount: "0.19", domestic: "0.19", foreign: "0" },
        },
        procurement: { total: "10", goods: "4", works: "0", services: "6" },
      },
    });
    expect(findings).toEqual([]);
  });

  it("flags 基本支出 ≠ 人员经费 + 公用经费 and a wrong 三公 item sum", () => {
    const findings = runCheck(sumPartsCheck, {
      finalAccounts: {
        basicSpending: { total: "470.00", personnel: "417.82", public: "51.17" },
        sangong: { amount: "8", abroad: { amount: "0" }, vehicles: { amount: "7.41" }, reception: { amount: "0.19" } },
      },
    });
    expect(brief(findings)).toEqual([
      { code: "SUM-PARTS", severity: "error", location: "finalAccounts.basicSpending.total", expected: "468.99" },
      { code: "SUM-PARTS", severity: "error", location: "finalAccounts.sangong.amount", expected: "7.60" },
    ]);
  });

  it("sums each breakdown of an execution block on its own and flags a wrong one", () => {
    const findings = runCheck(sumPartsCheck, {
      department: {
        evaluation: {
          execution: [
            { label: "年度资金总额", role: "total", initial: "153.53", adjusted: "127.10", executed: "124.88" },
            { label: "一般公共预算", role: "part", source: "generalBudget", executed: "124.88" },
            { label: "基本支出", role: "part", nature: "basic", executed: "124.88" },
          ],
        },
      },
      projects: [
        {
          name: "测试项目",
          evaluation: {
            execution: [
              { label: "总额", role: "total", initial: "12", adjusted: "12", executed: "12" },
              {
                label: "其中：财政资金",
                role: "part",
                source: "fiscal",
                initial: "12",
                adjusted: "12",
                executed: "10",
              },
              { label: "单位资金", role: "part", source: "unitFunds", initial: "0", adjusted: "0", executed: "0" },
            ],
          },
        },
      ],
    });
    expect(brief(findings)).toEqual([
      {
        code: "SUM-PARTS",
        severity: "error",
        location: "projects[0].evaluation.execution[0].executed",
        expected: "10.00",
      },
    ]);
  });
});
