/** A report and its dataset, for an actor who may read it. */
import { STATUS_NAMES } from "../../core/workflow/workflow.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { findReadableReport } from "./find-readable-report.ts";

export async function readReport(services: Services, options: { actor: Actor; reportId: string }) {
  const { report, unit, dataset } = await findReadableReport(services, options);
  const { dataset: _text, audit: _audit, ...meta } = report;
  return { report: { ...meta, statusName: STATUS_NAMES[report.status], unitName: unit.name }, dataset };
}
