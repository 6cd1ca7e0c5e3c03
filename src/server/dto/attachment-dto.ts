/** Answers about a report's evidence files (佐证材料). */
import { z } from "zod";
import { DateTime } from "./common-dto.ts";

export const AttachmentDto = z.strictObject({
  id: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  bytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string().describe("上传者的用户 id"),
  createdAt: DateTime,
});
export type AttachmentDto = z.infer<typeof AttachmentDto>;

export const AttachmentsDto = z.strictObject({ attachments: z.array(AttachmentDto) });
