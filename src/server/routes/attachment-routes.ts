/**
 * Evidence files of a report: upload (the file itself as the body, its name in X-File-Name), list, download — each
 * one use case in src/server/attachments/. The right to upload is judged before the body is read.
 * @module
 */
import { defineRoute } from "../api-route.ts";
import { AppError } from "../app-error.ts";
import { AttachmentDto, AttachmentsDto } from "../dto/attachment-dto.ts";
import { downloadAttachment } from "../attachments/download-attachment.ts";
import { listAttachments } from "../attachments/list-attachments.ts";
import { checkAttachmentUpload, MAX_ATTACHMENT_BYTES, uploadAttachment } from "../attachments/upload-attachment.ts";
import { sanitizeFileName } from "../security/inspect-upload.ts";
import type { Services } from "../services/services.ts";
import { readBodyWithin } from "./read-body-within.ts";
import { sendFile } from "./send-file.ts";

/** The types an evidence file may be (judged by its content, see inspect-upload.ts), as it is downloaded. */
const EVIDENCE_TYPES = [
  "application/pdf",
  "image/png",
  "image/jpeg",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "text/plain",
] as const;

export function attachmentRoutes(services: Services) {
  return [
    defineRoute({
      method: "post",
      path: "/api/reports/:id/attachments",
      summary:
        "上传佐证材料（请求体为文件本身，文件名放在 X-File-Name 头，URI 编码；PDF、PNG、JPEG、Word、Excel、文本，≤ 10 MB）",
      tag: "佐证材料",
      access: "signedIn",
      response: AttachmentDto,
      rawBody: {
        mediaTypes: [...EVIDENCE_TYPES, "application/octet-stream"],
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
        const options = { actor, reportId: params.id as string, prefetched: c.get("reportHead") };
        await checkAttachmentUpload(services, options);
        let fileName: string;
        try {
          fileName = sanitizeFileName(decodeURIComponent(c.req.header("x-file-name") ?? ""));
        } catch {
          throw new AppError("malformed", "X-File-Name 头不是有效的 URI 编码", { location: "X-File-Name" });
        }
        const bytes = await readBodyWithin(c, MAX_ATTACHMENT_BYTES, "文件超过 10 MB");
        return uploadAttachment(services, { ...options, fileName, bytes });
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/reports/:id/attachments",
      summary: "佐证材料列表（不含内容）",
      tag: "佐证材料",
      access: "signedIn",
      response: AttachmentsDto,
      async handle({ c, actor, params }) {
        return {
          attachments: await listAttachments(services, {
            actor,
            reportId: params.id as string,
            prefetched: c.get("reportHead"),
          }),
        };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/attachments/:id",
      summary: "下载佐证材料",
      tag: "佐证材料",
      access: "signedIn",
      response: { file: EVIDENCE_TYPES, description: "材料文件本身（类型为上传时按内容判定的）" },
      async handle({ c, actor, params }) {
        const file = await downloadAttachment(services, { actor, attachmentId: params.id as string });
        return sendFile(c, {
          data: file.content,
          mediaType: file.mediaType,
          fileName: file.fileName,
          headers: { "x-content-type-options": "nosniff" },
        });
      },
    }),
  ];
}
