/**
 * The workbook of the other tables, read back with ExcelJS: which sheets each example gets, and the figures that
 * matter — computed, never copied from the text, so the seeds' mistakes do not reappear (凉山 三公 下降 86.62%, not
 * 647.24%; 因公出国 完成预算 "—" on a zero budget; the 支出决算表 adding to 874.05 with 221 住房保障支出, not the
 * 848.30 of the 项 lines alone).
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  documentInputOf,
  liangshanInput,
  loadExample,
  profileOf,
} from "../project-tables/liangshan-input.test-support.ts";
import { buildTablesXlsx } from "./build-tables-xlsx.ts";

async function build(input: Parameters<typeof buildTablesXlsx>[0]) {
  const [file] = await buildTablesXlsx(input);
  if (!file) throw new Error("no workbook");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    file.data.buffer.slice(file.data.byteOffset, file.data.byteOffset + file.data.byteLength) as ArrayBuffer,
  );
  return { file, workbook };
}

const sheetOf = (workbook: ExcelJS.Workbook, name: string) => {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};
const rowValues = (sheet: ExcelJS.Worksheet, r: number) => (sheet.getRow(r).values as unknown[]).slice(1);

const codeRow = (sheet: ExcelJS.Worksheet, code: string) => {
  const codes = Array.from({ length: sheet.rowCount }, (_, i) => sheet.getCell(i + 1, 1).value);
  return rowValues(sheet, codes.indexOf(code) + 1);
};

describe("凉山 2023: the 决算 tables", async () => {
  const { file, workbook } = await build(liangshanInput());

  it("holds the framework table and the seed's thirteen 附表, in the seed's order", () => {
    expect(file.name).toBe("凉山州科学技术协会2023年度绩效自评及决算报表.xlsx");
    expect([file.kind, file.format]).toEqual(["projectTables", "xlsx"]);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "部门整体绩效自评得分表",
      "收入支出决算总表",
      "收入决算表",
      "支出决算表",
      "财政拨款收入支出决算总表",
      "财政拨款支出决算明细表",
      "一般公共预算财政拨款支出决算表",
      "一般公共预算财政拨款支出决算明细表",
      "一般公共预算财政拨款基本支出决算表",
      "一般公共预算财政拨款项目支出决算表",
      "政府性基金预算财政拨款收支决算表",
      "国有资本经营预算财政拨款收入支出决算表",
      "国有资本经营预算财政拨款支出决算表",
      "三公经费支出决算表",
    ]);
  });

  it("支出决算表: every class of the 决算说明, 221 included, adding to 874.05 = 468.99 + 405.06", () => {
    const sheet = sheetOf(workbook, "支出决算表");
    expect(rowValues(sheet, 6)).toEqual(["合计", "合计", 874.05, 468.99, 405.06]);
    expect(codeRow(sheet, "221")).toEqual(["221", "住房保障支出", 25.74, "未分列", "未分列"]);
    const fiscal = sheetOf(workbook, "财政拨款收入支出决算总表");
    expect(rowValues(fiscal, 9)).toEqual(["收入总计", 874.05, "支出总计", 874.05]);
  });

  it("the two 明细表 by 经济分类 (公开05/07表): their 合计 as the other tables print it, no invented 科目 line", () => {
    for (const name of ["财政拨款支出决算明细表", "一般公共预算财政拨款支出决算明细表"]) {
      const sheet = sheetOf(workbook, name);
      const values = Array.from({ length: sheet.rowCount }, (_, i) => rowValues(sheet, i + 1));
      const total = values.findIndex((row) => row[0] === "合计");
      expect(values[total], name).toEqual(["合计", "合计", 874.05, 417.82, 51.17, 405.06]);
      expect(
        values.slice(total + 1).filter((row) => typeof row[2] === "number"),
        name,
      ).toEqual([]);
      expect(values.flat(), name).toContain("注：本表未列按部门预算支出经济分类（类、款）的科目明细，仅列合计数。");
    }
  });

  it("收入支出决算总表: income and expenditure side by side with their totals", () => {
    const sheet = sheetOf(workbook, "收入支出决算总表");
    expect(rowValues(sheet, 6)).toEqual(["一般公共预算财政拨款收入", 874.05, "基本支出", 468.99]);
    expect(rowValues(sheet, 7)).toEqual(["政府性基金预算财政拨款收入", 0, "项目支出", 405.06]);
    expect(rowValues(sheet, 14)).toEqual(["本年收入合计", 874.05, "本年支出合计", 874.05]);
    expect(rowValues(sheet, 15)).toEqual(["收入总计", 874.05, "支出总计", 874.05]);
    expect(sheet.getCell("B6").numFmt).toBe("0.00");
    expect((sheet.model as { merges: string[] }).merges).toEqual(
      expect.arrayContaining(["A1:D1", "A2:D2", "A4:B4", "C4:D4"]),
    );
  });

  it("一般公共预算财政拨款支出决算表: 类 as the 决算说明 states them, adding to 874.05, with the 项 lines below", () => {
    const sheet = sheetOf(workbook, "一般公共预算财政拨款支出决算表");
    expect(rowValues(sheet, 4)).toEqual(["科目编码", "科目名称", "本年支出", "本年支出", "本年支出"]);
    expect(rowValues(sheet, 6)).toEqual(["合计", "合计", 874.05, 468.99, 405.06]);
    expect(rowValues(sheet, 7)).toEqual(["206", "科学技术支出", 701.17, 296.11, 405.06]);
    // 7.38 + 2.74 + 8.77 + 2.98 = 21.87 under a class the seed prints as 21.88 (§8.5 #7): all its lines are 基本支出,
    // so the class is; the 0.01 is the audit's (SUM-PARTS), never a rounding note in the public table.
    expect(codeRow(sheet, "210")).toEqual(["210", "卫生健康支出", 21.88, 21.88, 0]);
    expect(codeRow(sheet, "21011")).toEqual(["21011", "　行政事业单位医疗", 21.87, 21.87, 0]);
    expect(codeRow(sheet, "221")).toEqual(["221", "住房保障支出", 25.74, "未分列", "未分列"]);
    expect(sheet.getCell(sheet.rowCount - 1, 1).value).toBe(
      "注：221住房保障支出未列款、项级科目，其基本支出、项目支出未分列。",
    );
  });

  it("基本支出 468.99 = 417.82 + 51.17, 项目支出 405.06 by its lines, the empty fund tables with their note", () => {
    expect(rowValues(sheetOf(workbook, "一般公共预算财政拨款基本支出决算表"), 5)).toEqual(["合计", 468.99]);
    // Its lines are all 项目支出: one 项目支出 column, no 基本支出 column of 0.00 nobody stated.
    const projectSheet = sheetOf(workbook, "一般公共预算财政拨款项目支出决算表");
    expect(rowValues(projectSheet, 4)).toEqual(["科目编码", "科目名称", "项目支出"]);
    expect(rowValues(projectSheet, 5)).toEqual(["合计", "合计", 405.06]);
    const fund = sheetOf(workbook, "政府性基金预算财政拨款收支决算表");
    expect(fund.getCell(1, 1).value).toBe("政府性基金预算财政拨款收入支出决算表（2023年度）");
    expect(rowValues(fund, 5)).toEqual(["合计", 0, 0]);
    expect(fund.getCell(fund.rowCount, 1).value).toBe(
      "注：本单位2023年度无政府性基金预算财政拨款收入和支出，本表为空表。",
    );
  });

  it("三公经费: rates computed from the figures — 下降86.62%, and — for 因公出国 on a zero budget", () => {
    const sheet = sheetOf(workbook, "三公经费支出决算表");
    expect(rowValues(sheet, 4)).toEqual(["项目", "预算数", "决算数", "完成预算", "上年决算数", "增减额", "增减率"]);
    expect(rowValues(sheet, 5)).toEqual(["合计", 7.6, 7.6, 1, 56.79, -49.19, -0.8662]);
    expect(rowValues(sheet, 6)).toEqual(["1.因公出国（境）费", 0, 0, "—", 0, 0, "—"]);
    expect(rowValues(sheet, 7)).toEqual(["2.公务用车购置及运行维护费", 7.41, 7.41, 1, 56.64, -49.23, -0.8692]);
    expect(rowValues(sheet, 10)).toEqual(["3.公务接待费", 0.19, 0.19, 1, 0.15, 0.04, 0.2667]);
    expect(sheet.getCell("G5").numFmt).toBe("0.00%");
    expect(sheet.getCell(sheet.rowCount, 1).value).toBe("注：国内公务接待2批次、18人次。");
  });
});

describe("零陵 2024: 基础数据表 and 部门整体支出绩效自评表", async () => {
  const input = documentInputOf(loadExample("lingling-2024.json"), profileOf("hunan"));
  const { workbook } = await build(input);

  it("has the two evaluation sheets and no 决算 附表 (零陵 published no 决算说明)", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["基础数据表", "部门整体支出绩效自评表"]);
  });

  it("基础数据表: 控制率 = 7 ÷ 8 = 87.50%, and the fund rows as filled, on the seed's seven-column grid", () => {
    const sheet = sheetOf(workbook, "基础数据表");
    // A4 is covered by the merged label above it and reads back with the label's value; B4:C4 … are the form's pairs.
    expect(rowValues(sheet, 4)).toEqual(["财政供养人员情况（人）", 8, 8, 7, 7, 0.875, 0.875]);
    expect(sheet.getCell("F4").numFmt).toBe("0.00%");
    expect(rowValues(sheet, 7)).toEqual(["其中：公用经费", 4.72, 4.72, 4.13, 4.13, 4.13, 4.13]);
    expect((sheet.model as { merges: string[] }).merges).toEqual(expect.arrayContaining(["A3:A4", "B4:C4"]));
  });

  it("部门整体支出绩效自评表: the computed execution (98.25%, 9.8), merged 一级, total 99.8 and grade 优", () => {
    const sheet = sheetOf(workbook, "部门整体支出绩效自评表");
    expect(rowValues(sheet, 3)).toEqual([
      "年度预算申请（万元）",
      "",
      "",
      "年初预算数",
      "全年预算数",
      "全年执行数",
      "分值",
      "执行率",
      "执行率",
      "得分",
    ]);
    expect(rowValues(sheet, 4).slice(3)).toEqual([153.53, 127.1, 124.88, 10, 0.9825, 0.9825, 9.8]);
    const merges = (sheet.model as { merges: string[] }).merges;
    const header =
      Array.from({ length: sheet.rowCount }, (_, i) => sheet.getCell(i + 1, 2).value).indexOf("一级指标") + 1;
    // 产出指标 over six indicators, 效益指标 over four.
    expect(merges).toEqual(expect.arrayContaining([`B${header + 1}:B${header + 6}`, `B${header + 7}:B${header + 10}`]));
    // 受众人数: ≥2万人次 against the bare 25000 the unit typed (read as 人次) — never "25000万人次".
    const row = Array.from({ length: sheet.rowCount }, (_, i) => sheet.getCell(i + 1, 4).value).indexOf("受众人数") + 1;
    expect([sheet.getCell(row, 6).value, sheet.getCell(row, 7).value]).toEqual(["≥2万人次", "25000"]);
    const total = sheet.rowCount;
    expect([
      sheet.getCell(total, 1).value,
      sheet.getCell(total, 8).value,
      sheet.getCell(total, 9).value,
      sheet.getCell(total, 10).value,
    ]).toEqual(["总分", 100, 99.8, "等级：优"]);
  });
});

describe("datasets without any of these tables", () => {
  it("get no workbook", async () => {
    const input = documentInputOf(loadExample("linze-2023.json"), profileOf("national"));
    expect(await buildTablesXlsx(input)).toEqual([]);
  });
});
