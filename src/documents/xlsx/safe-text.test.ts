import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { isFormulaLike, writeSafeText } from "./safe-text.ts";

describe("formula-injection guard", () => {
  it("recognises what a spreadsheet could take for a formula", () => {
    for (const text of ["=1+1", "+1", "-2", "@SUM(A1)", "\t=1", "\r=1"]) expect(isFormulaLike(text)).toBe(true);
    for (const text of ["州本级其他补助支出", "1+1", "＝100", "", " =1"]) expect(isFormulaLike(text)).toBe(false);
  });

  it("writes such text as a string cell in Text format, unchanged", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("s");
    const cell = sheet.getCell("A1");
    writeSafeText(cell, '=HYPERLINK("http://x")');
    expect([cell.type, cell.value, cell.formula, cell.numFmt]).toEqual([
      ExcelJS.ValueType.String,
      '=HYPERLINK("http://x")',
      undefined,
      "@",
    ]);
    const plain = sheet.getCell("A2");
    writeSafeText(plain, "凉山州");
    expect(plain.numFmt).toBeUndefined();
  });
});
