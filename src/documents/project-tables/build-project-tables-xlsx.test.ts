/**
 * The Excel workbook of the project forms, read back with ExcelJS: the summary sheet (figures, computed scores, audit
 * counts, totals), one form sheet per project with the Word form's merges, real numbers with 0.00 / 0.00% formats,
 * frozen header rows and the A4 landscape print setup — and project names that look like formulas stay text.
 */
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { formatWan, sumFen, wanToFen } from "../../core/money/fen.ts";
import { buildProjectTablesXlsx, SUMMARY_SHEET_NAME } from "./build-project-tables-xlsx.ts";
import { liangshanInput, seedProjectTables } from "./liangshan-input.test-support.ts";
import { SUMMARY_HEADERS } from "./project-summary-sheet.ts";

const input = liangshanInput();
const [file] = await buildProjectTablesXlsx(input);

async function readWorkbook(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  return workbook;
}

const workbook = await readWorkbook(file?.data ?? new Uint8Array());
const sheetAt = (i: number) => workbook.worksheets[i] as ExcelJS.Worksheet;
const merges = (sheet: ExcelJS.Worksheet) => (sheet.model as { merges: string[] }).merges;

describe("buildProjectTablesXlsx", () => {
  it("makes one workbook: the summary first, then a sheet per project", () => {
    expect(file?.name).toBe("凉山州科学技术协会2023年度部门预算项目支出绩效自评表.xlsx");
    expect([file?.kind, file?.format]).toEqual(["projectTables", "xlsx"]);
    expect(workbook.worksheets.map((s) => s.name).slice(0, 5)).toEqual([
      SUMMARY_SHEET_NAME,
      "1.州本级单位缴费",
      "2.州本级离退休医疗缴费",
      "3.州本级离退休费支出",
      "4.州本级其他补助支出",
    ]);
    expect(workbook.worksheets).toHaveLength(22);
    // Excel's limit of 31 characters: "14.凉山州级科普专项经费（第38届凉山州青少年科技创新大赛）" just fits.
    expect(workbook.worksheets[14]?.name).toBe("14.凉山州级科普专项经费（第38届凉山州青少年科技创新大赛）");
    for (const sheet of workbook.worksheets) expect(sheet.name.length).toBeLessThanOrEqual(31);
  });

  it("returns no file for a dataset without projects", async () => {
    expect(await buildProjectTablesXlsx({ ...input, dataset: { ...input.dataset, projects: [] } })).toEqual([]);
  });
});

describe("the project sheet of 州本级其他补助支出", () => {
  const sheet = sheetAt(4);

  it("has the form's merges: title, 项目名称, 项目基本情况, the budget and indicator sections, 合计", () => {
    expect(merges(sheet)).toEqual(
      expect.arrayContaining([
        "A1:L1", // title
        "B2:L2", // project cell
        "B3:F3",
        "G3:H3",
        "I3:L3",
        "A4:A6", // 项目基本情况
        "B4:C5", // 1.项目年度目标完成情况
        "A7:A12", // 预算执行情况（10分） over its header and five rows
        "B8:C8",
        "F8:G8",
        "H8:I8",
        "A13:A15", // 绩效指标（90分） over its header and two indicators
        "D14:E14",
        "A16:I16", // 合计
      ]),
    );
  });

  it("stores the figures as numbers with 0.00 and 0.00% formats, and — for a rate on a zero budget", () => {
    expect(sheet.getCell("A1").value).toBe("部门预算项目支出绩效自评表（2023年度）");
    expect(sheet.getCell("B2").value).toBe("51340021R000000033807-州本级其他补助支出");
    expect(sheet.getCell("B8").value).toBe("总额");
    expect([sheet.getCell("D8").value, sheet.getCell("E8").value, sheet.getCell("F8").value]).toEqual([
      0, 31.82, 31.82,
    ]);
    expect(sheet.getCell("E8").numFmt).toBe("0.00");
    expect(sheet.getCell("H8").value).toBe(1);
    expect(sheet.getCell("H8").numFmt).toBe("0.00%");
    expect([sheet.getCell("J8").value, sheet.getCell("K8").value]).toEqual([10, 10]);
    expect([sheet.getCell("H10").value, sheet.getCell("J10").value]).toEqual(["—", "/"]);
    expect([sheet.getCell("J16").value, sheet.getCell("K16").value]).toEqual([100, 100]);
    expect(sheet.getCell("B14").value).toBe("产出指标");
    expect(sheet.getCell("F14").value).toBe("＝");
  });

  it("borders the merged cells and uses 仿宋 for values, 宋体 for headings", () => {
    expect(sheet.getCell("E8").font?.name).toBe("仿宋_GB2312");
    expect(sheet.getCell("A7").font).toMatchObject({ name: "宋体", bold: true });
    expect(sheet.getCell("A1").font).toMatchObject({ name: "宋体", size: 16, bold: true });
    expect(sheet.getCell("L2").border?.right?.style).toBe("thin");
  });

  it("freezes the title, 项目名称 and 主管部门 rows and prints A4 landscape, one page wide", () => {
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:3",
    });
    // The widths are the Form's (the Word proportions), scaled to the landscape page: 原因 (L) is the widest column.
    const widths = Array.from({ length: 12 }, (_, i) => sheet.getColumn(i + 1).width ?? 0);
    expect(Math.max(...widths)).toBe(widths[11]);
    expect(widths[11]).toBeGreaterThan(25);
  });

  it("gives wrapped prose rows the height they need", () => {
    // 项目实施内容及过程概述 runs to several lines across D–L.
    expect(sheet.getRow(6).height).toBeGreaterThan(30);
    expect(sheet.getRow(2).height).toBeLessThan(30);
  });
});

describe("the second 绩效指标 block of 人才发展专项", () => {
  it("repeats the header with its own label merged down its one indicator", () => {
    const sheet = sheetAt(16);
    const labels = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const cell = sheet.getCell(r, 1);
      // Covered cells of a merge read back with the master's value; only masters count.
      if (cell.type !== ExcelJS.ValueType.Merge && cell.value === "绩效指标（90分）") labels.push(r);
    }
    expect(labels).toEqual([13, 21]);
    expect(merges(sheet)).toEqual(expect.arrayContaining(["A13:A20", "A21:A22", "A23:I23"]));
    expect([sheet.getCell("J23").value, sheet.getCell("K23").value]).toEqual([120, 119.47]);
  });
});

describe("the summary sheet", () => {
  const sheet = sheetAt(0);
  const row = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1);

  it("heads its columns under a title and the unit, frozen", () => {
    expect(sheet.getCell("A1").value).toBe("部门预算项目支出绩效自评汇总表（2023年度）");
    expect(sheet.getCell("A2").value).toBe("单位：凉山州科学技术协会");
    expect(row(3)).toEqual([...SUMMARY_HEADERS]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1, fitToHeight: 0 });
  });

  it("lists each project with its computed scores and grade", () => {
    expect(row(7)).toEqual([
      4,
      "51340021R000000033807",
      "州本级其他补助支出",
      0,
      31.82,
      31.82,
      1,
      10,
      90,
      100,
      "优",
      0,
      0,
    ]);
    const [number, , name, , adjusted, executed, rate, executionScore, indicatorScore, total, grade] = row(15);
    expect([number, name, adjusted, executed, rate, executionScore, indicatorScore, total, grade]).toEqual([
      12,
      "科普宣传活动业务经费",
      12,
      12,
      1,
      10,
      39.47,
      49.47,
      "差",
    ]);
    expect(sheet.getCell("G7").numFmt).toBe("0.00%");
    expect(sheet.getCell("E7").numFmt).toBe("0.00");
  });

  it("counts each project's audit errors and warnings from the findings located in it", () => {
    input.dataset.projects.forEach((_, i) => {
      const own = input.findings.filter((f) => f.location.startsWith(`projects[${i}]`));
      expect([sheet.getCell(4 + i, 12).value, sheet.getCell(4 + i, 13).value]).toEqual([
        own.filter((f) => f.severity === "error").length,
        own.filter((f) => f.severity === "warning").length,
      ]);
    });
    // projects[1] must not count the findings of projects[10] … projects[19].
    const second = input.findings.filter((f) => /^projects\[1\][.[]/.test(f.location) || f.location === "projects[1]");
    expect(sheet.getCell(5, 12).value).toBe(second.filter((f) => f.severity === "error").length);
  });

  it("totals the budgets as the seed's 21 tables add up, with the overall rate", () => {
    const seed = seedProjectTables();
    const total = (pick: (t: (typeof seed)[number]) => string) =>
      Number(formatWan(sumFen(seed.map((t) => wanToFen(pick(t) || "0")))));
    const last = 4 + 21;
    expect(sheet.getCell(last, 1).value).toBe("合计（21个项目）");
    expect(merges(sheet)).toContain(`A${last}:C${last}`);
    expect([sheet.getCell(last, 4).value, sheet.getCell(last, 5).value, sheet.getCell(last, 6).value]).toEqual([
      total((t) => t.budget_rows[0]?.initial ?? ""),
      total((t) => t.budget_rows[0]?.adjusted ?? ""),
      total((t) => t.budget_rows[0]?.executed ?? ""),
    ]);
    expect([sheet.getCell(last, 4).value, sheet.getCell(last, 5).value]).toEqual([625.51, 899.59]);
    expect(sheet.getCell(last, 7).value).toBe(1);
    const errors = input.findings.filter((f) => /^projects\[\d+\]/.test(f.location) && f.severity === "error").length;
    expect(sheet.getCell(last, 12).value).toBe(errors);
  });
});

describe("formula injection", () => {
  const names = ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1:A2)", "\t=1+1"];

  it("writes formula-like project names as plain text cells, never formulas", async () => {
    const base = input.dataset.projects[3];
    if (!base) throw new Error("project missing");
    const projects = names.map((name) => ({ ...base, name, code: name }));
    const [hostile] = await buildProjectTablesXlsx({ ...input, dataset: { ...input.dataset, projects }, findings: [] });
    const data = hostile?.data ?? new Uint8Array();
    const book = await readWorkbook(data);
    const summary = book.worksheets[0] as ExcelJS.Worksheet;
    names.forEach((name, i) => {
      for (const cell of [summary.getCell(4 + i, 2), summary.getCell(4 + i, 3)]) {
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.value).toBe(name);
        expect(cell.formula).toBeUndefined();
        expect(cell.numFmt).toBe("@");
      }
      const sheet = book.worksheets[1 + i] as ExcelJS.Worksheet;
      expect(sheet.getCell("B2").type).toBe(ExcelJS.ValueType.String);
      expect(sheet.getCell("B2").value).toBe(`${name}-${name}`);
    });
    // No sheet of the file holds a formula element at all.
    const parts = unzipSync(data, { filter: (f) => f.name.startsWith("xl/worksheets/") });
    expect(Object.keys(parts).length).toBeGreaterThan(5);
    for (const part of Object.values(parts)) expect(new TextDecoder().decode(part)).not.toMatch(/<f[ >]/);
  });
});
