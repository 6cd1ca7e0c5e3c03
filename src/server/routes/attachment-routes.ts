/**
 * Evidence files of a report: upload (the file itself as the body, its name in X-File-Name), list, download. The
 * type is judged by the file's first bytes; the name is cleaned before it is stored; only the unit's editors add
 * files while the report can be edited; readers of the report may download.
 * @module
 */
import { defineRoute } from "../api-route.ts";
import { HttpError, notFound } from "../http-error.ts";
import { detectAllowedType, sanitizeFileName } from "../security/inspect-upload.ts";
import { EDITING_ROLES } from "../security/roles.ts";
import { assertRole } from "../services/access.ts";
import type { Services } from "../services/services.ts";
import { EDITABLE_STATUSES, STATUS_NAMES } from "../services/workflow-rules.ts";

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export function attachmentRoutes(services: Services) {
  return [
    defineRoute({
      method: "post",
      path: "/api/reports/:id/attachments",
      summary: "上传佐证材料（请求体为文件本身，文件名放在 X-File-Name 头，URI 编码；PDF、PNG、JPEG、Word、Excel、文本，≤ 10 MB）",
      tag: "佐证材料",
      access: "signedIn",
      async handle({ c, actor, params }) {
        const { report } = await services.reportService.read(actor, params.id as string);
        assertRole(actor, EDITING_ROLES, "上传佐证材料");
        if (!EDITABLE_STATUSES.includes(report.status)) throw new HttpError(423, `报表当前为“${STATUS_NAMES[report.status]}”，已锁定，不能上传材料`);
        let name: string;
        try {
          name = sanitizeFileName(decodeURIComponent(c.req.header("x-file-name") ?? ""));
        } catch {
          throw new HttpError(400, "X-File-Name 头不是有效的 URI 编码");
        }
        const bytes = new Uint8Array(await c.req.arrayBuffer());
        if (bytes.byteLength === 0) throw new HttpError(400, "文件为空");
        if (bytes.byteLength > MAX_ATTACHMENT_BYTES) throw new HttpError(413, "文件超过 10 MB");
        const type = detectAllowedType(bytes, name);
        if (!type) throw new HttpError(415, "只接受 PDF、PNG、JPEG、Word（.docx）、Excel（.xlsx）和文本（.txt）文件；文件内容与类型不符");
        const fileName = name.toLowerCase().endsWith(type.extension) ? name : `${name}${type.extension}`;
        return services.attachments.add({ reportId: report.id, fileName, mediaType: type.mediaType, content: bytes, uploadedBy: actor.user.id });
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/reports/:id/attachments",
      summary: "佐证材料列表（不含内容）",
      tag: "佐证材料",
      access: "signedIn",
      async handle({ actor, params }) {
        const { report } = await services.reportService.read(actor, params.id as string);
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
        const file = await services.attachments.find(params.id as string);
        if (!file) throw notFound("材料");
        await services.reportService.read(actor, file.report_id).catch(() => {
          throw notFound("材料");
        });
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
