/**
 * Every document of a real package through LibreOffice, read back with pdftotext: 凉山's whole package (决算说明 with
 * its charts, the 21 project tables in Word and Excel, the tables workbook, the 21 project reports) and 零陵's 部门整体
 * 支出绩效自评报告 come out as PDFs that carry the dataset's figures — the generated sentences (减少3.42万元，下降0.39%;
 * 下降86.62%; 增长3.73%), the recomputed shares (53.66%, where the published report printed 53.65%), the summary
 * totals 625.51 / 899.59 and 零陵's 98.25% and 99.8.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../core/dataset/schema.ts";
import { parseDatasetJson } from "../../core/dataset/validate-dataset.ts";
import { getBuiltinProfile } from "../../core/profiles/builtin-profiles.ts";
import { buildDocumentPackage } from "../build-package.ts";
import type { GeneratedFile } from "../document-input.ts";
import { convertFilesToPdf } from "./convert-files-to-pdf.ts";
import { createPdfConverter, type PdfConverter } from "./create-pdf-converter.ts";

const scratch = mkdtempSync(join(tmpdir(), "jixiao-pdf-package-"));
let converter: PdfConverter;
beforeAll(() => {
  converter = createPdfConverter();
});
afterAll(async () => {
  await converter.close();
  rmSync(scratch, { recursive: true, force: true });
});

function loadExample(file: string): Dataset {
  const parsed = parseDatasetJson(readFileSync(new URL(`../../../examples/${file}`, import.meta.url), "utf8"));
  if (!parsed.ok) throw new Error(`examples/${file} is invalid`);
  return parsed.dataset;
}

/** The PDF's text without white space (pdftotext breaks lines and spaces out Latin figures). */
function pdfText(pdf: GeneratedFile): string {
  const path = join(scratch, "document.pdf");
  writeFileSync(path, pdf.data);
  const result = spawnSync("pdftotext", [path, "-"], { encoding: "utf8" });
  expect(result.status, pdf.name).toBe(0);
  return result.stdout.replace(/\s+/g, "");
}

async function packageAsPdf(
  dataset: Dataset,
  profileId: string,
): Promise<{ office: GeneratedFile[]; pdfs: GeneratedFile[] }> {
  const office = await buildDocumentPackage({ dataset, profile: getBuiltinProfile(profileId)! });
  const { files: pdfs, errors } = await convertFilesToPdf(office, converter);
  expect(errors).toEqual([]);
  return { office, pdfs };
}

describe("a unit's whole package as PDF", () => {
  it("凉山: one PDF per Word and Excel file, each with its unit and its key figures", async () => {
    const dataset = loadExample("liangshan-2023.json");
    const { office, pdfs } = await packageAsPdf(dataset, "sichuan");
    expect(pdfs).toHaveLength(office.length);
    const texts = new Map(pdfs.map((pdf) => [pdf.name, pdfText(pdf)]));
    for (const [name, text] of texts) expect(text, name).toContain("凉山州科学技术协会");

    const explanation = texts.get("凉山州科学技术协会2023年度部门决算情况说明.pdf") ?? "";
    expect(explanation).toContain("2023年度本年收入合计874.05万元");
    expect(explanation).toContain("收、支总计各减少3.42万元，下降0.39%");
    expect(explanation).toContain("基本支出468.99万元，占53.66%；项目支出405.06万元，占46.34%");
    expect(explanation).toContain("减少49.19万元，下降86.62%");
    expect(explanation).toContain("增加1.84万元，增长3.73%");
    // Every chart is drawn with its title (seven charts, 图1 to 图7).
    for (const n of [1, 2, 3, 4, 5, 6, 7]) expect(explanation).toMatch(new RegExp(`图${n}`));

    const projectTables = texts.get("凉山州科学技术协会2023年度部门预算项目支出绩效自评表.pdf") ?? "";
    const projects = dataset.projects ?? [];
    expect(projects).toHaveLength(21);
    for (const project of projects) expect(projectTables).toContain(project.code);
    expect(projectTables).toContain("州本级单位缴费");

    const summary = texts.get("凉山州科学技术协会2023年度部门预算项目支出绩效自评表（Excel）.pdf") ?? "";
    // Calc's PDF text comes out in drawing order, so the label and the figures of the 合计 row are checked apart.
    expect(summary).toContain("合计（21个项目）");
    expect(summary).toContain("625.51899.59899.59100.00%");

    const tables = texts.get("凉山州科学技术协会2023年度绩效自评及决算报表.pdf") ?? "";
    expect(tables).toContain("一般公共预算财政拨款收入874.05");
    expect(tables).toContain("基本支出468.99");

    const reports = pdfs.filter((pdf) => pdf.name.includes("项目支出绩效自评报告-"));
    expect(reports).toHaveLength(21);
    const talent = texts.get("凉山州科学技术协会2023年度项目支出绩效自评报告-人才发展专项.pdf") ?? "";
    expect(talent).toContain("项目编码：51340022T000005849396");
  }, 300_000);

  it("零陵: the 部门整体支出绩效自评报告 states 执行率 98.25% and the total 99.8 (优)", async () => {
    const { pdfs } = await packageAsPdf(loadExample("lingling-2024.json"), "hunan");
    const report = pdfs.find((pdf) => pdf.name === "永州市零陵区科学技术协会2024年度部门整体支出绩效自评报告.pdf");
    expect(report).toBeDefined();
    const text = pdfText(report!);
    expect(text).toContain("98.25%");
    expect(text).toContain("99.8");
    expect(text).toContain("优");
  }, 120_000);
});
