import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/core/dataset/schema.ts";
import type { Finding } from "../../../src/core/findings/finding.ts";
import { submitChecklist } from "./submit-checklist.ts";

const empty: Dataset = {
  formatVersion: 2,
  year: 2025,
  amountUnit: "万元",
  unit: { name: "某县科协" },
  projects: [],
  narrative: [],
  publishedScores: [],
} as Dataset;
const finding = (code: string) => ({ code, severity: "error", location: "x", message: "m" }) as Finding;

describe("submitChecklist", () => {
  it("blocks an empty report, placeholders, wrong weights, drafts; a missing narrative is only a reminder", () => {
    const items = submitChecklist(
      empty,
      [finding("PLACEHOLDER-TEXT"), finding("WEIGHT-SUM"), finding("REASON-MISSING")],
      2,
      0,
    );
    expect(items.filter((item) => !item.ok).map((item) => [item.label, item.detail, item.blocking])).toEqual([
      ["错误级校验问题", "1 个", true],
      ["模板占位文字", "1 处未替换", true],
      ["自评表权重合计", "1 张表的权重合计不正确", true],
      ["报表内容", "既没有绩效自评表，也没有决算数据", true],
      ["叙述", "没有任何叙述段落（请确认）", false],
      ["未保存的内容", "2 处草稿、0 处不合规未保存", true],
    ]);
  });

  it("passes a report with a 决算 and a paragraph", () => {
    const dataset = {
      ...empty,
      finalAccounts: { totals: { amount: "1" }, functionLines: [], charts: [] },
      narrative: [{ title: "一、部门基本情况", text: "本部门……" }],
    } as Dataset;
    expect(submitChecklist(dataset, [], 0, 0).every((item) => item.ok)).toBe(true);
  });
});
