import { describe, expect, it } from "vitest";
import { wanToFen } from "../money/fen.ts";
import { datasetInWan } from "./amount-unit.ts";
import { validateDataset } from "./validate-dataset.ts";

describe("dataset format 2", () => {
  it("reads a version-1 file as version 2 and says what changed", () => {
    const result = validateDataset({ formatVersion: 1, year: 2023 });
    expect(result.ok && result.dataset.formatVersion).toBe(2);
    expect(result.ok && result.dataset.amountUnit).toBe("万元");
    expect(result.ok && result.migration).toEqual([
      "格式版本 1 已按版本 2 读入（formatVersion: 2）",
      "金额单位按万元（amountUnit: 万元；版本 1 的金额都是万元）",
    ]);
  });
  it("a current file is not migrated", () => {
    const result = validateDataset({ formatVersion: 2, year: 2023, amountUnit: "元" });
    expect(result.ok && result.migration).toEqual([]);
  });
  it("moves a version-1 carry-over income line outside the 收入合计 to 年初结转和结余", () => {
    const result = validateDataset({
      formatVersion: 1,
      year: 2023,
      finalAccounts: {
        income: {
          total: "350.20",
          items: [
            {
              name: "年初结转和结余",
              source: "carryOver",
              amount: "12.35",
              printed: { share: "3.4%", change: "增加1万元" },
            },
            { name: "财政拨款收入", source: "generalBudget", amount: "340.20" },
            { name: "其他收入", source: "other", amount: "10" },
          ],
        },
      },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.finalAccounts?.income?.items.map((i) => i.name)).toEqual(["财政拨款收入", "其他收入"]);
    expect(result.dataset.finalAccounts?.income?.openingCarryOver).toEqual({
      amount: "12.35",
      printed: { change: "增加1万元" },
    });
    expect(result.migration[2]).toContain("已移至 finalAccounts.income.openingCarryOver（年初结转和结余）");
  });
  it("leaves the caller's value as it was", () => {
    const value = {
      formatVersion: 1,
      year: 2023,
      finalAccounts: {
        income: {
          total: "10",
          items: [
            { name: "上年结转", source: "carryOver", amount: "1" },
            { name: "拨款", amount: "10" },
          ],
        },
      },
    };
    const before = JSON.stringify(value);
    expect(validateDataset(value).ok).toBe(true);
    expect(JSON.stringify(value)).toBe(before);
  });
  it("keeps a carry-over line that is part of the 收入合计", () => {
    const result = validateDataset({
      formatVersion: 1,
      year: 2023,
      finalAccounts: {
        income: {
          total: "352.55",
          items: [
            { name: "上年结转", source: "carryOver", amount: "12.35" },
            { name: "财政拨款收入", amount: "340.20" },
          ],
        },
      },
    });
    expect(result.ok && result.dataset.finalAccounts?.income?.items.length).toBe(2);
    expect(result.ok && result.migration.length).toBe(2);
  });
  it("refuses an amount beyond 9,999,999.999999 万元 with a Chinese message and its place (issue 12 item 6)", () => {
    const result = validateDataset({ formatVersion: 2, year: 2023, budget: { initial: { total: "123456789012.5" } } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toEqual([
      {
        location: "budget.initial.total",
        message:
          "金额过大：123456789012.5万元超过上限 9,999,999.999999万元（约1000亿元；更大的金额无法保证合计精确到分）",
      },
    ]);
    expect(validateDataset({ formatVersion: 2, year: 2023, budget: { initial: { total: "9999999.999999" } } }).ok).toBe(
      true,
    );
  });
  it("the largest amounts in the longest list still add up exactly in 分", () => {
    const functionLines = Array.from({ length: 500 }, (_, i) => ({
      code: "206",
      amount: i % 2 === 0 ? "9999999.999999" : "-9999999.999999",
    }));
    const result = validateDataset({ formatVersion: 2, year: 2023, finalAccounts: { functionLines } });
    expect(result.ok).toBe(true);
    const all = Array.from({ length: 500 }, () => wanToFen("9999999.999999"));
    const sum = all.reduce((a, b) => a + b, 0);
    expect(Number.isSafeInteger(sum)).toBe(true);
    expect(sum).toBe(4_999_999_999_999_500);
  });
  it("in a 元 document amounts have at most 2 decimals and 11 integer digits", () => {
    const bad = validateDataset({
      formatVersion: 2,
      year: 2023,
      amountUnit: "元",
      finalAccounts: { income: { total: "8740500.125" }, expenditure: { total: "123456789012" } },
    });
    expect(!bad.ok && bad.issues.map((i) => i.location)).toEqual([
      "finalAccounts.income.total",
      "finalAccounts.expenditure.total",
    ]);
    expect(!bad.ok && bad.issues[0]?.message).toBe("金额单位为元时最多2位小数（精确到分）：8740500.125");
  });
  it("a 元 dataset is converted exactly to a 万元 working copy, once", () => {
    const result = validateDataset({
      formatVersion: 2,
      year: 2023,
      amountUnit: "元",
      department: {
        evaluation: {
          execution: [{ label: "年度资金总额", role: "total", budget: "1234567.89", executed: "1000000" }],
        },
      },
      finalAccounts: {
        functionLines: [{ code: "2060101", amount: "0.01" }],
        income: { total: "8740500.00", openingCarryOver: { amount: "99.99" } },
      },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const wan = datasetInWan(result.dataset);
    expect(wan.amountUnit).toBe("元");
    expect(wan.department?.evaluation?.execution[0]).toMatchObject({ budget: "123.456789", executed: "100" });
    expect(wan.finalAccounts?.functionLines[0]?.amount).toBe("0.000001");
    expect(wan.finalAccounts?.income?.total).toBe("874.05");
    expect(wan.finalAccounts?.income?.openingCarryOver?.amount).toBe("0.009999");
    expect(datasetInWan(wan)).toBe(wan);
    expect(result.dataset.finalAccounts?.income?.total).toBe("8740500.00");
  });
  it("holds the version-2 additions", () => {
    const result = validateDataset({
      formatVersion: 2,
      year: 2023,
      unit: { name: "某县科协", staff: { retired: 3, retiredCadres: 1 } },
      department: {
        name: "某县科学技术协会",
        code: "301001",
        evaluation: {
          execution: [
            { label: "年度资金总额", role: "total", budget: "100", executed: "90" },
            {
              label: "其中：财政拨款",
              role: "part",
              budget: "100",
              executed: "90",
              printed: { rate: "90%", weight: "10", score: "9" },
            },
            { label: "一般公共预算", role: "part", depth: 2, budget: "100", executed: "90" },
          ],
          reasonCells: { execution: false },
          incomplete: true,
          incompleteNote: "表格跨页，第2页未收录",
        },
      },
      finalAccounts: {
        income: {
          total: "100",
          grandTotal: { amount: "110", printed: { total: "110.01万元" } },
          openingCarryOver: { amount: "10" },
        },
        expenditure: {
          total: "95",
          closingCarryOver: { amount: "15" },
          grandTotal: { amount: "110" },
          incomplete: true,
        },
        functionLinesIncomplete: true,
      },
      narrative: [{ title: "收入支出决算总体情况", text: "……", incomplete: true }],
    });
    expect(result.ok).toBe(true);
  });
});
