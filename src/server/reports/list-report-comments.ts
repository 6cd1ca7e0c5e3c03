/** The comments on a report, oldest first, with their authors' names. */
import type { CommentDto } from "../dto/history-dto.ts";
import type { Services } from "../services/services.ts";
import { findReadableHead, type ReportOptions } from "./find-readable-report.ts";

export async function listReportComments(services: Services, options: ReportOptions): Promise<CommentDto[]> {
  const head = await findReadableHead(services, options);
  const comments = await services.reports.comments(head.id);
  return comments.map((c) => ({
    id: c.id,
    path: c.path,
    body: c.body,
    authorName: c.author_name,
    createdAt: c.created_at,
  }));
}
