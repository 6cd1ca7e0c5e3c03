/** A document in 元 (amountUnit 元): amounts converted exactly, rates checked, unit-label mistakes diagnosed as such. */
import { describe, expect, it } from "vitest";
import { validateDataset } from "../../dataset/validate-dataset.ts";
import { defaultProfile } from "../../profiles/builtin-profiles.ts";
import { auditDataset } from "../run-audit.ts";

function audit(finalAccounts: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const result = validateDataset({ formatVersion: 2, year: 2023, amountUnit: "元", finalAccounts, ...extra });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return auditDataset(result.dataset, defaultProfile()).findings;
}

describe("a 元 document", () => {
  const income = {
    total: "8740500.00",
    prior: "8774700.00",
    printed: { total: "8,740,500.00元", change: "减少34,200.00元", changeRate: "下降0.39%" },
  };
  it("a clean statement in 元 gives no finding", () => {
    expect(audit({ income })).toEqual([]);
  });
  it("a wrong rate is found, computed in 元", () => {
    const findings = audit({ income: { ...income, printed: { ...income.printed, changeRate: "下降0.4%" } } }).filter(
      (f) => f.severity !== "info",
    );
    expect(findings.map((f) => [f.code, f.expected])).toEqual([]);
    const wrong = audit({ income: { ...income, printed: { ...income.printed, changeRate: "下降3.9%" } } });
    expect(wrong.map((f) => [f.code, f.severity, f.expected])).toEqual([["CHANGE-RATE", "error", "0.39%"]]);
    expect(wrong[0]?.message).toContain("34,200.00 ÷ 8,774,700.00");
  });
  it("a change labelled 万元 whose number is the 元 figure is a unit-label mistake, not a change 10 000 times too large", () => {
    const findings = audit({ income: { ...income, printed: { ...income.printed, change: "减少34,200.00万元" } } });
    const unit = findings.filter((f) => f.code === "AMOUNT-UNIT");
    expect(unit.map((f) => [f.severity, f.location, f.expected])).toEqual([
      ["error", "finalAccounts.income.printed.change", "34200.00元"],
    ]);
    expect(unit[0]?.message).toBe(
      "本年收入合计增减额为 34,200.00元（8,740,500.00元 − 8,774,700.00元），原文写作“34200.00万元”：单位应为元",
    );
  });
  it("a change written in 万元 that is right in 万元 is accepted", () => {
    expect(audit({ income: { ...income, printed: { ...income.printed, change: "减少3.42万元" } } })).toEqual([]);
  });
  it("a total labelled 万元 with the 元 number", () => {
    const findings = audit({ income: { ...income, printed: { ...income.printed, total: "8740500.00万元" } } });
    expect(findings.map((f) => [f.code, f.severity, f.message])).toEqual([
      ["AMOUNT-UNIT", "error", "本年收入合计为 8,740,500.00元，原文写作“8740500.00万元”：单位应为元"],
    ]);
  });
  it("messages print amounts in 元", () => {
    const findings = audit({ income: { total: "100.00", items: [{ name: "财政拨款收入", amount: "90.00" }] } });
    expect(findings.map((f) => [f.code, f.severity, f.message])).toEqual([
      ["SUM-PARTS", "error", "本年收入各项：90.00 = 90.00 元，与本年收入合计 100.00 元相差 10.00 元"],
    ]);
  });
});
