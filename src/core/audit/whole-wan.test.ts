import { describe, expect, it } from "vitest";
import { validateDataset } from "../dataset/validate-dataset.ts";
import { getBuiltinProfile } from "../profiles/builtin-profiles.ts";
import { auditDataset } from "./run-audit.ts";
import { printsWholeWan } from "./whole-wan.ts";

/** 衢江区 2016 三公 as printed: whole 万元, 12 + 1356 + 995 = 2363 for 2364, 38 + 958 = 996 for 995. */
function qujiang(vehicles = "995", total = "2364") {
  const checked = validateDataset({
    formatVersion: 2,
    year: 2016,
    amountUnit: "万元",
    unit: { name: "衢州市衢江区" },
    finalAccounts: {
      sangong: {
        amount: total,
        prior: "2840",
        abroad: { amount: "12", prior: "90", printed: { changeRate: "下降86.62%" } },
        vehicles: { amount: vehicles, prior: "1350", purchase: "38", operation: "958" },
        reception: { amount: "1356", prior: "1400", printed: { changeRate: "下降3.14%" } },
        printed: { changeRate: "下降16.77%" },
      },
    },
  });
  if (!checked.ok) throw new Error("fixture invalid");
  return checked.dataset;
}

const profile = getBuiltinProfile("national");
const errors = (dataset: ReturnType<typeof qujiang>) =>
  auditDataset(dataset, profile!)
    .findings.filter((f) => f.severity === "error")
    .map((f) => `${f.code} ${f.location}`);

describe("a document printed in whole 万元", () => {
  it("is recognized by its amounts, none with decimals", () => {
    expect(printsWholeWan(qujiang())).toBe(true);
    expect(printsWholeWan(qujiang("995.00"))).toBe(false);
  });
  it("explains a sum off by 1 and a rate within the rounding of whole 万元", () => {
    expect(errors(qujiang())).toEqual([]);
  });
  it("still flags what no rounding of whole 万元 explains", () => {
    expect(errors(qujiang("995", "2366"))).toContain("SUM-PARTS finalAccounts.sangong.amount");
    // With 2 decimals printed, the same gap of 1 万元 is an error.
    expect(errors(qujiang("995.00"))).toContain("SUM-PARTS finalAccounts.sangong.vehicles.amount");
  });
});
