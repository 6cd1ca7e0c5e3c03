/**
 * Indicator tables in and out as .xlsx: the template the server hands out reads back as its example rows; a filled
 * sheet replaces one table's indicators (merged 一级/二级 cells as blanks, operators as people type them); a sheet
 * with a bad row is refused with the row and column named, and the report is unchanged.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readIndicatorSheet } from "../../src/documents/indicator-sheet/read-indicator-sheet.ts";
import { DIALECTS, startTestRegion, type TestRegion } from "../support/server-harness.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function sheetOf(rows: string[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("指标");
  sheet.addRow([
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "指标值",
    "度量单位",
    "完成值",
    "权重",
    "偏差原因分析及改进措施",
  ]);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe.each(DIALECTS)("indicator sheet import on %s", (dialect) => {
  let region: TestRegion;
  beforeAll(async () => {
    region = await startTestRegion(dialect);
  }, 60_000);
  afterAll(async () => region?.close());

  it("hands out a template that reads back as its two example rows", async () => {
    const filler = await region.signedIn("filler");
    const response = await region.app.request("/api/templates/indicators.xlsx", { headers: { cookie: filler.cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(XLSX);
    const read = await readIndicatorSheet(new Uint8Array(await response.arrayBuffer()));
    expect(
      read.ok && read.indicators.map((i) => [i.level1, i.level2, i.level3, i.operator, i.target, i.weight]),
    ).toEqual([
      ["产出指标", "数量指标", "开展科普活动次数", "≥", "10", "20"],
      ["产出指标", "质量指标", "活动验收合格率", "=", "100", "20"],
    ]);
  });

  it("replaces a project's indicators, and refuses a sheet with a bad row without changing anything", async () => {
    const filler = await region.signedIn("filler");
    const report = (await filler.get("/api/reports")).body.reports[0];
    const upload = (bytes: Uint8Array, version: number, type = XLSX) =>
      region.app.request(`/api/reports/${report.id}/projects/2/indicators/import`, {
        method: "POST",
        headers: {
          cookie: filler.cookie,
          "x-csrf-token": filler.csrfToken,
          "content-type": type,
          "x-report-version": String(version),
        },
        body: bytes,
      });

    // Rows as in seed 004's 州本级单位缴费 table, with 一级 merged down and a full-width ≧.
    const good = await sheetOf([
      ["产出指标", "数量指标", "按时缴纳单位缴费人数", "≧", "16", "人", "16", "20", ""],
      ["", "", "缴费月数", "=", "12", "月", "12", "20", ""],
      ["", "时效指标", "缴费及时率", "=", "100", "%", "100", "10", ""],
      ["效益指标", "社会效益指标", "保障职工权益", "定性", "有效保障", "", "有效保障", "30", ""],
      ["满意度指标", "服务对象满意度指标", "职工满意度", "≥", "95", "%", "98", "10", ""],
    ]);
    const imported = await upload(good, report.version);
    expect(imported.status, await imported.clone().text()).toBe(200);
    const body = (await imported.json()) as { version: number; indicators: number };
    expect(body.indicators).toBe(5);
    const project = (await filler.get(`/api/reports/${report.id}/projects/2`)).body.project;
    expect(
      project.evaluation.indicators.map(
        (i: { level1: string; level2?: string; operator?: string; operatorPrinted?: string }) => [
          i.level1,
          i.level2,
          i.operator,
          i.operatorPrinted,
        ],
      ),
    ).toEqual([
      ["产出指标", "数量指标", "≥", "≧"],
      ["产出指标", "数量指标", "=", undefined],
      ["产出指标", "时效指标", "=", undefined],
      ["效益指标", "社会效益指标", "定性", undefined],
      ["满意度指标", "服务对象满意度指标", "≥", undefined],
    ]);

    const bad = await sheetOf([
      ["产出指标", "数量指标", "培训人次", "≥", "100", "人次", "120", "20", ""],
      ["", "", "培训场次", "约", "5", "场", "5", "10", ""],
      ["", "", "覆盖乡镇", "≥", "10", "个", "10", "-5", ""],
    ]);
    const refused = await upload(bad, body.version);
    expect(refused.status).toBe(422);
    const refusal = (await refused.json()) as { details: { issues: { location: string }[] } };
    expect(refusal.details.issues.map((i) => i.location)).toEqual(["第3行“指标性质”", "第4行“权重”"]);
    expect((await upload(good, body.version, "text/csv")).status).toBe(415);
    expect((await upload(new TextEncoder().encode("不是表格"), body.version)).status).toBe(422);
    const after = await region.services.reports.find(report.id);
    expect(after?.version).toBe(body.version);
  });
});
