/**
 * The unit's copied text never contradicts the figures its own document computes: where it states a score, a grade
 * or a change the computation does not give, the document prints the computed value (or leaves the sentence out
 * where nothing can be computed) and the audit reports the unit's sentence (STATED-CLAIM-CONTRADICTED, a warning: what
 * is filed already prints the computed value, and the unit is asked to correct its text). Read from the documents
 * the three units' examples generate.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { auditDataset } from "../../src/core/audit/run-audit.ts";
import { Dataset } from "../../src/core/dataset/schema.ts";
import type { Finding } from "../../src/core/findings/finding.ts";
import { getBuiltinProfile } from "../../src/core/profiles/builtin-profiles.ts";
import type { RuleProfile } from "../../src/core/profiles/profile-schema.ts";
import { buildDocumentPackage } from "../../src/documents/build-package.ts";
import type { DocumentKind } from "../../src/documents/document-input.ts";
import { readDocxText } from "../../src/documents/read-docx-text.ts";

async function unitDocuments(example: string, profileId: string, only: DocumentKind[]) {
  const dataset = Dataset.parse(
    JSON.parse(readFileSync(new URL(`../../examples/${example}.json`, import.meta.url), "utf8")),
  );
  const profile = getBuiltinProfile(profileId) as RuleProfile;
  const files = await buildDocumentPackage({ dataset, profile, only, generatedAt: new Date(0) });
  const texts = new Map<string, string>();
  for (const file of files) if (file.format === "docx") texts.set(file.name, await readDocxText(file.data));
  const text = (suffix: string) => {
    const name = [...texts.keys()].find((n) => n.endsWith(suffix));
    if (!name) throw new Error(`${example}: no document ending ${suffix}`);
    return texts.get(name) as string;
  };
  const claims = auditDataset(dataset, profile).findings.filter((f) => f.code === "STATED-CLAIM-CONTRADICTED");
  return { text, claims };
}

const claimAt = (claims: readonly Finding[], location: string) => claims.filter((f) => f.location === location);

describe("西藏 (seed 000): a table without weights gives no score", async () => {
  const { text, claims } = await unitDocuments("xizang-2024", "national", ["selfEvaluationReport"]);
  const report = text("部门整体支出绩效自评报告.docx");
  it("prints that no score can be computed, and not the unit's 99分 or its grade", () => {
    expect(report).toContain("部门整体支出绩效自评表未设分值，按各项指标完成情况评价，不计算得分和评定等级。");
    expect(report).not.toContain("得分为99分");
    expect(report).not.toContain("评级为“优”");
    // The rest of the unit's paragraph stays.
    expect(report).toContain("2023年科协整体绩效目标基本实现，进一步推进了科协事业的发展。具体指标完成情况如下：");
  });
  it("reports both sentences to the unit as warnings", () => {
    const found = claimAt(claims, "narrative[8].text（第1行）");
    expect(found.map((f) => [f.severity, f.found])).toEqual([
      ["warning", "评价，得分为99分"],
      ["warning", "评级为“优”"],
    ]);
    expect(found[0]?.message).toContain("无法计算得分（表中未印权重，无法计分）：文档未印该句，请改正原文");
  });
});

describe("凉山 (seed 004): the unit's 评价结论 and 十（四） carry the computed totals", async () => {
  const { text, claims } = await unitDocuments("liangshan-2023", "sichuan", ["selfEvaluationReport", "finalAccounts"]);
  it("科普宣传活动业务经费: 49.47 where the unit wrote 99", () => {
    const report = text("项目支出绩效自评报告-科普宣传活动业务经费.docx");
    expect(report).toContain(
      "本项目绩效自评得分49.47分，其中预算执行率得分10分、绩效指标得分39.47分，自评等级为“差”。",
    );
    expect(report).toContain("预算执行率100%，执行情况良好，自评得分49.47分。");
    expect(report).not.toMatch(/99分/);
    expect(claimAt(claims, "projects[11].conclusion（第1行）").map((f) => [f.found, f.expected])).toEqual([
      ["自评得分99分", "49.47分"],
    ]);
  });
  it("人才发展专项: 119.47 of 120 (99.56 on the 100 scale) where the unit wrote 97", () => {
    const report = text("项目支出绩效自评报告-人才发展专项.docx");
    expect(report).toContain("自评得分119.47分（分值120分，折合百分制99.56分）。");
    expect(report).not.toMatch(/97分/);
    // Signed on the unit's filing date, not a blank "年 月 日".
    expect(report.trimEnd().endsWith("凉山州科学技术协会\n2024年1月15日")).toBe(true);
  });
  it("no project report keeps a sentence-removed note: the correction is in the text, the finding in the audit", () => {
    expect(text("项目支出绩效自评报告-凉山州级科普专项经费.docx")).not.toContain("该句未收入报告");
  });
  it("十（四） of the 决算说明 is the unit's own text with the computed scores", () => {
    const accounts = text("部门决算情况说明.docx");
    expect(accounts).toContain("1.凉山州科学技术协会部门整体绩效自评得分为97分。绩效自评综述：");
    expect(accounts).toContain("2.专项“凉山州科学技术协会换届选举”项目自评得分99.79分。绩效自评综述：");
    expect(accounts).toContain("3. 专项“第38届凉山州青少年科技创新大赛”项目绩效自评得分90分。");
    expect(accounts).toContain("4. 专项“学术交流活动业务经费”项目绩效自评99.47分。");
    expect(claimAt(claims, "narrative[22].text（第4行）").map((f) => f.expected)).toEqual(["99.79分", "99.79分"]);
  });
  it("an agreeing statement stands as written and is not reported (部门整体 97 = 27+20+30+14+6)", () => {
    expect(claims.filter((f) => f.found?.includes("97分") && f.location.startsWith("narrative[22]"))).toEqual([]);
  });
});

describe("零陵 (seed 001): “持平” and “未调整” beside figures that changed", async () => {
  const { text, claims } = await unitDocuments("lingling-2024", "hunan", ["selfEvaluationReport"]);
  const report = text("部门整体支出绩效自评报告.docx");
  it("prints the change in the unit's sentences", () => {
    expect(report).toContain("财政供养人员控制在预算编制以内，“三公”经费支出总额较上年增加0.01万元。");
    expect(report).toContain(
      "在预算执行方面，支出总额控制在预算总额以内，本年预算由年初153.53万元调整为127.10万元，单位预算资金均按规定管理使用。",
    );
    expect(report).not.toContain("持平");
    expect(report).not.toContain("本年单位预算未进行预算相关事项的调整，");
  });
  it("reports each sentence to the unit", () => {
    expect(claimAt(claims, "narrative[10].text（第2行）").map((f) => [f.found, f.expected])).toEqual([
      ["“三公”经费支出总额较上年持平", "增加0.01万元"],
      ["本年单位预算未进行预算相关事项的调整", "本年预算由年初153.53万元调整为127.10万元"],
    ]);
  });
});
