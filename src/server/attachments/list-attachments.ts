/** The evidence files of a report (names, types, sizes; not their content), for anybody who may read it. */
import type { ReportHead } from "../../storage/reports-repository.ts";
import { findReadableHead } from "../reports/find-readable-report.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

export async function listAttachments(
  services: Services,
  options: { actor: Actor; reportId: string; prefetched?: ReportHead | undefined },
) {
  const report = await findReadableHead(services, options);
  return services.attachments.list(report.id);
}
