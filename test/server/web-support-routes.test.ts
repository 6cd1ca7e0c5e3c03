/**
 * The routes the web app's reviewer, dashboard and public pages need beyond the core API, on SQLite and PostgreSQL:
 * the regional summary over all years and as an .xlsx (same authorization as the JSON), and the PDF of a published
 * report (not found for anything unpublished, cached per version).
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SUMMARY_HEADERS } from "../../src/documents/xlsx/summary-workbook.ts";
import type { ApiClient } from "../support/api-client.ts";
import { DIALECTS, startTestRegion, type TestRegion } from "../support/server-harness.ts";
import { LINGLING, publishLingling } from "../support/submittable-report.ts";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

describe.each(DIALECTS)("web support routes on %s", (dialect) => {
  let region: TestRegion;
  beforeAll(async () => {
    region = await startTestRegion(dialect);
  }, 60_000);
  afterAll(async () => region?.close());

  /** A binary response read as bytes (the test client reads bodies as text). */
  async function download(client: ApiClient | null, path: string) {
    const response = await region.app.request(path, { headers: client?.cookie ? { cookie: client.cookie } : {} });
    return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
  }

  async function readSheet(bytes: Uint8Array) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("no sheet");
    return sheet;
  }

  it("GET /api/summary without a year lists every year of the subtree, with year and amounts", async () => {
    const finance = await region.signedIn("financeReviewer");
    const all = await finance.get("/api/summary");
    expect(all.status).toBe(200);
    expect(all.body.year).toBeNull();
    const byUnit = new Map(all.body.units.map((row: { unitName: string }) => [row.unitName, row]));
    expect(byUnit.size).toBe(5);
    expect(byUnit.get(LINGLING)).toMatchObject({
      year: 2024,
      totalScoreShown: "99.8",
      grade: "优",
      executionRateShown: "98.25%",
      errors: 6,
      budgetFen: 127_100_000,
      executedFen: 124_880_000,
    });
    expect(byUnit.get("临泽县科学技术协会")).toMatchObject({ year: 2023, errors: 0, totalScore: null });
    const one = await finance.get("/api/summary?year=2024");
    expect(one.body.units.map((row: { unitName: string }) => row.unitName).sort()).toEqual([
      LINGLING,
      "西藏自治区科学技术协会",
    ]);
  });

  it("GET /api/summary.xlsx: the same rows as the JSON, Chinese headers, numbers as numbers with formats", async () => {
    const finance = await region.signedIn("financeReviewer");
    const json = (await finance.get("/api/summary")).body.units as { unitName: string; year: number; errors: number }[];
    const file = await download(finance, "/api/summary.xlsx");
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe(XLSX_TYPE);
    expect(
      decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(file.headers.get("content-disposition") ?? "")?.[1] ?? ""),
    ).toBe("演示地区财政局绩效自评汇总.xlsx");
    const sheet = await readSheet(file.bytes);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(SUMMARY_HEADERS);
    expect(sheet.rowCount).toBe(1 + json.length);
    const column = (header: string) => SUMMARY_HEADERS.indexOf(header) + 1;
    json.forEach((row, index) => {
      const cells = sheet.getRow(index + 2);
      expect(cells.getCell(column("单位")).value).toBe(row.unitName);
      expect(cells.getCell(column("年度")).value).toBe(row.year);
      expect(cells.getCell(column("校验错误数")).value).toBe(row.errors);
    });
    const lingling = sheet.getRow(json.findIndex((row) => row.unitName === LINGLING) + 2);
    // The Hunan profile prints the total with one decimal, and so does the cell.
    // The exact total (99.8253…), shown as the 湖南 documents print it (99.8) by the cell's one-decimal format.
    expect(lingling.getCell(column("自评总分")).value).toBeCloseTo(99.82533438, 8);
    expect(lingling.getCell(column("自评总分")).numFmt).toBe("0.0");
    // The exact rate (1248.80 ÷ 1271.00), shown as 98.25% by the cell's format: rounded once, at display.
    expect(lingling.getCell(column("预算执行率")).value).toBeCloseTo(1248.8 / 1271, 12);
    expect(lingling.getCell(column("预算执行率")).numFmt).toBe("0.00%");
    expect(lingling.getCell(column("全年预算（万元）")).value).toBe(127.1);
    expect(lingling.getCell(column("全年预算（万元）")).numFmt).toBe("#,##0.00");
    expect(lingling.getCell(column("截止时间")).value).toEqual(new Date("2025-05-01T00:00:00.000Z")); // 2025-04-30T16:00Z in Beijing time
    expect(lingling.getCell(column("是否按时提交")).value).toBe("未提交");
  });

  it("GET /api/summary.xlsx: anonymous 401, a 填报人 403, others only their own subtree", async () => {
    expect((await download(null, "/api/summary.xlsx")).status).toBe(401);
    expect((await download(await region.signedIn("filler"), "/api/summary.xlsx")).status).toBe(403);
    const unitReviewer = await download(await region.signedIn("unitReviewer"), "/api/summary.xlsx");
    expect(unitReviewer.status).toBe(200);
    const own = await readSheet(unitReviewer.bytes);
    expect(own.rowCount).toBe(2);
    expect(own.getRow(2).getCell(1).value).toBe("凉山州科学技术协会");
    const other = await readSheet((await download(await region.signedIn("otherFinance"), "/api/summary.xlsx")).bytes);
    expect(other.getColumn(1).values.slice(2)).toEqual(["另一地区某县科协"]);
  });

  it("GET /api/public/reports/:id/pdf: 404 until published, then the PDF made at publication, named in Chinese", async () => {
    const anonymous = region.client();
    const [admin, department, finance] = await Promise.all([
      region.signedIn("admin"),
      region.signedIn("departmentReviewer"),
      region.signedIn("financeReviewer"),
    ]);
    const drafts = (await finance.get("/api/reports")).body.reports as { id: string; unitName: string }[];
    const linglingId = drafts.find((r) => r.unitName === LINGLING)?.id as string;
    for (const path of [
      `/api/public/reports/${linglingId}/pdf`,
      `/api/public/reports/${region.other.reportId}/pdf`,
      "/api/public/reports/00000000-0000-4000-8000-000000000000/pdf",
      "/api/public/reports/no-such-report/pdf",
    ]) {
      const refused = await anonymous.get(path);
      expect(refused.status, path).toBe(404);
      expect(refused.body.error).toBe("公开报表不存在或无权查看");
    }

    const { reportId } = await publishLingling({ admin, filler: region.client(), department, finance });
    expect(reportId).toBe(linglingId);
    // The PDF is made by a job queued at publication; until it is there the public is asked to come back (503).
    let first = await download(null, `/api/public/reports/${reportId}/pdf`);
    for (let i = 0; i < 600 && first.status === 503; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      first = await download(null, `/api/public/reports/${reportId}/pdf`);
    }
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("application/pdf");
    expect(new TextDecoder().decode(first.bytes.subarray(0, 5))).toBe("%PDF-");
    expect(
      decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(first.headers.get("content-disposition") ?? "")?.[1] ?? ""),
    ).toBe(`${LINGLING}2024年度部门整体支出绩效自评报告.pdf`);

    const started = performance.now();
    const second = await download(null, `/api/public/reports/${reportId}/pdf`);
    expect(performance.now() - started).toBeLessThan(500);
    expect(second.bytes).toEqual(first.bytes);
    // Still nothing for the reports that are not published.
    expect((await anonymous.get(`/api/public/reports/${region.other.reportId}/pdf`)).status).toBe(404);
  }, 180_000);
});
