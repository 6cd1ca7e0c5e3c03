/** The indicator import template (.xlsx) and the import of a filled one into a table of a report. */
import { defineRoute } from "../api-route.ts";
import { AppError } from "../app-error.ts";
import { ImportedIndicatorsDto } from "../dto/report-dto.ts";
import { downloadIndicatorTemplate } from "../reports/download-indicator-template.ts";
import {
  checkIndicatorSheetImport,
  importIndicatorSheet,
  INDICATOR_SHEET_LIMITS,
} from "../reports/import-indicator-sheet.ts";
import type { TableRef } from "../reports/indicator-table.ts";
import type { Services } from "../services/services.ts";
import { placeIn } from "../services/access.ts";
import { readBodyWithin } from "./read-body-within.ts";
import { sendFile } from "./send-file.ts";

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
      response: ImportedIndicatorsDto,
      responses: { "409": "版本冲突：数据已被他人修改（X-Report-Version 不是当前版本）" },
      async handle({ c, actor, params }) {
        if (!(c.req.header("content-type") ?? "").startsWith(XLSX_TYPE))
          throw new AppError("unsupported-type", "请上传 .xlsx 文件（Content-Type 须为 Excel 工作簿）");
        const version = Number(c.req.header("x-report-version"));
        if (!Number.isInteger(version) || version < 1)
          throw new AppError("malformed", "缺少或无效的 X-Report-Version 头（报表当前版本号）", {
            location: "X-Report-Version",
          });
        const ref: TableRef =
          table === "department" ? { kind: "department" } : { kind: "project", index: placeIn(params.project, "项目") };
        const options = { actor, reportId: params.id as string, table: ref, version };
        // Right, lock and version are judged on the report's head before a byte of the file is read.
        await checkIndicatorSheetImport(services, options);
        const limit = INDICATOR_SHEET_LIMITS.maxFileBytes;
        const bytes = await readBodyWithin(c, limit, `指标表文件超过 ${limit / 1024 / 1024} MB`);
        return importIndicatorSheet(services, { ...options, bytes });
      },
    });
  return [
    defineRoute({
      method: "get",
      path: "/api/templates/indicators.xlsx",
      summary: "绩效指标导入模板（.xlsx，含填写说明）",
      tag: "报表",
      access: "signedIn",
      response: { file: [XLSX_TYPE], description: "导入模板（.xlsx）" },
      async handle({ c }) {
        return sendFile(c, { ...(await downloadIndicatorTemplate()), mediaType: XLSX_TYPE });
      },
    }),
    importRoute("department"),
    importRoute("project"),
  ];
}
