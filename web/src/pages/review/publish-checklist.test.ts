import { describe, expect, it } from "vitest";
import type { FullReport } from "../../api/types.ts";
import { publishChecklist } from "./publish-checklist.ts";

/** An approved report as GET /api/reports/:id/full gives it, with the stored audit's findings. */
function approved(findings: { code: string; severity: "error" | "warning" }[], audit = { version: 7, stale: false }) {
  return {
    report: { version: 7, auditVersion: audit.version, auditStale: audit.stale },
    dataset: {
      formatVersion: 2,
      year: 2024,
      unit: { name: "某县科协" },
      finalAccounts: { totals: { amount: "1" }, functionLines: [], charts: [] },
      projects: [],
      narrative: [{ title: "一、部门基本情况", text: "本部门……" }],
      publishedScores: [],
    },
    scores: { findings: findings.map((finding) => ({ ...finding, message: "m", location: "x" })) },
  } as unknown as FullReport;
}

const unmet = (full: FullReport) =>
  publishChecklist(full)
    .filter((item) => !item.ok)
    .map((item) => [item.label, item.detail, item.blocking]);

describe("publishChecklist", () => {
  it("passes an approved report whose audit of this version has no error", () => {
    const items = publishChecklist(approved([{ code: "RATE-CHANGE", severity: "warning" }]));
    expect(items.map((item) => item.label)).toEqual([
      "校验结果",
      "错误级校验问题",
      "模板占位文字",
      "自评表权重合计",
      "报表内容",
      "叙述",
    ]);
    expect(items.every((item) => item.ok)).toBe(true);
  });

  it("blocks on the stored audit's errors and placeholders (rules changed since submission)", () => {
    expect(
      unmet(
        approved([
          { code: "PLACEHOLDER-TEXT", severity: "error" },
          { code: "SUM-PARTS", severity: "error" },
        ]),
      ),
    ).toEqual([
      ["错误级校验问题", "1 个", true],
      ["模板占位文字", "1 处未替换", true],
    ]);
  });

  it("blocks while the audit is of another version or stale", () => {
    expect(unmet(approved([], { version: 6, stale: true }))).toEqual([
      ["校验结果", "正在按现行规则重新校验第 7 版，请稍后刷新", true],
    ]);
  });
});
