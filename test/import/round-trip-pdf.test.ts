/**
 * Round trip through PDF: the 决算说明, 自评报告 and project tables Jixiao generates, printed to PDF by LibreOffice as
 * `report --pdf` does, imported again give back their stated figures, their sections and their tables — rebuilt
 * from the ruling lines of each page, joined over page breaks, merged cells filled down (see docs/import.md).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { DatasetInput } from "../../src/core/dataset/schema.ts";
import type { ImportLog } from "../../src/import/import-log.ts";
import type { SourceDocument } from "../../src/import/source-document.ts";
import { convertWithLibreOffice } from "../../src/import/convert-legacy-file.ts";
import { importDocuments } from "../../src/import/import-document.ts";
import { readSourceBytes } from "../../src/import/read-source-file.ts";
import {
  generatedFiles,
  loadExample,
  printedExecution,
  printedIndicators,
  printedProjects,
} from "./round-trip-support.ts";

const imported = new Map<string, DatasetInput>();
const read = new Map<string, { document: SourceDocument; log: ImportLog }>();

beforeAll(async () => {
  for (const [example, part] of [
    ["liangshan-2023.json", "决算情况说明.docx"],
    ["lingling-2024.json", "整体支出绩效自评报告.docx"],
    ["liangshan-2023.json", "部门预算项目支出绩效自评表.docx"],
    ["liangshan-2023.json", "绩效自评及决算报表.xlsx"],
    ["lingling-2024.json", "绩效自评及决算报表.xlsx"],
    ["xizang-2024.json", "整体支出绩效自评报告.docx"],
    ["leshan-shizhong-2022.json", "整体支出绩效自评报告.docx"],
    ["linze-2023.json", "整体支出绩效自评报告.docx"],
  ] as const) {
    const file = (await generatedFiles(loadExample(example))).find((f) => f.name.endsWith(part));
    if (!file) throw new Error(`${example}: no ${part}`);
    const extension = part.endsWith(".xlsx") ? ".xlsx" : ".docx";
    const pdf = await convertWithLibreOffice(file.name, file.data, extension, "pdf");
    const document = await readSourceBytes(file.name.replace(/\.\w+$/, ".pdf"), pdf);
    const result = importDocuments([document]);
    if (!result.dataset) throw new Error(result.issues.join("; "));
    const key = part.includes("项目支出")
      ? `${example} 项目表`
      : part.includes("决算报表")
        ? `${example} 决算表`
        : example;
    imported.set(key, result.dataset);
    read.set(key, { document, log: result.files[0]?.log as ImportLog });
  }
}, 180_000);

describe("round trip through PDF", () => {
  it("凉山 2023 决算说明: the figures it states and its sections", () => {
    const source = loadExample("liangshan-2023.json");
    const dataset = imported.get("liangshan-2023.json");
    const fa = dataset?.finalAccounts;
    expect([
      fa?.totals?.amount,
      fa?.income?.total,
      fa?.expenditure?.total,
      fa?.generalBudget?.amount,
      fa?.sangong?.amount,
      fa?.operatingCosts?.amount,
    ]).toEqual(["874.05", "874.05", "874.05", "874.05", "7.6", "51.17"]);
    expect(fa?.basicSpending).toMatchObject({ total: "468.99", personnel: "417.82", public: "51.17" });
    expect(fa?.expenditure?.items?.map((i) => [i.name, i.amount])).toEqual([
      ["基本支出", "468.99"],
      ["项目支出", "405.06"],
    ]);
    // Every 类/款/项 line the PDF states comes back with its amount (13 of the 14; see docs/import.md for the 14th).
    const lines = new Map(source.finalAccounts?.functionLines.map((l) => [l.code, l.amount]));
    expect((fa?.functionLines ?? []).length).toBeGreaterThanOrEqual(13);
    for (const line of fa?.functionLines ?? []) expect(line.amount, line.code).toBe(lines.get(line.code));
    const titles = dataset?.narrative?.map((s) => s.title.replace(/\s+/g, "")) ?? [];
    for (const title of [
      "第一部分部门概况",
      "一、收入支出决算总体情况说明",
      "（一）机关运行经费支出情况",
      "第三部分名词解释",
    ])
      expect(titles).toContain(title);
    expect(dataset?.year).toBe(2023);
    expect(dataset?.unit?.name).toBe("凉山州科学技术协会");
  });

  it("零陵 2024 自评报告: its sections and the 基本支出 it states", () => {
    const dataset = imported.get("lingling-2024.json");
    expect(dataset?.year).toBe(2024);
    expect(dataset?.narrative?.length).toBeGreaterThan(5);
    expect(dataset?.finalAccounts?.basicSpending).toMatchObject({
      total: "124.88",
      personnel: "88.18",
      public: "36.7",
    });
  });

  it("凉山 2023 项目支出绩效自评表: all 21 tables come back from the ruling lines, with their figures", () => {
    const source = loadExample("liangshan-2023.json");
    const key = "liangshan-2023.json 项目表";
    const { document, log } = read.get(key) ?? {};
    expect(document?.blocks.filter((b) => b.kind === "table")).toHaveLength(21);
    expect(log?.unrecognized).toEqual([]);
    expect(printedProjects(imported.get(key)?.projects ?? [])).toEqual(printedProjects(source.projects));
    expect(imported.get(key)?.year).toBe(2023);
  });

  it("凉山 2023 项目支出绩效自评表: a table over a page break is one table, its repeated header read once", () => {
    const { document } = read.get("liangshan-2023.json 项目表") ?? {};
    const tables = (document?.blocks ?? []).filter((b) => b.kind === "table");
    // 凉山州级科普专项经费 runs over three consecutive pages (which ones moves with the forms' layout).
    const science = tables.find((t) => t.rows[0]?.cells[1]?.text.endsWith("-凉山州级科普专项经费"));
    const pages = [...new Set(science?.rows.map((r) => r.place.page))];
    expect(pages).toHaveLength(3);
    expect(pages).toEqual([pages[0], (pages[0] ?? 0) + 1, (pages[0] ?? 0) + 2]);
    const headerRows = science?.rows.filter((r) => r.cells[0]?.text === "项目名称");
    expect(headerRows).toHaveLength(1);
    expect(science?.rows.filter((r) => r.cells[0]?.text === "主管部门")).toHaveLength(1);
    expect(science?.rows.at(-1)?.cells.map((c) => c.text)).toEqual([
      "项目负责人：凌静、吴家英、吴朝兰、赵菲、李阳德",
      "财务负责人：毛正华",
    ]);
    expect(document?.notes?.some((n) => /^\d+ 处跨页的表格/.test(n))).toBe(true);
  });

  it("凉山 2023 项目支出绩效自评表: merged 一级指标 cells are filled down and said in the report", () => {
    const { log } = read.get("liangshan-2023.json 项目表") ?? {};
    const merged = (log?.interpreted ?? []).filter((n) => n.detail.startsWith("一级指标单元格与上方合并"));
    expect(merged.length).toBeGreaterThan(20);
    expect(merged.map((n) => `${n.where} ${n.detail}`)).toContainEqual(
      expect.stringMatching(/^第\d+页 表7 第14行 一级指标单元格与上方合并，按上方“产出指标”计$/),
    );
  });

  it("凉山 2023 决算报表 printed to PDF: the 决算 tables come back from their rules with the dataset's figures", () => {
    const source = loadExample("liangshan-2023.json").finalAccounts;
    const key = "liangshan-2023.json 决算表";
    const fa = imported.get(key)?.finalAccounts;
    const { document, log } = read.get(key) ?? {};
    // Each table's title is read above its "单位：…  金额单位：万元" line.
    expect(document?.blocks.flatMap((b) => (b.kind === "table" ? [b.caption.split(" ")[0]] : []))).toEqual([
      "部门整体绩效自评得分表（2023年度）",
      "收入支出决算总表（2023年度）",
      "收入决算表（2023年度）",
      "支出决算表（2023年度）",
      "财政拨款收入支出决算总表（2023年度）",
      "财政拨款支出决算明细表（2023年度）",
      "一般公共预算财政拨款支出决算表（2023年度）",
      "一般公共预算财政拨款支出决算明细表（2023年度）",
      "一般公共预算财政拨款基本支出决算表（2023年度）",
      "一般公共预算财政拨款项目支出决算表（2023年度）",
      "政府性基金预算财政拨款收入支出决算表（2023年度）",
      "国有资本经营预算财政拨款收入支出决算表（2023年度）",
      "国有资本经营预算财政拨款支出决算表（2023年度）",
      "财政拨款“三公”经费支出决算表（2023年度）",
    ]);
    expect(fa?.income?.items?.map((i) => [i.name, i.amount])).toEqual(
      source?.income?.items.map((i) => [i.name, i.amount]),
    );
    expect([fa?.income?.total, fa?.income?.grandTotal?.amount, fa?.generalBudget?.amount]).toEqual([
      "874.05",
      "874.05",
      "874.05",
    ]);
    expect(fa?.expenditure?.items?.filter((i) => i.amount !== "0").map((i) => [i.name, i.amount])).toEqual([
      ["基本支出", "468.99"],
      ["项目支出", "405.06"],
    ]);
    expect(fa?.sangong).toMatchObject({
      amount: "7.6",
      budget: "7.6",
      vehicles: { amount: "7.41", operation: "7.41" },
      reception: { amount: "0.19" },
    });
    // Every 项 line of the dataset comes back with its amount (the 一般公共预算 table lists them all).
    expect(fa?.functionLines?.map((l) => [l.code, l.amount, l.nature])).toEqual(
      source?.functionLines?.map((l) => [l.code, l.amount, l.nature]),
    );
    expect(log?.unrecognized.map((n) => n.detail).filter((d) => d.includes("无法还原"))).toEqual([]);
  });

  it("零陵 2024 workbook printed to PDF: the landscape 自评表 page keeps its right-hand columns", () => {
    // The 基础数据表 page is portrait, the 自评表 page landscape: each page's borders are read at its own size.
    const source = loadExample("lingling-2024.json");
    const key = "lingling-2024.json 决算表";
    const dataset = imported.get(key);
    expect(read.get(key)?.log.unrecognized).toEqual([]);
    expect(printedIndicators(dataset?.department?.evaluation as never)).toEqual(
      printedIndicators(source.department?.evaluation),
    );
    expect(printedExecution(dataset?.department?.evaluation as never)).toEqual(
      printedExecution(source.department?.evaluation),
    );
    expect(dataset?.department?.evaluation?.execution?.[0]?.printed).toEqual({
      rate: "98.25%",
      weight: "10",
      score: "9.83",
    });
    expect(dataset?.basicData?.funds?.map((f) => [f.item, f.final ?? ""])).toEqual(
      source.basicData?.funds.map((f) => [f.item, f.final ?? ""]),
    );
  });

  it("零陵 2024 自评报告 PDF: the 附件 tables are captioned by their titles, and a title in a large font stays prose", () => {
    const { document, log } = read.get("lingling-2024.json") ?? {};
    const captions = (document?.blocks ?? []).flatMap((b) => (b.kind === "table" ? [b.caption] : []));
    expect(captions).toEqual(["2024年度部门整体支出绩效评价基础数据表", "2024年度部门整体支出绩效自评表"]);
    expect(log?.unrecognized).toEqual([]);
  });

  it("西藏 2024 自评报告 PDF: its 15 indicators, and the blank 资金总额 row of the form is not read as a stated row", () => {
    const source = loadExample("xizang-2024.json");
    const dataset = imported.get("xizang-2024.json");
    const { log } = read.get("xizang-2024.json") ?? {};
    expect(printedIndicators(dataset?.department?.evaluation as never)).toEqual(
      printedIndicators(source.department?.evaluation),
    );
    expect(dataset?.department?.evaluation?.execution ?? []).toEqual([]);
    expect(log?.ignored.map((n) => n.item)).toContain("部门整体支出绩效自评表资金“年度资金总额”");
    expect(log?.unrecognized).toEqual([]);
    expect(dataset?.finalAccounts?.income?.total).toBe("3422.59");
  });

  it("乐山 2022 and 临泽 2023 自评报告 PDFs: every section the report prints, in order, and the stated scores", () => {
    const title = (t: string) =>
      t
        .replace(/\s+/g, "")
        .replace(/[(]/g, "（")
        .replace(/[)]/g, "）")
        .replace(/[：:。]$/, "");
    for (const example of ["leshan-shizhong-2022.json", "linze-2023.json"]) {
      const source = loadExample(example);
      const dataset = imported.get(example);
      expect(read.get(example)?.log.unrecognized, example).toEqual([]);
      expect([dataset?.year, dataset?.unit?.name], example).toEqual([source.year, source.unit?.name]);
      // The report opens with its own title (two lines in the PDF); the seed's empty 附件 headings are not printed.
      const printed = source.narrative.filter((s) => s.text.trim() !== "" || !/^附件|范本$/.test(s.title));
      expect(
        dataset?.narrative?.slice(1).map((s) => title(s.title)),
        example,
      ).toEqual(printed.map((s) => title(s.title)));
      // The PDF's layout spaces are closed: the seed's "98 分" comes back as "98分".
      const compact = (scores: ReadonlyArray<{ score?: string }> | undefined) =>
        scores?.map((p) => (p.score ?? "").replace(/\s+/g, ""));
      expect(compact(dataset?.publishedScores), example).toEqual(compact(source.publishedScores));
    }
  });
});
