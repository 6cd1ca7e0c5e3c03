import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { auditDataset } from "../../core/audit/run-audit.ts";
import { Dataset } from "../../core/dataset/schema.ts";
import { getBuiltinProfile } from "../../core/profiles/builtin-profiles.ts";
import type { RuleProfile } from "../../core/profiles/profile-schema.ts";
import { checkText } from "../../core/prose/check-text.ts";
import type { DocumentInput } from "../document-input.ts";
import { readDocxText } from "../read-docx-text.ts";
import { buildProjectReportsDocx } from "./build-project-reports-docx.ts";
import { readDocumentXml } from "./read-docx-tables.ts";

function example(name: string): Dataset {
  return Dataset.parse(JSON.parse(readFileSync(new URL(`../../../examples/${name}.json`, import.meta.url), "utf8")));
}

function inputFor(dataset: Dataset, profileId: string): DocumentInput {
  const profile = getBuiltinProfile(profileId) as RuleProfile;
  const { scores, findings } = auditDataset(dataset, profile);
  return { dataset, profile, scores, findings, generatedAt: new Date("2024-06-22T00:00:00Z") };
}

const liangshan = example("liangshan-2023");
const input = inputFor(liangshan, "sichuan");
const files = await buildProjectReportsDocx(input);
/** The projects whose report 凉山 wrote itself (附件2-1, 2-2, 2-3). */
const OWN_REPORTS = [
  "凉山州科学技术协会换届选举项目",
  "凉山州级科普专项经费（第38届凉山州青少年科技创新大赛）",
  "学术交流活动业务经费",
] as const;
const reportOf = (project: string) => {
  const file = files.find((f) => f.name.endsWith(`-${project}.docx`));
  if (!file) throw new Error(`no report for ${project}`);
  return readDocxText(file.data);
};

describe("buildProjectReportsDocx (凉山 2023, 四川 profile)", () => {
  it("writes one report per project with an evaluation table, named unit + year + title + project", () => {
    expect(files).toHaveLength(21);
    expect(files[0]?.name).toBe("凉山州科学技术协会2023年度项目支出绩效自评报告-州本级单位缴费.docx");
    expect(new Set(files.map((f) => f.name)).size).toBe(21);
    expect(files.every((f) => f.kind === "selfEvaluationReport" && f.format === "docx")).toBe(true);
  });

  it("follows the 附件2 outline in every generated report, with no table", () => {
    for (const file of files.filter((f) => !OWN_REPORTS.some((name) => f.name.endsWith(`-${name}.docx`)))) {
      const headings = readDocxText(file.data)
        .split("\n")
        .filter((line) => /^[一二三四五六七八九十]+、/.test(line));
      expect(headings.slice(0, 5)).toEqual([
        "一、项目概况",
        "二、项目资金使用及管理情况",
        "三、项目实施及管理情况",
        "四、项目绩效情况",
        "五、存在的问题及改进措施",
      ]);
      expect(readDocumentXml(file.data)).not.toContain("<w:tbl>");
    }
  });

  it("prints 凉山's own 附件2-1 … 2-3 as it wrote them, the 评价结论 opening with the computed total", () => {
    for (const [name, label] of [
      [OWN_REPORTS[0], "附件2-1"],
      [OWN_REPORTS[1], "附件2-2"],
      [OWN_REPORTS[2], "附件2-3"],
    ] as const) {
      const text = reportOf(name);
      expect(text.startsWith(`${label}\n凉山州科学技术协会\n`), name).toBe(true);
      const headings = text.split("\n").filter((line) => /^[一二三四五六七八九十]+、/.test(line));
      expect(headings, name).toEqual([
        "一、项目概况",
        "二、评价实施",
        "三、绩效分析",
        "四、评价结论",
        "五、存在主要问题",
        "六、改进建议",
      ]);
    }
    expect(reportOf(OWN_REPORTS[0])).toContain("四、评价结论\n本项目绩效自评得分99.79分");
    expect(reportOf(OWN_REPORTS[0])).toContain("（五）评价组织");
  });

  it("states execution, adjustment, each indicator's completion, total and grade of 凉山州级科普专项经费", () => {
    const text = reportOf("凉山州级科普专项经费");
    expect(text.split("\n").slice(0, 3)).toEqual([
      "凉山州科学技术协会",
      "“凉山州级科普专项经费”",
      "2023年度项目支出绩效自评报告",
    ]);
    expect(text).toContain(
      "年初预算数160.00万元，调整后预算数148.00万元，预算执行数148.00万元，预算执行率为100.00%（预算执行数÷调整后预算数），得分10分（分值10分）。",
    );
    expect(text).toContain("调整后预算数148.00万元较年初预算数160.00万元减少12.00万元，下降7.50%。");
    expect(text).toContain(
      "“共由8个大项目组成”年度指标值=8个（套），实际完成值为8个（套），达到年度指标值，得分20分（分值20分）。",
    );
    expect(text).toContain(
      "“相关部门、群众满意度能够达到95%左右”年度指标值≥95%，实际完成值为90%，未达到年度指标值，得分9.47分（分值10分），偏差原因：",
    );
    expect(text).toContain("本项目绩效自评得分89.47分，其中预算执行率得分10分、绩效指标得分79.47分，自评等级为“良”。");
  });

  it("keeps the unit's 评价结论 and prints the computed 89.47 where it claims 98 points", () => {
    const text = reportOf("凉山州级科普专项经费");
    expect(text).toContain(
      "项目的实施助推了凉山经济社会发展。从产出、效益、满意度等指标进行了以上打分，预算执行率100%，执行情况良好，自评得分89.47分。",
    );
    expect(text).not.toContain("98分");
    expect(input.findings).toContainEqual(
      expect.objectContaining({
        code: "STATED-CLAIM-CONTRADICTED",
        location: "projects[9].conclusion（第1行）",
        found: "自评得分98分",
        expected: "89.47分",
      }),
    );
  });

  it("keeps a 评价结论 whose score agrees, and names both signatories", () => {
    const text = reportOf("州本级单位缴费");
    expect(text).toContain("从产出、效益、满意度指标等进行了以上打分，预算执行率100%，执行情况良好，自评得分100分。");
    expect(text).toContain("项目负责人：张舒雁；财务负责人：毛正华。");
    expect(text).toContain("本项目绩效自评得分100分，其中预算执行率得分10分、绩效指标得分90分，自评等级为“优”。");
  });

  it("scores a two-block table on the 100 scale and flags its 120 points (人才发展专项)", () => {
    expect(reportOf("人才发展专项")).toContain(
      "折合百分制99.56分，自评等级为“优”【请核实：自评表分值合计应为100分，现为120分】。",
    );
  });

  it("passes the prose audit, except where it repeats an indicator name the audit already flags as another year's", () => {
    const { findings } = input;
    const flaggedNames = findings
      .filter((f) => f.code === "YEAR-MISMATCH" && /indicators\[\d+\]\.level3$/.test(f.location))
      .map((f) => /“([^”]+)”/.exec(f.message)?.[1] ?? "");
    expect(flaggedNames).toEqual(["2022年1-12月完成", "2022年1-12月前"]);
    const byFile = files.map((file) => ({ name: file.name, findings: checkText(readDocxText(file.data)) }));
    const withFindings = byFile.filter((entry) => entry.findings.length > 0);
    expect(withFindings.map((entry) => entry.name.replace(/^.*-/, ""))).toEqual([
      "凉山州级科普专项经费.docx",
      "凉山州全民科学素质提升专项.docx",
    ]);
    for (const entry of withFindings) {
      for (const finding of entry.findings) {
        expect(finding.code).toBe("PROSE-YEAR");
        expect(
          flaggedNames.some((name) => finding.quote?.includes(`“${name}”【请核实：指标名称所写年份不是评价年度】`)),
        ).toBe(true);
      }
    }
  });

  it("gives two projects of the same name two files", async () => {
    const project = liangshan.projects[0]!;
    const twin = Dataset.parse({ ...liangshan, projects: [project, { ...project, code: "X2" }] });
    const twins = await buildProjectReportsDocx(inputFor(twin, "sichuan"));
    expect(twins.map((f) => f.name)).toEqual([
      "凉山州科学技术协会2023年度项目支出绩效自评报告-州本级单位缴费.docx",
      "凉山州科学技术协会2023年度项目支出绩效自评报告-州本级单位缴费（X2）.docx",
    ]);
  });

  it("writes nothing for a dataset without projects (零陵)", async () => {
    expect(await buildProjectReportsDocx(inputFor(example("lingling-2024"), "hunan"))).toEqual([]);
  });
});
