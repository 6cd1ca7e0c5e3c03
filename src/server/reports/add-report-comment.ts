/** Anybody who may read a report may comment on it, on the whole or on one field of its dataset (`path`). */
import { AppError } from "../app-error.ts";
import type { CommentDto } from "../dto/history-dto.ts";
import type { Services } from "../services/services.ts";
import { findReadableHead, type ReportOptions } from "./find-readable-report.ts";

export async function addReportComment(
  services: Services,
  options: ReportOptions & { body: string; path: string },
): Promise<CommentDto> {
  const head = await findReadableHead(services, options);
  const body = options.body.trim();
  if (body === "") throw new AppError("invalid", "意见内容不能为空", { location: "body" });
  const comment = await services.reports.addComment({
    reportId: head.id,
    authorId: options.actor.user.id,
    path: options.path,
    body,
  });
  return {
    id: comment.id,
    path: comment.path,
    body: comment.body,
    authorName: options.actor.user.display_name,
    createdAt: comment.created_at,
  };
}
