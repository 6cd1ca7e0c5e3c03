/** What anybody may read without signing in: published reports only. Anything else is "not found". */
import { defineRoute, jsonText } from "../api-route.ts";
import { PublishedReportPdfs } from "../public/published-report-pdf.ts";
import type { Services } from "../services/services.ts";

export function publicRoutes(services: Services) {
  const pdfs = new PublishedReportPdfs(services.reports);
  return [
    defineRoute({
      method: "get",
      path: "/api/public/reports",
      summary: "已公开的报表（按单位、年度）；已撤回公开的附撤回时间与原因（withdrawn）",
      tag: "公开",
      access: "public",
      async handle() {
        return { reports: await services.reportService.publicList() };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/public/reports/:id",
      summary: "一份已公开报表的数据与得分",
      tag: "公开",
      access: "public",
      async handle({ c, params }) {
        return jsonText(c, await services.reportService.publishedJson(params.id as string));
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/public/reports/:id/pdf",
      summary: "已公开报表的自评报告 PDF（仅限已公开；同一版本第二次下载直接取缓存）",
      tag: "公开",
      access: "public",
      responses: { "200": "PDF 文件", "503": "服务器无法转换 PDF（未安装 LibreOffice 等）" },
      async handle({ c, params }) {
        const pdf = await pdfs.pdfOf(params.id as string);
        return c.body(pdf.data.slice().buffer as ArrayBuffer, 200, {
          "content-type": "application/pdf",
          "content-disposition": `attachment; filename="report.pdf"; filename*=UTF-8''${encodeURIComponent(pdf.name)}`,
          "cache-control": "no-store",
        });
      },
    }),
  ];
}
