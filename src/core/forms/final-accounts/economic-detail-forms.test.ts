import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../dataset/schema.ts";
import { parseDatasetJson } from "../../dataset/validate-dataset.ts";
import { SYNTHETIC_DATASET } from "../../narrative/final-accounts/synthetic-dataset.fixture.ts";
import type { Form } from "../form.ts";
import { buildFiscalDetailForm, buildGeneralBudgetDetailForm } from "./economic-detail-forms.ts";

function liangshan(): Dataset {
  const url = new URL("../../../../examples/liangshan-2023.json", import.meta.url);
  const result = parseDatasetJson(readFileSync(url, "utf8"));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.dataset;
}

const texts = (form: Form | null) => (form?.rows ?? []).map((row) => row.map((cell) => cell.text));

describe("公开05表 and 公开07表, the 明细表 by 支出经济分类", () => {
  it("凉山: the official form with its 合计 as the other 附表 print it (874.05 = 417.82 + 51.17 + 405.06), no 科目 line", () => {
    const dataset = liangshan();
    const accounts = dataset.finalAccounts;
    if (!accounts) throw new Error("no final accounts");
    for (const form of [buildFiscalDetailForm(dataset, accounts), buildGeneralBudgetDetailForm(dataset, accounts)]) {
      expect(texts(form)).toEqual([
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["人员经费", "公用经费"],
        ["合计", "874.05", "417.82", "51.17", "405.06"],
      ]);
      expect(form?.notes).toEqual(["注：本表未列按部门预算支出经济分类（类、款）的科目明细，仅列合计数。"]);
    }
    expect(buildFiscalDetailForm(dataset, accounts)?.code).toBe("公开05表");
    expect(buildGeneralBudgetDetailForm(dataset, accounts)?.code).toBe("公开07表");
  });

  it("with 政府性基金 spending, 05 adds it to the 合计 and leaves the split it does not know blank", () => {
    const accounts = SYNTHETIC_DATASET.finalAccounts;
    if (!accounts) throw new Error("no final accounts");
    const general = texts(buildGeneralBudgetDetailForm(SYNTHETIC_DATASET, accounts))[2];
    const fiscal = texts(buildFiscalDetailForm(SYNTHETIC_DATASET, accounts))[2];
    expect(general?.[1]).toBe("290.50");
    expect(fiscal).toEqual(["合计", "300.50", "", "", ""]);
  });
});
