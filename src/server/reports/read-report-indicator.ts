/** One indicator of a project's table of a report, by the project's and the indicator's places. */
import { notFound } from "../app-error.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { findReadableReport } from "./find-readable-report.ts";

export async function readReportIndicator(
  services: Services,
  options: { actor: Actor; reportId: string; project: number; indicator: number },
) {
  const { dataset } = await findReadableReport(services, options);
  const indicator = dataset.projects[options.project]?.evaluation?.indicators[options.indicator];
  if (!indicator) throw notFound("指标");
  return { indicator };
}
