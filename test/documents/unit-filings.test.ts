/**
 * Each sample unit's 部门整体支出绩效自评报告 as it would be filed: every section of the seed in the seed's order,
 * the 公文 parts from the dataset's filing, and nothing the seed did not print twice.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { auditDataset } from "../../src/core/audit/run-audit.ts";
import { Dataset } from "../../src/core/dataset/schema.ts";
import { getBuiltinProfile } from "../../src/core/profiles/builtin-profiles.ts";
import type { RuleProfile } from "../../src/core/profiles/profile-schema.ts";
import { readDocxText } from "../../src/documents/read-docx-text.ts";
import { buildSelfEvaluationReportDocx } from "../../src/documents/self-evaluation/build-self-evaluation-report-docx.ts";

async function reportText(example: string, profileId: string): Promise<string> {
  const dataset = Dataset.parse(
    JSON.parse(readFileSync(new URL(`../../examples/${example}.json`, import.meta.url), "utf8")),
  );
  const profile = getBuiltinProfile(profileId) as RuleProfile;
  const { scores, findings } = auditDataset(dataset, profile);
  const [file] = await buildSelfEvaluationReportDocx({ dataset, profile, scores, findings, generatedAt: new Date(0) });
  if (!file) throw new Error(`${example}: no report`);
  return readDocxText(file.data);
}

const headingsOf = (text: string, pattern: RegExp) =>
  text.split("\n").filter((line) => pattern.test(line) && !line.includes("\t"));
/** No line of a sentence's length appears twice. */
function repeatedLines(text: string): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const line of text.split("\n").filter((l) => l.length >= 20 && !l.includes("\t"))) {
    if (seen.has(line)) repeated.push(line);
    seen.add(line);
  }
  return repeated;
}

describe("西藏 (seed 000) under the Tibet outline", async () => {
  const text = await reportText("xizang-2024", "national");
  it("opens as the seed's letter: title, （2024年度）, the addressee flush left, the opening citing 藏财绩﹝2025﹞43号", () => {
    expect(
      text.startsWith(
        "西藏自治区科学技术协会\n部门整体支出绩效自评报告\n（2024年度）\n自治区财政厅：\n根据贵厅《关于开展2024年度自治区本级部门（单位）绩效评价的通知》（藏财绩﹝2025﹞43号）要求",
      ),
    ).toBe(true);
  });
  it("keeps every section, 一（四） and the 年初预算 paragraph included, in the seed's order", () => {
    expect(headingsOf(text, /^（[一二三四五]）/)).toEqual([
      "（一）部门主要职责职能，组织架构、人员及资产等基本情况",
      "（二）当年部门履职总体目标、工作任务",
      "（三）当年部门年度整体支出绩效目标",
      "（四）部门预算绩效管理开展情况",
      "（五）当年部门预算及执行情况",
      "（一）履职完成情况",
      "（二）履职效果情况",
      "（一）主要问题及原因分析",
    ]);
    expect(text).toContain("2024年年初预算数为3384.69万元，全年实际收入总额3422.59万元");
  });
  it("closes with 特此报告, the 附件 list, the signature and the seed's date, each once", () => {
    expect(text).toContain(
      "特此报告。\n\n附件：部门整体支出绩效自评表\n\n西藏自治区科学技术协会\n2025年5月26日\n附件\n",
    );
    expect(text.match(/特此报告/g)).toHaveLength(1);
    expect(text.match(/2025年5月26日/g)).toHaveLength(1);
    expect(repeatedLines(text)).toEqual([]);
  });
});

describe("乐山 (seed 002), the Sichuan 范本", async () => {
  const text = await reportText("leshan-shizhong-2022", "sichuan");
  it("has the 范本's four parts and their sections, in its order", () => {
    expect(headingsOf(text, /^[一二三四]、/)).toEqual([
      "一、部门基本情况",
      "二、部门财政资金收支情况",
      "三、部门整体绩效管理情况",
      "四、评价结论及建议",
    ]);
    expect(headingsOf(text, /^（[一二三四]）/)).toEqual([
      "（一）机构组成",
      "（二）机构职能和人员概况",
      "（三）年度主要工作任务",
      "（四）部门整体支出绩效目标",
      "（一）部门财政资金收入情况",
      "（二）部门财政资金支出情况",
      "（三）部门财政资金结转结余情况",
      "（一）部门整体履职绩效分析",
      "（二）其他运转类项目绩效分析",
      "（三）结果应用情况",
      "（一）评价结论",
      "（二）存在问题",
      "（三）改进建议",
    ]);
  });
  it("prints neither the seed's 附件 label nor its 范本 title as text, and signs as the seed does", () => {
    expect(text).not.toContain("附件 1");
    expect(text).not.toContain("范本");
    expect(text).toContain(
      "建议进一步完善绩效考核指标和开发专业绩效管理软件。\n\n乐山市市中区科学技术协会\n2023年5月1日",
    );
    expect(repeatedLines(text)).toEqual([]);
  });
});

describe("临泽 (seed 003), Gansu's 投入/过程/产出/效益 analysis", async () => {
  const text = await reportText("linze-2023", "national");
  it("keeps its six parts and the four analyses", () => {
    expect(headingsOf(text, /^[一二三四五六]、/)).toEqual([
      "一、部门概况",
      "二、评价工作开展",
      "三、部门整体支出绩效评价分析",
      "四、履职完成情况",
      "五、存在的问题",
      "六、下一步工作打算",
    ]);
    for (const analysis of ["（一）投入情况分析", "（二）过程情况分析", "（三）产出情况分析", "（四）效益情况分析"]) {
      expect(text).toContain(`\n${analysis}\n`);
    }
    expect(text).toContain("（六）推动工作创新，加强科技人才队伍建设");
    expect(text).not.toContain("年    月    日");
    expect(repeatedLines(text)).toEqual([]);
  });
});
