/**
 * One evidence file with its content, for anybody who may read its report — judged on the file's row without its
 * content and the report's head first, so that a refused download never loads up to 10 MB.
 * @module
 */
import { notFound } from "../app-error.ts";
import { findReadableHead } from "../reports/find-readable-report.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

export async function downloadAttachment(services: Services, options: { actor: Actor; attachmentId: string }) {
  const info = await services.attachments.info(options.attachmentId);
  if (!info) throw notFound("材料");
  await findReadableHead(services, { actor: options.actor, reportId: info.report_id, what: "材料" });
  const file = await services.attachments.find(info.id);
  if (!file) throw notFound("材料");
  return { fileName: file.file_name, mediaType: file.media_type, content: new Uint8Array(file.content) };
}
