/** The evidence files of a report (names, types, sizes; not their content), for anybody who may read it. */
import type { ReportHead } from "../../storage/reports-repository.ts";
import type { AttachmentDto } from "../dto/attachment-dto.ts";
import { findReadableHead } from "../reports/find-readable-report.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { attachmentDtoOf } from "./attachment-dto-of.ts";

export async function listAttachments(
  services: Services,
  options: { actor: Actor; reportId: string; prefetched?: ReportHead | undefined },
): Promise<AttachmentDto[]> {
  const report = await findReadableHead(services, options);
  return (await services.attachments.list(report.id)).map(attachmentDtoOf);
}
