/**
 * Adds an evidence file to a report. Only the unit's editors, only while the report can be edited — judged on the
 * report's head before the body is read (checkAttachmentUpload, which the route calls first). The type is judged by
 * the file's first bytes, never by its name or Content-Type; a Word or Excel file is opened (within limits, off the
 * main thread) and refused when it carries macros; the name is cleaned and given the type's extension.
 * @module
 */
import { AppError } from "../app-error.ts";
import type { AttachmentDto } from "../dto/attachment-dto.ts";
import { findEditableHead } from "../reports/find-editable-head.ts";
import { detectAllowedType, inspectOfficeEvidence, withExtension } from "../security/inspect-upload.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { attachmentDtoOf } from "./attachment-dto-of.ts";

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export interface UploadAttachmentOptions {
  actor: Actor;
  reportId: string;
}

/** The report's head if the actor may add evidence to it now. */
export async function checkAttachmentUpload(services: Services, options: UploadAttachmentOptions) {
  return findEditableHead(services, { ...options, action: "上传佐证材料" });
}

export async function uploadAttachment(
  services: Services,
  options: UploadAttachmentOptions & { fileName: string; bytes: Uint8Array },
): Promise<AttachmentDto> {
  const { bytes, fileName } = options;
  const report = await checkAttachmentUpload(services, options);
  if (bytes.byteLength === 0) throw new AppError("malformed", "文件为空");
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) throw new AppError("too-large", "文件超过 10 MB");
  const type = detectAllowedType(bytes, fileName);
  if (!type)
    throw new AppError(
      "unsupported-type",
      "只接受 PDF、PNG、JPEG、Word（.docx）、Excel（.xlsx）和文本（.txt）文件；文件内容与类型不符",
    );
  if (type.extension === ".docx" || type.extension === ".xlsx") {
    const verdict = await inspectOfficeEvidence(bytes);
    if (!verdict.ok) throw new AppError(verdict.status === 503 ? "unavailable" : "unsupported-type", verdict.message);
  }
  const added = await services.attachments.add({
    reportId: report.id,
    fileName: withExtension(fileName, type),
    mediaType: type.mediaType,
    content: bytes,
    uploadedBy: options.actor.user.id,
  });
  return attachmentDtoOf(added);
}
