/**
 * The 财政局 dashboard in the browser: the five demo units with the figures GET /api/summary gives (零陵 corrected
 * and published first, so one report has a score, a grade and a submission date), sorting and filtering, the three
 * charts drawn as SVG, and the .xlsx export holding the same rows.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { SUMMARY_HEADERS } from "../../src/documents/xlsx/summary-workbook.ts";
import { ApiClient } from "../support/api-client.ts";
import { newContext, screenshot, signIn, useBrowserEnvironment } from "../support/browser.ts";
import { LINGLING, publishLingling } from "../support/submittable-report.ts";

interface Row {
  unitName: string;
  year: number;
  totalScore: string | null;
  totalScoreShown: string | null;
  executionRateShown: string | null;
  errors: number;
  grade: string | null;
}

describe("dashboard in the browser", () => {
  const env = useBrowserEnvironment();

  const apiAs = env.apiAs;

  it("shows the units with the summary's figures, sorts, filters, draws the charts and exports the table", async () => {
    const { region, browser } = env;
    const [admin, department, finance] = await Promise.all([
      apiAs("admin"),
      apiAs("departmentReviewer"),
      apiAs("financeReviewer"),
    ]);
    await publishLingling({ admin, filler: new ApiClient({ baseUrl: region.url }), department, finance });
    const summary = (await finance.get("/api/summary")).body.units as Row[];
    expect(summary).toHaveLength(5);
    const lingling = summary.find((row) => row.unitName === LINGLING) as Row;
    const liangshan = summary.find((row) => row.unitName === "凉山州科学技术协会") as Row;

    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, region.url, region.account("financeReviewer"));
    await page.getByRole("link", { name: "地区总览" }).click();
    const rows = page.locator("table.summary-table tbody tr");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(5);
    const cell = (unit: string, column: string) =>
      page.locator(`tr[data-unit="${unit}"] td.col-${column}`).textContent();
    expect(await cell(LINGLING, "totalScore")).toBe(lingling.totalScoreShown);
    expect(await cell(LINGLING, "executionRate")).toBe(lingling.executionRateShown);
    expect(await cell(LINGLING, "grade")).toBe("优");
    expect(await cell(LINGLING, "status")).toBe("已公开");
    expect(await cell(liangshan.unitName, "errors")).toBe(String(liangshan.errors));
    // 凉山's many errors make it one to look at.
    expect(await cell(liangshan.unitName, "unitName")).toContain("需关注");

    // The charts are drawn (SVG) once their chunk has loaded.
    await expect.poll(() => page.locator(".echart svg").count(), { timeout: 15_000 }).toBe(3);
    await screenshot(page, "40-dashboard");

    // Sorting: errors, most first, then fewest first.
    const errorsHeader = page.locator("th", { hasText: "校验错误" });
    await errorsHeader.getByRole("button").click();
    await errorsHeader.getByRole("button").click();
    expect(await errorsHeader.getAttribute("aria-sort")).toBe("descending");
    const byErrors = [...summary].sort((a, b) => b.errors - a.errors);
    await expect.poll(() => rows.first().getAttribute("data-unit")).toBe(byErrors[0]?.unitName);
    await errorsHeader.getByRole("button").click();
    await expect.poll(() => errorsHeader.getAttribute("aria-sort")).toBe("ascending");
    const shownErrors = await page.locator("td.col-errors").allTextContents();
    expect(shownErrors.map(Number)).toEqual(summary.map((row) => row.errors).sort((a, b) => a - b));

    // Filters: with errors only, then a grade.
    await page.getByLabel("只看有校验错误的").check();
    await expect.poll(() => rows.count()).toBe(summary.filter((row) => row.errors > 0).length);
    expect(await page.locator(`tr[data-unit="${LINGLING}"]`).count()).toBe(0);
    await page.getByLabel("只看有校验错误的").uncheck();
    await page.getByLabel("等级").selectOption("优");
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute("data-unit")).toBe(LINGLING);
    await page.getByLabel("等级").selectOption("all");
    await page.getByLabel("状态").selectOption("draft");
    await expect.poll(() => rows.count()).toBe(4);
    await page.getByLabel("状态").selectOption("all");

    // The export: the same rows as the summary, in the same order.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "导出 Excel" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("演示地区财政局绩效自评汇总.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(SUMMARY_HEADERS);
    const exported = Array.from({ length: sheet.rowCount - 1 }, (_, index) => {
      const row = sheet.getRow(index + 2);
      return {
        unitName: row.getCell(1).value,
        year: row.getCell(2).value,
        errors: row.getCell(SUMMARY_HEADERS.indexOf("校验错误数") + 1).value,
      };
    });
    expect(exported).toEqual(summary.map((row) => ({ unitName: row.unitName, year: row.year, errors: row.errors })));
    const linglingRow = sheet.getRow(summary.indexOf(lingling) + 2);
    expect(linglingRow.getCell(SUMMARY_HEADERS.indexOf("自评总分") + 1).value).toBe(Number(lingling.totalScore));
    await context.close();
  }, 120_000);
});
