/** A report and its dataset, for an actor who may read it. */
import type { ReportWithDatasetDto } from "../dto/report-dto.ts";
import type { Services } from "../services/services.ts";
import { findReadableReport, type ReportOptions } from "./find-readable-report.ts";
import { reportDtoOf } from "./report-dto-of.ts";

export async function readReport(services: Services, options: ReportOptions): Promise<ReportWithDatasetDto> {
  const { report, unit, dataset } = await findReadableReport(services, options);
  return { report: reportDtoOf(report, unit.name), dataset };
}
