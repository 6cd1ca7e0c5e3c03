/**
 * Evidence files of a report: upload (the file itself as the body, its name in X-File-Name), list, download. The
 * type is judged by the file's first bytes; the name is cleaned before it is stored; only the unit's editors add
 * files while the report can be edited; readers of the report may download.
 * @module
 */
import { defineRoute } from "../api-route.ts";
import { HttpError, notFound } from "../http-error.ts";
import {
  detectAllowedType,
  inspectOfficeEvidence,
  sanitizeFileName,
  withExtension,
} from "../security/inspect-upload.ts";
import { assertMayEdit } from "../services/access.ts";
import type { Services } from "../services/services.ts";
import { readableReportHead } from "./job-routes.ts";
import { readBodyWithin } from "./read-body-within.ts";

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export function attachmentRoutes(services: Services) {
  return [
    defineRoute({
      method: "post",
      path: "/api/reports/:id/attachments",
      summary:
        "上传佐证材料（请求体为文件本身，文件名放在 X-File-Name 头，URI 编码；PDF、PNG、JPEG、Word、Excel、文本，≤ 10 MB）",
      tag: "佐证材料",
      access: "signedIn",
      rawBody: {
        mediaTypes: [
          "application/pdf",
          "image/png",
          "image/jpeg",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "text/plain",
          "application/octet-stream",
        ],
        description: "文件本身（不是 JSON、不是 multipart）。类型按文件开头的字节判断，与 Content-Type 无关；≤ 10 MB",
        headers: [
          {
            name: "x-file-name",
            description: "文件名，URI 编码（encodeURIComponent）；路径、“..”、控制字符和开头的点会被去掉；缺省为“附件”",
            required: false,
          },
        ],
      },
      responses: {
        "413": "文件超过 10 MB",
        "415": "文件类型不允许（按内容判断），或 Word/Excel 含宏、解压后超过上限",
        "423": "报表已提交或已锁定，不能上传",
      },
      async handle({ c, actor, params }) {
        const report = await readableReportHead(services, actor, params.id as string);
        assertMayEdit(actor, report, "上传佐证材料");
        let name: string;
        try {
          name = sanitizeFileName(decodeURIComponent(c.req.header("x-file-name") ?? ""));
        } catch {
          throw new HttpError(400, "X-File-Name 头不是有效的 URI 编码");
        }
        const bytes = await readBodyWithin(c, MAX_ATTACHMENT_BYTES, "文件超过 10 MB");
        if (bytes.byteLength === 0) throw new HttpError(400, "文件为空");
        const type = detectAllowedType(bytes, name);
        if (!type)
          throw new HttpError(
            415,
            "只接受 PDF、PNG、JPEG、Word（.docx）、Excel（.xlsx）和文本（.txt）文件；文件内容与类型不符",
          );
        if (type.extension === ".docx" || type.extension === ".xlsx") {
          const verdict = await inspectOfficeEvidence(bytes);
          if (!verdict.ok) throw new HttpError(verdict.status, verdict.message);
        }
        return services.attachments.add({
          reportId: report.id,
          fileName: withExtension(name, type),
          mediaType: type.mediaType,
          content: bytes,
          uploadedBy: actor.user.id,
        });
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/reports/:id/attachments",
      summary: "佐证材料列表（不含内容）",
      tag: "佐证材料",
      access: "signedIn",
      async handle({ actor, params }) {
        const report = await readableReportHead(services, actor, params.id as string);
        return { attachments: await services.attachments.list(report.id) };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/attachments/:id",
      summary: "下载佐证材料",
      tag: "佐证材料",
      access: "signedIn",
      async handle({ c, actor, params }) {
        const info = await services.attachments.info(params.id as string);
        if (!info) throw notFound("材料");
        await readableReportHead(services, actor, info.report_id, "材料");
        const file = await services.attachments.find(info.id);
        if (!file) throw notFound("材料");
        const data = new Uint8Array(file.content);
        return c.body(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer, 200, {
          "content-type": file.media_type,
          "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.file_name)}`,
          "x-content-type-options": "nosniff",
        });
      },
    }),
  ];
}
