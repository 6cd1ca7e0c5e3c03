/** One project of a report's dataset (with its 绩效自评表), by its place in the list. */
import { notFound } from "../app-error.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { findReadableReport } from "./find-readable-report.ts";

export async function readReportProject(
  services: Services,
  options: { actor: Actor; reportId: string; project: number },
) {
  const { dataset } = await findReadableReport(services, options);
  const project = dataset.projects[options.project];
  if (!project) throw notFound("项目");
  return { project };
}
