/**
 * Documents a unit already has, brought into the web app: a new report started from last year's report or from a
 * document (imported and shown for checking first), and a document dropped on a report to compare it with the stored
 * dataset. Uploads are the file itself as the body (name in X-File-Name, URI-encoded); the rights are judged and the
 * size limit applied before the body is read, the type is judged by the content, the import runs off the main thread.
 * @module
 */
import { z } from "zod";
import { IMPORT_LIMITS, formatBytes } from "../../import/import-limits.ts";
import { SUPPORTED_EXTENSIONS } from "../../import/identify-file-kind.ts";
import { defineRoute } from "../api-route.ts";
import type { Context } from "hono";
import { AppError } from "../app-error.ts";
import { DocumentComparisonDto, NewReportImportDto } from "../dto/import-dto.ts";
import { ReportFromLastYearDto } from "../dto/report-dto.ts";
import { checkCompareWithReport, compareDocumentWithReport } from "../imports/compare-document-with-report.ts";
import { checkImportForNewReport, importDocumentForNewReport } from "../imports/import-document-for-new-report.ts";
import { createReportFromLastYear } from "../reports/create-report-from-last-year.ts";
import type { Services } from "../services/services.ts";
import { readBodyWithin } from "./read-body-within.ts";

const DOCUMENT_UPLOAD = {
  mediaTypes: ["application/octet-stream"],
  description: `文件本身（不是 JSON、不是 multipart），可为 ${SUPPORTED_EXTENSIONS.join("、")}；类型按内容判断；≤ ${formatBytes(IMPORT_LIMITS.maxFileBytes)}`,
  headers: [{ name: "x-file-name", description: "文件名（含扩展名），URI 编码（encodeURIComponent）", required: true }],
};
const TOO_LARGE = `文件超过上限 ${formatBytes(IMPORT_LIMITS.maxFileBytes)}`;

function uploadedFileName(c: Context): string {
  let name: string;
  try {
    name = decodeURIComponent(c.req.header("x-file-name") ?? "");
  } catch {
    throw new AppError("malformed", "X-File-Name 头不是有效的 URI 编码", { location: "X-File-Name" });
  }
  // Only the last part of a path counts; the name tells the expected format, the content decides.
  name =
    name
      .split(/[\\/]/)
      .pop()
      ?.replace(/[\u0000-\u001f]/g, "")
      .trim() ?? "";
  if (!name) throw new AppError("malformed", "缺少 X-File-Name 头（文件名，含扩展名）", { location: "X-File-Name" });
  return name.slice(0, 200);
}

const NewReportQuery = z
  .object({ unitId: z.string().min(1).max(100), year: z.coerce.number().int().min(2000).max(2100) })
  .strict();

export function importRoutes(services: Services) {
  return [
    defineRoute({
      method: "post",
      path: "/api/reports/from-last-year",
      summary: "沿用上年报表新建（带入目标、指标、单位信息、提纲与标题；清空完成值、得分、原因和所印数字）",
      tag: "导入",
      access: "signedIn",
      response: ReportFromLastYearDto,
      body: z.object({ unitId: z.string().min(1).max(100), year: z.number().int().min(2000).max(2100) }).strict(),
      responses: { "404": "单位不在本人范围内，或没有上年报表", "409": "该年度报表已存在" },
      async handle({ actor, body }) {
        return createReportFromLastYear(services, { actor, ...body });
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/imports/new-report",
      summary: "从文档新建：导入上传的文档，返回识别出的数据集和导入报告（不保存；确认后以 POST /api/reports 新建）",
      tag: "导入",
      access: "signedIn",
      response: NewReportImportDto,
      query: NewReportQuery,
      rawBody: DOCUMENT_UPLOAD,
      responses: {
        "413": TOO_LARGE,
        "422": "文件无法导入（加密、损坏、内容与扩展名不符等），消息说明原因",
        "409": "该年度报表已存在",
      },
      async handle({ c, actor, query }) {
        const options = { actor, unitId: query.unitId, year: query.year };
        await checkImportForNewReport(services, options);
        const fileName = uploadedFileName(c);
        const bytes = await readBodyWithin(c, IMPORT_LIMITS.maxFileBytes, TOO_LARGE);
        return importDocumentForNewReport(services, { ...options, fileName, bytes });
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/reports/:id/compare-document",
      summary: "把文档与报表已保存的数据比较：导入上传的文档，列出与数据集不同的字段（不保存）",
      tag: "导入",
      access: "signedIn",
      response: DocumentComparisonDto,
      rawBody: DOCUMENT_UPLOAD,
      responses: { "413": TOO_LARGE, "422": "文件无法导入，消息说明原因" },
      async handle({ c, actor, params }) {
        const options = { actor, reportId: params.id as string };
        await checkCompareWithReport(services, options);
        const fileName = uploadedFileName(c);
        const bytes = await readBodyWithin(c, IMPORT_LIMITS.maxFileBytes, TOO_LARGE);
        return compareDocumentWithReport(services, { ...options, fileName, bytes });
      },
    }),
  ];
}
