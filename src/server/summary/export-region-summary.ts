/**
 * The regional summary as an .xlsx workbook (src/documents builds it): the same rows and the same right as the JSON
 * summary, named after the actor's unit and the year.
 * @module
 */
import { summaryWorkbook } from "../../documents/xlsx/summary-workbook.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

export async function exportRegionSummary(
  services: Services,
  options: { actor: Actor; year?: number | undefined },
): Promise<{ fileName: string; data: Uint8Array }> {
  const { actor, year } = options;
  const { rows } = await services.summaries.summary(actor, year);
  return {
    fileName: `${actor.unit.name}${year ? `${year}年度` : ""}绩效自评汇总.xlsx`,
    data: await summaryWorkbook(rows, new Date()),
  };
}
