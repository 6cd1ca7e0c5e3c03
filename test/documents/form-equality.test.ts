/**
 * Word and Excel print the same cells. For each of the five sample units, the package is built as `jixiao report`
 * builds it, every table of its Word files and every sheet of its Excel files is read back (text, column span, row
 * span of every master cell), and each Excel sheet must have a Word table with exactly the same grid, and each Word
 * table of the form-bearing documents an Excel twin. Both are drawn from one Form (src/core/forms), so a copy that
 * drifts — like the Excel 部门整体 table that printed 零陵's 受众人数 as "25000万人次" — fails here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseDatasetJson } from "../../src/core/dataset/validate-dataset.ts";
import { getBuiltinProfile } from "../../src/core/profiles/builtin-profiles.ts";
import { buildDocumentPackage } from "../../src/documents/build-package.ts";
import { readDocxText } from "../../src/documents/read-docx-text.ts";
import type { GeneratedFile } from "../../src/documents/document-input.ts";
import { docxGrids, type Grid, gridLines, xlsxGrids } from "./form-grids.test-support.ts";

const ROOT = new URL("../..", import.meta.url).pathname;

const UNITS = [
  { example: "xizang-2024", profile: "national" },
  { example: "lingling-2024", profile: "hunan" },
  { example: "leshan-shizhong-2022", profile: "sichuan" },
  { example: "linze-2023", profile: "national" },
  { example: "liangshan-2023", profile: "sichuan" },
] as const;

/** Excel sheets that are not official forms: the sortable summary of the project workbook has no Word twin. */
const EXCEL_ONLY = new Set(["汇总"]);

async function packageOf(example: string, profileId: string): Promise<GeneratedFile[]> {
  const parsed = parseDatasetJson(readFileSync(join(ROOT, "examples", `${example}.json`), "utf8"));
  if (!parsed.ok) throw new Error(`${example}: ${JSON.stringify(parsed.issues)}`);
  const profile = getBuiltinProfile(profileId);
  if (!profile) throw new Error(`no profile ${profileId}`);
  return buildDocumentPackage({ dataset: parsed.dataset, profile, generatedAt: new Date("2025-01-01T00:00:00Z") });
}

interface Tables {
  word: Grid[];
  excel: { sheet: string; grid: Grid }[];
}

async function tablesOf(files: readonly GeneratedFile[]): Promise<Tables> {
  const word = files.filter((f) => f.format === "docx").flatMap((f) => docxGrids(f.data));
  const excel = (await Promise.all(files.filter((f) => f.format === "xlsx").map((f) => xlsxGrids(f.data))))
    .flat()
    .filter((s) => !EXCEL_ONLY.has(s.sheet));
  return { word, excel };
}

const key = (grid: Grid) => JSON.stringify(grid);

const built = new Map<string, Promise<Tables>>();
const tables = (example: string, profile: string) => {
  const existing = built.get(example);
  if (existing) return existing;
  const made = packageOf(example, profile).then(tablesOf);
  built.set(example, made);
  return made;
};

describe.each(UNITS)("$example: every table reads the same in Word and Excel", ({ example, profile }) => {
  it("each Excel sheet has a Word table with the same cells, merges and text", async () => {
    const { word, excel } = await tables(example, profile);
    const words = new Map<string, number>();
    for (const grid of word) words.set(key(grid), (words.get(key(grid)) ?? 0) + 1);
    for (const { sheet, grid } of excel) {
      const left = words.get(key(grid)) ?? 0;
      if (left === 0) {
        // The Word table with the most equal rows, to show where the two differ.
        const nearest = word
          .map((candidate) => ({
            candidate,
            same: candidate.filter((row, i) => key([row]) === key([grid[i] ?? []])).length,
          }))
          .sort((a, b) => b.same - a.same)[0]?.candidate;
        expect(gridLines(grid), `${example} · ${sheet}`).toEqual(gridLines(nearest ?? []));
        expect(grid, `${example} · ${sheet}: spans`).toEqual(nearest);
      }
      words.set(key(grid), left - 1);
    }
  });

  it("each Word table that is a form has its Excel sheet", async () => {
    const { word, excel } = await tables(example, profile);
    const sheets = new Set(excel.map((s) => key(s.grid)));
    // Word tables without an Excel twin would be tables the Form model does not cover.
    const unmatched = word.filter((grid) => !sheets.has(key(grid))).map((grid) => gridLines(grid).slice(0, 2));
    expect(unmatched).toEqual([]);
  });
});

describe("figures the two files must agree on", () => {
  // The last row that starts with `first`: a 合计 column header comes before the 合计 row of figures.
  const rowOf = (grid: Grid, first: string) => grid.filter((row) => row[0]?.text === first).at(-1);
  const texts = (grid: Grid | undefined, first: string) => (grid ? rowOf(grid, first)?.map((c) => c.text) : undefined);

  it("零陵 受众人数: ≥2万人次 against 25000 in both — never 25000万人次", async () => {
    const { word, excel } = await tables("lingling-2024", "hunan");
    const sheet = excel.find((s) => s.sheet === "部门整体支出绩效自评表")?.grid;
    const table = word.find((grid) => grid.some((row) => row.some((c) => c.text === "偏差原因分析及改进措施")));
    for (const grid of [sheet, table]) {
      const row = grid?.find((cells) => cells.some((c) => c.text === "受众人数"))?.map((c) => c.text);
      expect(row?.slice(-5, -3)).toEqual(["≥2万人次", "25000"]);
      expect(row?.join("|")).not.toContain("25000万人次");
    }
  });

  it("凉山's 附表: the key totals, 874.05 wherever the 决算说明 says so, in Word and in Excel", async () => {
    const { word, excel } = await tables("liangshan-2023", "sichuan");
    const expected: Record<string, Record<string, string[]>> = {
      收入支出决算总表: {
        本年收入合计: ["本年收入合计", "874.05", "本年支出合计", "874.05"],
        收入总计: ["收入总计", "874.05", "支出总计", "874.05"],
      },
      收入决算表: { 合计: ["合计", "874.05"] },
      支出决算表: {
        合计: ["合计", "874.05", "468.99", "405.06"],
        "221": ["221", "住房保障支出", "25.74", "未分列", "未分列"],
      },
      财政拨款收入支出决算总表: { 收入总计: ["收入总计", "874.05", "支出总计", "874.05"] },
      一般公共预算财政拨款支出决算表: {
        合计: ["合计", "874.05", "468.99", "405.06"],
        "206": ["206", "科学技术支出", "701.17", "296.11", "405.06"],
        "208": ["208", "社会保障和就业支出", "125.26", "125.26", "0.00"],
        "210": ["210", "卫生健康支出", "21.88", "21.88", "0.00"],
      },
      一般公共预算财政拨款基本支出决算表: { 合计: ["合计", "468.99"], 人员经费: ["人员经费", "417.82"] },
      一般公共预算财政拨款项目支出决算表: { 合计: ["合计", "405.06"] },
      政府性基金预算财政拨款收支决算表: { 合计: ["合计", "0.00", "0.00"] },
      国有资本经营预算财政拨款收入支出决算表: { 合计: ["合计", "0.00", "0.00"] },
      国有资本经营预算财政拨款支出决算表: { 合计: ["合计", "0.00"] },
      三公经费支出决算表: { 合计: ["合计", "7.60", "7.60", "100.00%", "56.79", "-49.19", "-86.62%"] },
      部门整体绩效自评得分表: { 合计: ["合计", "100", "97", "3", "自评等级：优"] },
    };
    expect(excel.map((s) => s.sheet)).toEqual(expect.arrayContaining(Object.keys(expected)));
    for (const [name, rows] of Object.entries(expected)) {
      const sheet = excel.find((s) => s.sheet === name)?.grid;
      expect(sheet, name).toBeDefined();
      const table = word.find((grid) => sheet !== undefined && key(grid) === key(sheet));
      expect(table, `${name} in Word`).toBeDefined();
      for (const [first, cells] of Object.entries(rows)) {
        expect(texts(sheet, first), `${name} · ${first} (Excel)`).toEqual(cells);
        expect(texts(table, first), `${name} · ${first} (Word)`).toEqual(cells);
      }
    }
  });

  it("凉山's 附表 carry their official codes (公开01表 … 公开13表) under the title, in Word and in Excel", async () => {
    const files = await packageOf("liangshan-2023", "sichuan");
    const accounts = files.find((f) => f.format === "docx" && f.name.endsWith("部门决算情况说明.docx"));
    const text = await readDocxText(accounts?.data ?? new Uint8Array());
    const codes = [...text.matchAll(/\n([^\n]*决算(?:总)?表)（2023年度）\n(公开\d\d表)\n/g)].map(
      (m) => `${m[2]} ${m[1]}`,
    );
    expect(codes).toEqual([
      "公开01表 收入支出决算总表",
      "公开02表 收入决算表",
      "公开03表 支出决算表",
      "公开04表 财政拨款收入支出决算总表",
      "公开06表 一般公共预算财政拨款支出决算表",
      "公开08表 一般公共预算财政拨款基本支出决算表",
      "公开09表 一般公共预算财政拨款项目支出决算表",
      "公开10表 政府性基金预算财政拨款收入支出决算表",
      "公开11表 国有资本经营预算财政拨款收入支出决算表",
      "公开12表 国有资本经营预算财政拨款支出决算表",
      "公开13表 财政拨款“三公”经费支出决算表",
    ]);
    const workbook = new ExcelJS.Workbook();
    const book = files.find((f) => f.format === "xlsx" && f.name.endsWith("绩效自评及决算报表.xlsx"));
    await workbook.xlsx.load(
      book?.data.buffer.slice(book.data.byteOffset, book.data.byteOffset + book.data.byteLength) as ArrayBuffer,
    );
    expect(workbook.getWorksheet("收入支出决算总表")?.getCell(2, 1).text).toBe("公开01表");
    expect(workbook.getWorksheet("三公经费支出决算表")?.getCell(2, 1).text).toBe("公开13表");
  });
});
