/** Scores and findings of a report as JSON text: the stored audit (see stored-audit.ts). */
import type { JsonOf } from "../api-route.ts";
import type { ScoresDto } from "../dto/scores-dto.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { findReadableReport } from "./find-readable-report.ts";
import { storedAudit } from "./stored-audit.ts";

export async function readReportScores(
  services: Services,
  options: { actor: Actor; reportId: string },
): Promise<JsonOf<ScoresDto>> {
  const { report } = await findReadableReport(services, options);
  return storedAudit(services, report);
}
