/** The indicator import template (.xlsx) and the import of a filled one into a table of a report. */
import { buildIndicatorTemplate } from "../../documents/indicator-sheet/build-indicator-template.ts";
import { defineRoute } from "../api-route.ts";
import { HttpError } from "../http-error.ts";
import {
  assertMayImportIndicators,
  importIndicatorSheet,
  INDICATOR_SHEET_LIMITS,
} from "../services/indicator-import.ts";
import { readBodyWithin } from "./read-body-within.ts";
import type { TableRef } from "../services/report-service.ts";
import type { Services } from "../services/services.ts";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function indicatorSheetRoutes(services: Services) {
  const importRoute = (table: "department" | "project") =>
    defineRoute({
      method: "post",
      path:
        table === "department"
          ? "/api/reports/:id/department/indicators/import"
          : "/api/reports/:id/projects/:project/indicators/import",
      summary:
        "以 .xlsx（导入模板格式）整体替换该表的绩效指标；请求体为文件本身（≤ 2 MB，解压后 ≤ 32 MB，≤ 2000 行），版本号放在 X-Report-Version 头",
      tag: "报表",
      access: "signedIn",
      async handle({ c, actor, params }) {
        if (!(c.req.header("content-type") ?? "").startsWith(XLSX_TYPE))
          throw new HttpError(415, "请上传 .xlsx 文件（Content-Type 须为 Excel 工作簿）");
        const version = Number(c.req.header("x-report-version"));
        if (!Number.isInteger(version) || version < 1)
          throw new HttpError(400, "缺少或无效的 X-Report-Version 头（报表当前版本号）");
        const project = params.project ?? "";
        if (table === "project" && !/^\d{1,4}$/.test(project)) throw new HttpError(404, "项目序号无效");
        const ref: TableRef =
          table === "department" ? { kind: "department" } : { kind: "project", index: Number(project) };
        // Right, lock and version are judged on the report's head before a byte of the file is read.
        await assertMayImportIndicators(services.reportService, actor, params.id as string, version);
        const limit = INDICATOR_SHEET_LIMITS.maxFileBytes;
        const bytes = await readBodyWithin(c, limit, `指标表文件超过 ${limit / 1024 / 1024} MB`);
        return importIndicatorSheet(services.reportService, actor, params.id as string, ref, version, bytes);
      },
    });
  return [
    defineRoute({
      method: "get",
      path: "/api/templates/indicators.xlsx",
      summary: "绩效指标导入模板（.xlsx，含填写说明）",
      tag: "报表",
      access: "signedIn",
      async handle({ c }) {
        return c.body((await buildIndicatorTemplate()).buffer as ArrayBuffer, 200, {
          "content-type": XLSX_TYPE,
          "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent("绩效指标导入模板.xlsx")}`,
        });
      },
    }),
    importRoute("department"),
    importRoute("project"),
  ];
}
