/**
 * The pages as an accountant files them, read back from LibreOffice's PDF with pdftotext page by page: a cover
 * carries no page number and the body counts from 1 (零陵); no page holds the signature without body text (零陵's
 * 部门整体 report, 凉山's generated project reports), nor is a page left half empty to avoid one (临泽); the 决算说明's
 * parts are numbered as its outline (第四部分 附件 → 第五部分 附表) and it prints no rounding note; a project form's 注
 * stays under its table.
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
import { readDocxText } from "../read-docx-text.ts";
import { createPdfConverter, type PdfConverter } from "./create-pdf-converter.ts";

const scratch = mkdtempSync(join(tmpdir(), "jixiao-page-layout-"));
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

async function documentsOf(file: string, profileId: string): Promise<GeneratedFile[]> {
  return buildDocumentPackage({ dataset: loadExample(file), profile: getBuiltinProfile(profileId)! });
}

/** Each page's text without white space (pdftotext separates pages with a form feed). */
async function pdfPages(file: GeneratedFile): Promise<string[]> {
  const pdf = await converter.convert({ name: file.name, data: file.data });
  const path = join(scratch, "document.pdf");
  writeFileSync(path, pdf);
  const result = spawnSync("pdftotext", [path, "-"], { encoding: "utf8" });
  expect(result.status, file.name).toBe(0);
  return result.stdout
    .split("\f")
    .map((page) => page.replace(/\s+/g, ""))
    .filter((page) => page !== "");
}

const named = (files: readonly GeneratedFile[], part: string) => {
  const file = files.find((f) => f.name.includes(part) && f.format === "docx");
  if (!file) throw new Error(`no ${part}`);
  return file;
};

/** The page holding the signature (unit, then date), and whether it holds anything but the closing and the number. */
function signaturePage(pages: readonly string[], signature: string, closing: readonly string[]): string {
  const page = pages.find((p) => p.includes(signature));
  if (!page) throw new Error(`no page holds ${signature}`);
  let rest = page.replace(signature, "").replace(/—\d+—/, "");
  for (const line of closing) rest = rest.replace(line.replace(/\s+/g, ""), "");
  return rest;
}

describe("the pages of a filed document", () => {
  it("零陵: the cover has no page number, the body counts from 1, the signature shares its page with the text", async () => {
    const pages = await pdfPages(named(await documentsOf("lingling-2024.json", "hunan"), "部门整体支出绩效自评报告"));
    expect(pages[0]).toContain("单位名称：永州市零陵区科学技术协会");
    expect(pages[0]).not.toMatch(/—\d+—/);
    expect(pages[1]).toContain("—1—");
    const rest = signaturePage(pages, "永州市零陵区科学技术协会2025年7月10日", [
      "附件：1．2024年度部门整体支出绩效评价基础数据表",
      "2．2024年度部门整体支出绩效自评表",
    ]);
    expect(rest.length).toBeGreaterThan(0);
  }, 120_000);

  it("临泽: a long last paragraph breaks across the page as usual, leaving no half-empty page before the signature", async () => {
    const pages = await pdfPages(named(await documentsOf("linze-2023.json", "national"), "部门整体支出绩效自评报告"));
    const last = pages.length - 1;
    expect(pages[last]).toContain("临泽县科学技术协会");
    expect(signaturePage(pages, "临泽县科学技术协会", []).length).toBeGreaterThan(0);
    // A full page of this report holds some 450–600 characters; the one before the signature is full too (it held
    // some 250 when the whole 18-line paragraph was kept with the signature).
    expect(pages[last - 1]?.length).toBeGreaterThan(400);
  }, 120_000);

  it("凉山: a generated project report never ends on a page holding only its signature", async () => {
    const files = await documentsOf("liangshan-2023.json", "sichuan");
    for (const project of ["州本级工资支出", "州本级单位缴费"]) {
      const pages = await pdfPages(named(files, `项目支出绩效自评报告-${project}`));
      expect(signaturePage(pages, "凉山州科学技术协会2024年1月15日", []).length, project).toBeGreaterThan(0);
    }
  }, 180_000);

  it("凉山's 项目支出绩效自评表: every 注 on a page with its form's last row, most forms on one page", async () => {
    const pages = await pdfPages(
      named(await documentsOf("liangshan-2023.json", "sichuan"), "部门预算项目支出绩效自评表"),
    );
    for (const project of ["州本级单位缴费", "州本级工资支出", "州本级离退休医疗缴费"]) {
      const page = pages.find((p) => p.includes(`-${project}`));
      expect(page, project).toContain("注：1.预算执行率=预算执行数/调整后预算数");
    }
    // No 注 without its form: a page holding a note holds the form's last row too (州本级公务用车运行维护费's form ends
    // at the foot of its page; its last row goes over with the 注 instead of leaving the 注 alone).
    const notePages = pages.filter((p) => p.includes("注：1.预算执行率=预算执行数/调整后预算数"));
    expect(notePages).toHaveLength(21);
    for (const page of notePages) expect(page).toContain("项目负责人");
    const vehicle = pages.findIndex((p) => p.includes("-州本级公务用车运行维护费"));
    expect(pages[vehicle + 1]).toContain("州本级公务用车运行维护费");
    // 21 forms on 34 pages (39 with the padded cells, two of them holding a note alone).
    expect(pages.length).toBeLessThanOrEqual(34);
  }, 180_000);

  it("凉山's 决算说明: parts as its seed, 第四部分 附件 then 第五部分 附表 listing all 13 tables, no rounding note", async () => {
    const text = readDocxText(named(await documentsOf("liangshan-2023.json", "sichuan"), "部门决算情况说明").data);
    const parts = text.split("\n").filter((line) => /^第[一二三四五六七八九十]部分/.test(line));
    expect(parts).toEqual([
      "第一部分 部门概况",
      "第二部分 2023年度部门决算情况说明",
      "第三部分 名词解释",
      "第四部分 附件",
      "第五部分 附表",
    ]);
    expect(text).not.toContain("相差");
    const schedules = text.slice(text.indexOf("第五部分 附表"));
    expect(schedules).toContain("\n一、收入支出决算总表\n二、收入决算表\n三、支出决算表\n");
    expect(schedules).toContain("\n五、财政拨款支出决算明细表\n");
    expect(schedules).toContain("\n十三、财政拨款“三公”经费支出决算表\n");
    expect(schedules).toContain("注：221住房保障支出未列款、项级科目，其基本支出、项目支出未分列。");
  }, 60_000);
});
