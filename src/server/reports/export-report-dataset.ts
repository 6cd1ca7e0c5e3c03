/** A report's dataset as a JSON file to download, named after its unit and year. */
import { jsonOf, type JsonOf } from "../api-route.ts";
import type { DatasetDto } from "../dto/report-dto.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { findReadableReport } from "./find-readable-report.ts";

export async function exportReportDataset(
  services: Services,
  options: { actor: Actor; reportId: string },
): Promise<{ fileName: string; json: JsonOf<DatasetDto> & string }> {
  const { report, unit, dataset } = await findReadableReport(services, options);
  return { fileName: `${unit.name}-${report.year}-数据集.json`, json: jsonOf(JSON.stringify(dataset, null, 2)) };
}
