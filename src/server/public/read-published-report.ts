/**
 * A published report for anybody (unit, year, dataset, audit) as JSON text; one taken down again (撤回公开) says so,
 * when and why, without its data; "not found" for anything never published.
 * @module
 */
import { jsonOf, type JsonOf } from "../api-route.ts";
import { notFound } from "../app-error.ts";
import type { PublishedReportDto } from "../dto/public-dto.ts";
import { storedAudit } from "../reports/stored-audit.ts";
import type { Services } from "../services/services.ts";
import { isPublicStatus, withdrawalOf } from "./public-status.ts";

export async function readPublishedReport(
  services: Services,
  options: { reportId: string },
): Promise<JsonOf<PublishedReportDto>> {
  const report = await services.reports.find(options.reportId);
  if (!report || !isPublicStatus(report)) throw notFound("公开报表");
  const unit = await services.units.find(report.unit_id);
  const base = { id: report.id, unitName: unit?.name ?? "", year: report.year, publishedAt: report.published_at };
  if (report.status !== "published") {
    const unpublished = (await services.reports.lastTransitionsBy([report.id], "unpublish")).get(report.id);
    const withdrawn: PublishedReportDto = {
      report: { ...base, withdrawn: withdrawalOf(report, unpublished) },
      dataset: null,
      scores: null,
    };
    return jsonOf(JSON.stringify(withdrawn));
  }
  return jsonOf(
    `{"report":${JSON.stringify(base)},"dataset":${report.dataset},"scores":${storedAudit(services, report)}}`,
  );
}
