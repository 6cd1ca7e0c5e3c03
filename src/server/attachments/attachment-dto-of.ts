/** An evidence file's row (without its content) as the API answers it. */
import type { AttachmentInfo } from "../../storage/attachments-repository.ts";
import type { AttachmentDto } from "../dto/attachment-dto.ts";

export function attachmentDtoOf(row: AttachmentInfo): AttachmentDto {
  return {
    id: row.id,
    fileName: row.file_name,
    mediaType: row.media_type,
    bytes: row.bytes,
    sha256: row.sha256,
    uploadedBy: row.uploaded_by,
    createdAt: row.created_at,
  };
}
