/**
 * Round trip: every .docx and .xlsx Jixiao generates for the examples (and, in round-trip-pdf.test.ts, their PDFs),
 * imported again, gives back the figures, indicators and sections it prints — for all five examples (临泽 and 乐山,
 * prose-only, have a 自评报告 only).
 */
import { describe, expect, it } from "vitest";
import type { Dataset, DatasetInput } from "../../src/core/dataset/schema.ts";
import { importDocuments } from "../../src/import/import-document.ts";
import { readSourceBytes } from "../../src/import/read-source-file.ts";
import {
  generatedFiles,
  loadExample,
  printedExecution,
  printedIndicators,
  printedProjects,
} from "./round-trip-support.ts";

async function importGenerated(
  dataset: Dataset,
): Promise<Map<string, { dataset: DatasetInput; unrecognized: number }>> {
  const out = new Map<string, { dataset: DatasetInput; unrecognized: number }>();
  for (const file of await generatedFiles(dataset)) {
    const document = await readSourceBytes(file.name, file.data);
    const result = importDocuments([document]);
    if (!result.dataset) throw new Error(`${file.name}: ${result.issues.join("; ")}`);
    out.set(file.name, { dataset: result.dataset, unrecognized: result.files[0]?.log.unrecognized.length ?? -1 });
  }
  return out;
}

function byName(files: Map<string, { dataset: DatasetInput; unrecognized: number }>, part: string) {
  const entry = [...files].find(([name]) => name.includes(part));
  if (!entry) throw new Error(`no generated file named *${part}*: ${[...files.keys()].join(", ")}`);
  return entry[1];
}

describe("round trip of the generated documents", () => {
  it("凉山 2023: both project-table files give back all 21 tables, and the 决算说明 its figures", async () => {
    const source = loadExample("liangshan-2023.json");
    const files = await importGenerated(source);
    const expected = printedProjects(source.projects);
    for (const suffix of ["项目支出绩效自评表.docx", "项目支出绩效自评表.xlsx"]) {
      const imported = byName(files, suffix);
      expect(imported.unrecognized, suffix).toBe(0);
      expect(printedProjects(imported.dataset.projects ?? []), suffix).toEqual(expected);
      expect(imported.dataset.year).toBe(2023);
    }
    const report = byName(files, "决算情况说明.docx").dataset;
    const fa = report.finalAccounts;
    expect(fa?.income?.total).toBe("874.05");
    expect(fa?.expenditure?.total).toBe("874.05");
    expect(fa?.basicSpending).toMatchObject({ total: "468.99", personnel: "417.82", public: "51.17" });
    expect(fa?.sangong?.amount).toBe("7.6");
    expect(fa?.operatingCosts?.amount).toBe("51.17");
    expect(fa?.functionLines?.map((l) => [l.code, l.amount])).toEqual(
      source.finalAccounts?.functionLines.map((l) => [l.code, l.amount]),
    );
    expect(report.narrative?.map((s) => s.title).slice(0, 4)).toEqual([
      "凉山州科学技术协会 2023年度部门决算情况说明",
      "第一部分 部门概况",
      "一、部门职责",
      "二、机构设置",
    ]);
    // The workbook's 决算 sheets give the same lines as the dataset.
    const workbook = byName(files, "决算报表.xlsx").dataset.finalAccounts;
    expect(workbook?.income?.items?.map((i) => [i.name, i.amount])).toEqual(
      source.finalAccounts?.income?.items.map((i) => [i.name, i.amount]),
    );
    expect(workbook?.sangong).toMatchObject({ amount: "7.6", budget: "7.6" });
  });

  it("零陵 2024: the 自评报告 and the workbook give back the department table and the 基础数据表", async () => {
    const source = loadExample("lingling-2024.json");
    const files = await importGenerated(source);
    const sourceTable = source.department?.evaluation;
    for (const part of ["整体支出绩效自评报告.docx", "决算报表.xlsx"]) {
      const imported = byName(files, part).dataset;
      expect(printedIndicators(imported.department?.evaluation as never), part).toEqual(printedIndicators(sourceTable));
      expect(printedExecution(imported.department?.evaluation as never)[0], part).toEqual(
        printedExecution(sourceTable)[0],
      );
      expect(imported.basicData?.staff, part).toMatchObject({ authorized: 8, inService: 7 });
      expect(
        imported.basicData?.funds?.map((f) => [f.item, f.final ?? ""]),
        part,
      ).toEqual(source.basicData?.funds.map((f) => [f.item, f.final ?? ""]));
    }
    expect(byName(files, "自评报告.docx").dataset.finalAccounts?.basicSpending).toMatchObject({
      total: "124.88",
      personnel: "88.18",
      public: "36.7",
    });
  });

  it("西藏 2024: the 自评报告 gives back its indicators and the 决算说明 its income parts", async () => {
    const source = loadExample("xizang-2024.json");
    const files = await importGenerated(source);
    const report = byName(files, "自评报告.docx").dataset;
    expect(printedIndicators(report.department?.evaluation as never).map((t) => t.split("|")[0])).toEqual(
      printedIndicators(source.department?.evaluation).map((t) => t.split("|")[0]),
    );
    expect(report.finalAccounts?.income?.total).toBe("3422.59");
    expect(report.finalAccounts?.income?.items?.map((i) => [i.name, i.amount])).toEqual(
      source.finalAccounts?.income?.items.map((i) => [i.name, i.amount]),
    );
    expect(report.budget?.initial?.total).toBe(source.budget?.initial?.total);
  });

  it("乐山 2022 and 临泽 2023 (prose-only examples): the 自评报告 gives back its budget statement, scores and sections", async () => {
    const leshan = loadExample("leshan-shizhong-2022.json");
    const report = byName(await importGenerated(leshan), "自评报告.docx");
    expect(report.unrecognized).toBe(0);
    expect(report.dataset.budget?.initial?.total).toBe("163.68");
    expect(report.dataset.budget?.initial?.items?.map((i) => i.amount)).toEqual(
      leshan.budget?.initial?.items.map((i) => i.amount),
    );
    expect(report.dataset.publishedScores?.map((p) => [p.label, p.score])).toEqual(
      leshan.publishedScores.map((p) => [p.label, p.score]),
    );
    expect(report.dataset.narrative?.length).toBeGreaterThan(10);
    const linzeSource = loadExample("linze-2023.json");
    const linze = byName(await importGenerated(linzeSource), "自评报告.docx");
    expect([linze.unrecognized, linze.dataset.year, linze.dataset.unit?.name]).toEqual([0, 2023, "临泽县科学技术协会"]);
    // The score, its subject and grade are said in one sentence ("对…整体支出进行了独立评分，最终评分结果为97.94分，
    // …自评结果为“优”"), the fixed assets in another.
    expect(linze.dataset.publishedScores?.map((p) => [p.label, p.score, p.grade])).toEqual(
      linzeSource.publishedScores.map((p) => [p.label, p.score, p.grade]),
    );
    expect(linze.dataset.unit?.assets).toEqual(linzeSource.unit?.assets);
    // Every section comes back, in order, under its title (a trailing "：" or "。" of the title is not kept).
    const title = (t: string) => t.replace(/[：:。]$/, "");
    expect(linze.dataset.narrative?.slice(1).map((s) => title(s.title))).toEqual(
      linzeSource.narrative.map((s) => title(s.title)),
    );
  });

  it("凉山 2023 决算说明: the unit is its title's name, not a sentence opening with it", async () => {
    const files = await importGenerated(loadExample("liangshan-2023.json"));
    expect(byName(files, "决算情况说明.docx").dataset.unit?.name).toBe("凉山州科学技术协会");
  });
});
