/**
 * Round trip through PDF: the 决算说明 and 自评报告 Jixiao generates, printed to PDF by LibreOffice as `report --pdf`
 * does, imported again give back their stated figures and their sections. The PDF text layer breaks table cells
 * apart, so tables are named in the report, not rebuilt (see docs/import.md).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { DatasetInput } from "../../src/core/dataset/schema.ts";
import { convertWithLibreOffice } from "../../src/import/convert-legacy-file.ts";
import { importDocuments } from "../../src/import/import-document.ts";
import { readSourceBytes } from "../../src/import/read-source-file.ts";
import { generatedFiles, loadExample } from "./round-trip-support.ts";

const imported = new Map<string, DatasetInput>();

beforeAll(async () => {
  for (const [example, part] of [
    ["liangshan-2023.json", "决算情况说明.docx"],
    ["lingling-2024.json", "整体支出绩效自评报告.docx"],
  ] as const) {
    const file = (await generatedFiles(loadExample(example))).find((f) => f.name.endsWith(part));
    if (!file) throw new Error(`${example}: no ${part}`);
    const pdf = await convertWithLibreOffice(file.name, file.data, ".docx", "pdf");
    const result = importDocuments([await readSourceBytes(file.name.replace(/\.docx$/, ".pdf"), pdf)]);
    if (!result.dataset) throw new Error(result.issues.join("; "));
    imported.set(example, result.dataset);
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
});
