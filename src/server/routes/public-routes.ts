/** What anybody may read without signing in: published reports only. Anything else is "not found". */
import { defineRoute } from "../api-route.ts";
import { PublishedReportDto, PublishedReportListDto } from "../dto/public-dto.ts";
import { downloadPublishedPdf } from "../public/download-published-pdf.ts";
import { listPublishedReports } from "../public/list-published-reports.ts";
import { readPublishedReport } from "../public/read-published-report.ts";
import type { Services } from "../services/services.ts";
import { sendFile } from "./send-file.ts";

export function publicRoutes(services: Services) {
  return [
    defineRoute({
      method: "get",
      path: "/api/public/reports",
      summary: "已公开的报表（按单位、年度）；已撤回公开的附撤回时间与原因（withdrawn）",
      tag: "公开",
      access: "public",
      response: PublishedReportListDto,
      async handle() {
        return { reports: await listPublishedReports(services) };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/public/reports/:id",
      summary: "一份已公开报表的数据与得分",
      tag: "公开",
      access: "public",
      response: PublishedReportDto,
      async handle({ params }) {
        return readPublishedReport(services, { reportId: params.id as string });
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/public/reports/:id/pdf",
      summary: "已公开报表的自评报告 PDF（仅限已公开；公开时生成一次并随版本保存，下载从不触发转换）",
      tag: "公开",
      access: "public",
      response: { file: ["application/pdf"], description: "自评报告 PDF" },
      responses: { "200": "PDF 文件", "503": "PDF 尚在生成或未能生成，请稍后再下载" },
      async handle({ c, params }) {
        const pdf = await downloadPublishedPdf(services, { reportId: params.id as string });
        return sendFile(c, {
          data: pdf.data,
          mediaType: "application/pdf",
          fileName: pdf.name,
          asciiName: "report.pdf",
          headers: { "cache-control": "no-store" },
        });
      },
    }),
  ];
}
