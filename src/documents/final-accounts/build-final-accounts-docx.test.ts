import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../core/dataset/schema.ts";
import { parseDatasetJson } from "../../core/dataset/validate-dataset.ts";
import { SYNTHETIC_DATASET } from "../../core/narrative/final-accounts/synthetic-dataset.fixture.ts";
import { defaultProfile } from "../../core/profiles/builtin-profiles.ts";
import { checkText } from "../../core/prose/check-text.ts";
import { scoreDataset } from "../../core/scoring/score-dataset.ts";
import type { DocumentInput, GeneratedFile } from "../document-input.ts";
import { readDocxText } from "../read-docx-text.ts";
import { buildFinalAccountsDocx } from "./build-final-accounts-docx.ts";

function loadExample(file: string): Dataset {
  const result = parseDatasetJson(readFileSync(new URL(`../../../examples/${file}`, import.meta.url), "utf8"));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.dataset;
}

function inputOf(dataset: Dataset): DocumentInput {
  const profile = defaultProfile();
  return {
    dataset,
    profile,
    scores: scoreDataset(dataset, profile),
    findings: [],
    generatedAt: new Date("2024-06-30T00:00:00Z"),
  };
}

interface ChartXml {
  kind: string;
  categories: string[];
  values: string[];
}

/** Chart type, categories and values as the chart part caches them (what Word draws before "Edit Data"). */
function readChart(xml: string): ChartXml {
  const kind = /<c:(barChart|pieChart)>/.exec(xml)?.[1] ?? "";
  const points = (tag: string) => {
    const block = new RegExp(`<c:${tag}>([\\s\\S]*?)</c:${tag}>`).exec(xml)?.[1] ?? "";
    return [...block.matchAll(/<c:pt idx="\d+"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((m) => m[1] ?? "");
  };
  return { kind, categories: points("cat"), values: points("val") };
}

describe("buildFinalAccountsDocx, 凉山 2023", () => {
  let file: GeneratedFile;
  let parts: Record<string, Uint8Array>;
  let text: string;
  const part = (name: string) => {
    const data = parts[name];
    if (!data) throw new Error(`缺少 ${name}`);
    return strFromU8(data);
  };

  beforeAll(async () => {
    const files = await buildFinalAccountsDocx(inputOf(loadExample("liangshan-2023.json")));
    expect(files).toHaveLength(1);
    file = files[0] as GeneratedFile;
    parts = unzipSync(file.data);
    text = readDocxText(file.data);
  });

  it("is one docx of kind finalAccounts named after the unit and year", () => {
    expect([file.name, file.kind, file.format]).toEqual([
      "凉山州科学技术协会2023年度部门决算情况说明.docx",
      "finalAccounts",
      "docx",
    ]);
  });

  it("reads back with the generated sentences", () => {
    expect(text).toContain("收、支总计各874.05万元。与2022年相比，收、支总计各减少3.42万元，下降0.39%");
    expect(text).toContain("基本支出468.99万元，占53.66%");
    expect(text).toContain("减少49.19万元，下降86.62%");
    expect(text).toContain("机关运行经费增加1.84万元，增长3.73%");
    expect(text).toContain("公务接待费支出增加0.04万元，增长26.67%");
    expect(text).toContain("1.因公出国（境）费支出决算0.00万元，全年预算数为0.00万元，完成率为—。");
    expect(text).toContain("15.住房保障支出（221类）：支出决算为25.74万元");
    expect(text).toMatch(/“三公”经费：指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费/);
  });

  it("prints every function line figure", () => {
    for (const amount of [
      "296.11",
      "12.00",
      "2.80",
      "300.19",
      "78.07",
      "78.39",
      "2.21",
      "29.77",
      "14.89",
      "7.38",
      "2.74",
      "8.77",
      "2.98",
      "25.74",
    ]) {
      expect(text, amount).toMatch(new RegExp(`：支出决算为${amount.replace(".", "\\.")}万元`));
    }
  });

  it("gives the prose audit nothing to find (round trip through the .docx)", () => {
    expect(checkText(text)).toEqual([]);
  });

  it("holds seven native charts with their figures, each with its workbook", () => {
    const charts = [1, 2, 3, 4, 5, 6, 7].map((n) => readChart(part(`word/charts/chart${n}.xml`)));
    expect(parts["word/charts/chart8.xml"]).toBeUndefined();
    expect(charts).toEqual([
      { kind: "barChart", categories: ["2022年", "2023年"], values: ["877.47", "874.05"] },
      { kind: "pieChart", categories: ["一般公共预算财政拨款收入"], values: ["874.05"] },
      { kind: "pieChart", categories: ["基本支出", "项目支出"], values: ["468.99", "405.06"] },
      { kind: "barChart", categories: ["2022年", "2023年"], values: ["877.47", "874.05"] },
      { kind: "barChart", categories: ["2022年", "2023年"], values: ["877.47", "874.05"] },
      {
        kind: "pieChart",
        categories: ["科学技术支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出"],
        values: ["701.17", "125.26", "21.88", "25.74"],
      },
      { kind: "pieChart", categories: ["公务用车运行维护费", "公务接待费"], values: ["7.41", "0.19"] },
    ]);
    for (let n = 1; n <= 7; n++) {
      const workbook = unzipSync(parts[`word/embeddings/Microsoft_Excel_Worksheet${n}.xlsx`] ?? new Uint8Array());
      expect(
        Object.keys(workbook).some((name) => name.startsWith("xl/worksheets/")),
        `workbook ${n}`,
      ).toBe(true);
    }
  });

  it("labels the charts with the text's own figures: amounts in 万元, shares rounded half-up", () => {
    const pie = part("word/charts/chart6.xml");
    expect(pie).toContain("<a:t>住房保障支出</a:t>");
    expect(pie).toContain("<a:t>25.74万元</a:t>");
    expect(pie).toContain("<a:t>2.94%</a:t>");
    const bar = part("word/charts/chart1.xml");
    expect(bar).toContain("<a:t>877.47万元</a:t>");
    expect(bar).toMatch(/<c:valAx>[\s\S]*<c:min val="0"\/>/);
  });

  it("puts captions under the charts and page numbers as — 1 — in the footer", () => {
    for (const caption of [
      "图1\u3000收、支决算总计变动情况",
      "图6\u3000一般公共预算财政拨款支出决算结构（按功能分类）",
      "图7\u3000“三公”经费财政拨款支出结构",
    ]) {
      expect(text).toContain(caption);
    }
    const footer = Object.keys(parts).find((name) => /^word\/footer\d+\.xml$/.test(name)) ?? "";
    const footerXml = part(footer);
    expect(footerXml).toContain("— ");
    expect(footerXml).toMatch(/PAGE/);
  });

  it("keeps figures whole at line ends: body runs are en-US for Western text, zh-CN for Chinese", () => {
    const documentXml = part("word/document.xml");
    expect(documentXml).toMatch(/<w:lang w:val="en-US" w:eastAsia="zh-CN"\/>/);
    // The chart paragraphs have automatic line height, so the drawing is not cut to the body's exact 28 pt line.
    const chartParagraphs = documentXml.split("<w:p>").filter((p) => p.includes("<c:chart "));
    expect(chartParagraphs).toHaveLength(7);
    for (const paragraph of chartParagraphs) expect(paragraph).toMatch(/w:lineRule="auto"/);
  });
});

describe("buildFinalAccountsDocx, other datasets", () => {
  it("returns no file for a dataset without final accounts (乐山 2022 has only a budget)", async () => {
    expect(await buildFinalAccountsDocx(inputOf(loadExample("leshan-shizhong-2022.json")))).toEqual([]);
  });

  it("writes a clean document for a dataset with every branch", async () => {
    const [file] = await buildFinalAccountsDocx(inputOf(SYNTHETIC_DATASET));
    if (!file) throw new Error("no file");
    const text = readDocxText(file.data);
    expect(file.name).toBe("示例县科学技术协会2024年度部门决算情况说明.docx");
    expect(checkText(text)).toEqual([]);
    const charts = Object.keys(unzipSync(file.data)).filter((name) => /^word\/charts\/chart\d+\.xml$/.test(name));
    expect(charts).toHaveLength(7);
  });
});
