import { describe, expect, it } from "vitest";
import { brief, runCheck } from "./check-fixture.ts";
import { placeholderTextCheck } from "./placeholder-text.ts";

describe("PLACEHOLDER-TEXT", () => {
  it("flags unfilled template text in printed figures, fields and narrative (seed 004)", () => {
    const findings = runCheck(placeholderTextCheck, {
      finalAccounts: {
        sangong: { abroad: { amount: "0", printed: { change: "增加/减少0万元", changeRate: "增长/下降0%" } } },
        procurement: { total: "0", purpose: "主要用于…（具体工作）。" },
      },
      narrative: [{ title: "（二）政府采购支出情况", text: "20XX年度政府采购支出总额X万元。\n……" }],
    });
    expect(brief(findings)).toEqual([
      {
        code: "PLACEHOLDER-TEXT",
        severity: "error",
        location: "finalAccounts.sangong.abroad.printed.change",
        expected: "填写实际内容或删去该句",
      },
      {
        code: "PLACEHOLDER-TEXT",
        severity: "error",
        location: "finalAccounts.sangong.abroad.printed.changeRate",
        expected: "填写实际内容或删去该句",
      },
      {
        code: "PLACEHOLDER-TEXT",
        severity: "error",
        location: "finalAccounts.procurement.purpose",
        expected: "填写实际内容或删去该句",
      },
      {
        code: "PLACEHOLDER-TEXT",
        severity: "error",
        location: "narrative[0].text",
        expected: "填写实际内容或删去该句",
      },
    ]);
    expect(findings.map((f) => f.found)).toEqual([
      "增加/减少",
      "增长/下降",
      "（具体工作）、主要用于…",
      "20XX年、X万元、……",
    ]);
  });

  it("leaves filled text and the 基础数据表 template rows alone", () => {
    const findings = runCheck(placeholderTextCheck, {
      basicData: { funds: [{ item: "……" }, { item: "2.（一个专项一行）" }] },
      narrative: [{ title: "四", text: "结合我科室具体工作任务，统筹考虑……等工作。比上年增加1.84万元。" }],
    });
    expect(findings).toEqual([]);
  });

  it("finds a form's instruction left in its cell, by its word limit", () => {
    const findings = runCheck(placeholderTextCheck, {
      projects: [{ name: "工资性支出", conclusion: "结合自评情况,说明项目自评总分。(200字以内)", problems: "无" }],
    });
    expect(brief(findings)).toEqual([
      {
        code: "PLACEHOLDER-TEXT",
        severity: "error",
        location: "projects[0].conclusion",
        expected: "填写实际内容或删去该句",
      },
    ]);
  });
});
