import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { auditDataset } from "../../core/audit/run-audit.ts";
import { Dataset } from "../../core/dataset/schema.ts";
import { getBuiltinProfile } from "../../core/profiles/builtin-profiles.ts";
import type { RuleProfile } from "../../core/profiles/profile-schema.ts";
import { checkText } from "../../core/prose/check-text.ts";
import type { DocumentInput } from "../document-input.ts";
import { readDocxText } from "../read-docx-text.ts";
import { buildSelfEvaluationReportDocx } from "./build-self-evaluation-report-docx.ts";
import { type DocxCell, type DocxTable, readDocumentXml, readDocxTables } from "./read-docx-tables.ts";

function example(name: string): Dataset {
  return Dataset.parse(JSON.parse(readFileSync(new URL(`../../../examples/${name}.json`, import.meta.url), "utf8")));
}

function inputFor(dataset: Dataset, profileId: string): DocumentInput {
  const profile = getBuiltinProfile(profileId) as RuleProfile;
  const { scores, findings } = auditDataset(dataset, profile);
  return { dataset, profile, scores, findings, generatedAt: new Date("2025-07-10T00:00:00Z") };
}

const lingling = example("lingling-2024");
const [report] = await buildSelfEvaluationReportDocx(inputFor(lingling, "hunan"));
if (!report) throw new Error("零陵 report not built");
const text = readDocxText(report.data);
const tables = readDocxTables(report.data);
const [basicData, evaluation] = tables as [DocxTable, DocxTable];

const texts = (row: readonly DocxCell[] | undefined) => (row ?? []).map((cell) => cell.text);
/** Index of the row whose first cell that is not a vertical-merge continuation has this text. */
const rowStarting = (table: DocxTable, first: string) =>
  table.rows.findIndex((row) => row.find((cell) => cell.vMerge !== "continue")?.text === first);
/** The merge of the cell at grid column `column` in each row, top to bottom. */
function columnMerges(table: DocxTable, column: number, from: number, to: number): (string | null)[] {
  return table.rows.slice(from, to).map((row) => {
    let at = 0;
    for (const cell of row) {
      if (at === column) return cell.vMerge;
      at += cell.gridSpan;
    }
    return "missing";
  });
}

describe("buildSelfEvaluationReportDocx", () => {
  it("writes one .docx named after unit, year and title", () => {
    expect(report.name).toBe("永州市零陵区科学技术协会2024年度部门整体支出绩效自评报告.docx");
    expect(report.kind).toBe("selfEvaluationReport");
    expect(report.format).toBe("docx");
  });

  it("builds 凉山's report from its 附件1-1 alone: none of the 决算说明 or the project reports, closed as the seed closes it", async () => {
    const [liangshan] = await buildSelfEvaluationReportDocx(inputFor(example("liangshan-2023"), "sichuan"));
    const own = readDocxText(liangshan!.data);
    const headings = own.split("\n").filter((line) => /^[一二三四五六七八九十]+、/.test(line));
    expect(headings).toEqual([
      "一、部门（单位）概况",
      "二、部门财政资金收支情况",
      "三、部门整体预算绩效管理情况",
      "四、评价结论及建议",
    ]);
    expect(own).toContain("（五）自评质量情况");
    expect(own).not.toContain("收入支出决算总体情况说明");
    expect(own).not.toContain("换届选举项目”绩效自评报告");
    expect(own).not.toContain("部门预算绩效评价报告");
    expect(own).toMatch(/特此报告。\n(?:.*\n)*凉山州科学技术协会\n2024年1月15日/);
    // 附件1-1's five-dimension framework, scored: the sentence and the table say 97 of 100, 优.
    expect(own).toContain("合计得分97分（总分100分），共扣3分，自评等级为“优”。");
    expect(own).toContain("附件：2023年度部门整体绩效自评得分表");
    expect(own).toContain("部门预算总体绩效\t30\t27\t3\t");
    expect(own).toContain("合计\t100\t97\t3\t自评等级：优");
  });

  it("returns nothing for a dataset with no department, no basicData and no text", async () => {
    const empty = Dataset.parse({ formatVersion: 1, year: 2024, unit: { name: "某单位" } });
    expect(await buildSelfEvaluationReportDocx(inputFor(empty, "national"))).toEqual([]);
  });

  it("follows 零陵's own outline, the Hunan order 一 … 十, every section of the seed kept", () => {
    const headings = text.split("\n").filter((line) => /^[一二三四五六七八九十]+、/.test(line) && !line.includes("\t"));
    expect(headings).toEqual([
      "一、基本情况",
      "二、一般公共预算支出情况",
      "三、政府性基金预算支出情况",
      "四、国有资本经营预算支出情况",
      "五、社会保险基金预算支出情况",
      "六、部门整体支出绩效情况",
      "七、存在的问题及原因分析",
      "八、下一步改进措施",
      "九、部门整体支出绩效自评结果拟应用和公开情况",
      "十、其他需要说明的情况",
    ]);
    expect(text).toContain("我单位无政府性基金预算支出情况。");
    expect(text).toContain("我单位无社会保险基金预算支出情况。");
  });

  it("prints 零陵's cover page from its filing, and signs with the cover's name and date", () => {
    expect(
      text.startsWith("2024年度零陵区科协整体支出\n绩效自评报告\n单位名称：永州市零陵区科学技术协会\n2025年7月10日\n"),
    ).toBe(true);
    expect(text).toContain("附件：1．2024年度部门整体支出绩效评价基础数据表\n2．2024年度部门整体支出绩效自评表\n");
    expect(text).toMatch(/\n永州市零陵区科学技术协会\n2025年7月10日\n附件1\n/);
    expect(text).not.toContain("年    月    日");
  });

  it("states the 零陵 execution, adjustment, total and grade from the computed scores", () => {
    expect(text).toContain(
      "年初预算数153.53万元，全年预算数127.10万元，全年执行数124.88万元，预算执行率为98.25%（全年执行数÷全年预算数），得分9.8分（分值10分）。",
    );
    expect(text).toContain("全年预算数127.10万元较年初预算数153.53万元减少26.43万元，下降17.21%【请核实：预算调整说明");
    expect(text).toContain(
      "部门整体支出绩效自评得分99.8分，其中预算执行率得分9.8分、绩效指标得分90分，自评等级为“优”。",
    );
    expect(text).toContain("产出指标分值50分，得分50分；效益指标分值40分，得分40分。");
  });

  it("uses the unit's own sections by title, and generates the 决算 figures the seed got wrong instead of pasting them", () => {
    expect(text).toContain("2.机构设置。设有内设股室3个，分别为学会工作部、普及工作部、办公室，无二级机构。");
    expect(text).toContain("存在前期预算编制准备不足");
    expect(text).toContain("因本单位没有门户网站，请财政代为公开。");
    expect(text).toContain("基本支出124.88万元，与上年118.84万元相比，增加6.04万元，增长5.08%。");
    expect(text).not.toContain("增加6.04元");
    expect(text).not.toContain("（此页为封面）");
  });

  it("passes the prose audit: zero findings on the whole document", () => {
    expect(checkText(text)).toEqual([]);
  });

  it("highlights only the flag an error stands behind: the statement denying the adjustment, not the warnings", () => {
    // BUDGET-ADJUSTMENT-UNSTATED (an error) flags "未进行预算调整"; the missing adjustment and over-achievement
    // reasons are warnings (REPORT-GAP), so nothing is printed for them that could reach a filing.
    const xml = readDocumentXml(report.data);
    expect(xml.match(/<w:highlight w:val="yellow"\/>/g)?.length).toBe(1);
    expect(text).toContain("【请核实：预算调整说明“本年单位预算未进行预算相关事项的调整”与上述预算数不符】");
    expect(text).not.toContain("【请补充");
    expect(evaluation.rows.flat().filter((cell) => cell.highlighted)).toEqual([]);
  });
});

describe("部门整体支出绩效自评表 (seed 001 layout)", () => {
  it("has a ten-column grid filling the 156 mm type area", () => {
    expect(evaluation.gridColumns).toHaveLength(10);
    expect(evaluation.gridColumns.reduce((a, b) => a + b, 0)).toBe(8844);
  });

  it("merges 年度预算申请（万元） down the header, total and the five breakdown rows", () => {
    const header = rowStarting(evaluation, "年度预算申请（万元）");
    expect(texts(evaluation.rows[header])).toEqual([
      "年度预算申请（万元）",
      "",
      "年初预算数",
      "全年预算数",
      "全年执行数",
      "分值",
      "执行率",
      "得分",
    ]);
    expect(evaluation.rows[header]?.map((cell) => cell.gridSpan)).toEqual([1, 2, 1, 1, 1, 1, 2, 1]);
    // Seven rows: header, 年度资金总额, 按…性质分, four lines; the next row starts 年度总体目标's own merge.
    expect(columnMerges(evaluation, 0, header, header + 8)).toEqual([
      "restart",
      "continue",
      "continue",
      "continue",
      "continue",
      "continue",
      "continue",
      "restart",
    ]);
    expect(evaluation.rows[header + 7]?.[0]?.text).toBe("年度总体目标");
    expect(texts(evaluation.rows[header + 1])).toEqual([
      "",
      "年度资金总额",
      "153.53",
      "127.10",
      "124.88",
      "10",
      "98.25%",
      "9.8",
    ]);
    expect(texts(evaluation.rows[header + 2])).toEqual(["", "按收入性质分：", "按支出性质分："]);
    expect(texts(evaluation.rows[header + 3])).toEqual(["", "其中：一般公共预算：124.88", "其中：基本支出：124.88"]);
    expect(evaluation.rows[header + 3]?.map((cell) => cell.gridSpan)).toEqual([1, 4, 5]);
  });

  it("lays out 年度总体目标 as 预期目标 | 实际完成情况", () => {
    const goals = rowStarting(evaluation, "年度总体目标");
    expect(texts(evaluation.rows[goals])).toEqual(["年度总体目标", "预期目标", "实际完成情况"]);
    expect(evaluation.rows[goals]?.[0]).toMatchObject({ gridSpan: 2, vMerge: "restart" });
    expect(evaluation.rows[goals + 1]?.[0]).toMatchObject({ gridSpan: 2, vMerge: "continue" });
    expect(evaluation.rows[goals + 1]?.[1]?.text).toMatch(/^1：进一步推进《科学素质纲要》实施。/);
    expect(evaluation.rows[goals + 1]?.[2]?.text).toBe("较好地完成了预期目标。");
  });

  it("merges 绩效指标 down all ten indicator rows, 一级 down its rows and 二级 down its rows", () => {
    const header = rowStarting(evaluation, "绩\n效\n指\n标");
    expect(texts(evaluation.rows[header]).slice(1)).toEqual([
      "一级指标",
      "二级指标",
      "三级指标",
      "年度指标值",
      "实际完成值",
      "分值",
      "得分",
      "偏差原因分析及改进措施",
    ]);
    expect(columnMerges(evaluation, 0, header, header + 11)).toEqual(["restart", ...new Array(10).fill("continue")]);
    // 一级: 产出指标 over 6 rows, 效益指标 over 4.
    expect(columnMerges(evaluation, 1, header + 1, header + 11)).toEqual([
      "restart",
      "continue",
      "continue",
      "continue",
      "continue",
      "continue",
      "restart",
      "continue",
      "continue",
      "continue",
    ]);
    expect(evaluation.rows[header + 1]?.[1]?.text).toBe("产出指标\n（50分）");
    expect(evaluation.rows[header + 7]?.[1]?.text).toBe("效益指标\n（40分）");
    // 二级: 重点工作任务完成 3, 履职目标实现 3, 履职效益 3, 满意度 1 (a single row needs no merge).
    expect(columnMerges(evaluation, 2, header + 1, header + 11)).toEqual([
      "restart",
      "continue",
      "continue",
      "restart",
      "continue",
      "continue",
      "restart",
      "continue",
      "continue",
      null,
    ]);
    expect(texts(evaluation.rows[header + 1]).slice(2)).toEqual([
      "重点工作任务完成",
      "积极开展各类科普活动",
      "≥8次",
      "10次",
      "10",
      "10",
      "",
    ]);
    expect(texts(evaluation.rows[header + 2]).slice(3)).toEqual(["受众人数", "≥2万人次", "25000", "10", "10", ""]);
  });

  it("ends with the 总分 row: 100 and the computed 99.8 with its grade", () => {
    const total = evaluation.rows.at(-1);
    expect(texts(total)).toEqual(["总分", "100", "99.8", "等级：优"]);
    expect(total?.map((cell) => cell.gridSpan)).toEqual([7, 1, 1, 1]);
  });

  it("rounds at display to the profile's decimals: the same table under national shows 9.83 and 99.83", async () => {
    const [national] = await buildSelfEvaluationReportDocx(inputFor(lingling, "national"));
    const table = readDocxTables(national!.data)[1]!;
    expect(texts(table.rows.at(-1))).toEqual(["总分", "100", "99.83", "等级：优"]);
    expect(readDocxText(national!.data)).toContain("得分9.83分（分值10分）");
  });
});

describe("基础数据表 (seed 001 layout)", () => {
  it("merges 财政供养人员情况 over its two rows and spans each figure over two grid columns", () => {
    expect(basicData.gridColumns).toHaveLength(7);
    expect(texts(basicData.rows[0])).toEqual(["财政供养人员情况（人）", "编制数", "2024年实际在职人数", "控制率"]);
    expect(basicData.rows[0]?.map((cell) => [cell.gridSpan, cell.vMerge])).toEqual([
      [1, "restart"],
      [2, null],
      [2, null],
      [2, null],
    ]);
    expect(texts(basicData.rows[1])).toEqual(["", "8", "7", "87.50%"]);
    expect(basicData.rows[1]?.[0]?.vMerge).toBe("continue");
  });

  it("lists the fund rows with 上年决算 / 本年预算 / 本年决算 and ends with 楼堂馆所 and 厉行节约", () => {
    expect(texts(basicData.rows[2])).toEqual(["经费控制情况（万元）", "2023年决算数", "2024年预算数", "2024年决算数"]);
    expect(texts(basicData.rows[basicData.rows.findIndex((row) => row[0]?.text === "其中：公用经费")])).toEqual([
      "其中：公用经费",
      "4.72",
      "4.13",
      "4.13",
    ]);
    expect(texts(basicData.rows[basicData.rows.findIndex((row) => row[0]?.text === "1.科普专项经费")])).toEqual([
      "1.科普专项经费",
      "29.56",
      "37.00",
      "",
    ]);
    const building = basicData.rows.findIndex((row) => row[0]?.text.startsWith("楼堂馆所控制情况"));
    expect(basicData.rows[building]).toHaveLength(7);
    expect(basicData.rows[building + 1]?.[0]?.vMerge).toBe("continue");
    expect(basicData.rows.at(-1)?.map((cell) => [cell.text, cell.gridSpan])).toEqual([
      ["厉行节约保障措施", 1],
      ["", 6],
    ]);
  });

  it("prints the form's standard rows, one per project, when the dataset lists no fund rows", async () => {
    const bare = Dataset.parse({
      formatVersion: 1,
      year: 2024,
      unit: { name: "某县科协" },
      basicData: {},
      projects: [{ name: "科普专项" }],
    });
    const [file] = await buildSelfEvaluationReportDocx(inputFor(bare, "hunan"));
    const [table] = readDocxTables(file!.data);
    const items = table!.rows.map((row) => row[0]?.text);
    expect(items).toContain("二、项目支出小计");
    expect(items).toContain("1.科普专项");
    expect(items).toContain("部门基本支出预算调整");
    expect(readDocxText(file!.data)).not.toContain("部门整体支出绩效自评表");
  });
});
