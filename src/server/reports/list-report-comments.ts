/** The comments on a report, oldest first, with their authors' names. */
import type { Services } from "../services/services.ts";
import { findReadableHead, type ReportOptions } from "./find-readable-report.ts";

export async function listReportComments(services: Services, options: ReportOptions) {
  const head = await findReadableHead(services, options);
  return services.reports.comments(head.id);
}
