/**
 * Preview of a generated document in the page (issue 15 item 9): the pages of a finished job's PDF as PNG images.
 * A Word or Excel file is previewed through the PDF the same job made of it. Each route is one use case in
 * src/server/documents-preview/.
 * @module
 */
import { defineRoute } from "../api-route.ts";
import { drawPreviewPage } from "../documents-preview/draw-preview-page.ts";
import { PREVIEW_LIMITS } from "../documents-preview/preview-pdf.ts";
import { readDocumentPreview } from "../documents-preview/read-document-preview.ts";
import { DocumentPreviewDto } from "../dto/job-dto.ts";
import type { Services } from "../services/services.ts";
import { sendFile } from "./send-file.ts";

export function documentPreviewRoutes(services: Services) {
  return [
    defineRoute({
      method: "get",
      path: "/api/jobs/:id/files/:index/preview",
      summary: "文档预览：该文件（或同一任务中同名的 PDF）的页数，各页图片见 …/preview/:page",
      tag: "文档",
      access: "signedIn",
      response: DocumentPreviewDto,
      responses: { "409": "任务尚未完成，或该文件没有 PDF" },
      async handle({ actor, params }) {
        return readDocumentPreview(services, { actor, jobId: params.id as string, index: params.index as string });
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/jobs/:id/files/:index/preview/:page",
      summary: `文档预览的一页（PNG，${PREVIEW_LIMITS.dpi} dpi；第 1 页起，至多 ${PREVIEW_LIMITS.maxPages} 页）`,
      tag: "文档",
      access: "signedIn",
      response: { file: ["image/png"], description: "该页的 PNG 图片" },
      responses: { "404": "没有这一页", "409": "任务尚未完成，或该文件没有 PDF" },
      async handle({ c, actor, params }) {
        const png = await drawPreviewPage(services, {
          actor,
          jobId: params.id as string,
          index: params.index as string,
          page: params.page as string,
        });
        return sendFile(c, {
          data: png,
          mediaType: "image/png",
          headers: { "cache-control": "private, max-age=3600" },
        });
      },
    }),
  ];
}
