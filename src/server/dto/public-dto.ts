/** What anybody may read without signing in: published reports (and when and why one was taken down again). */
import { z } from "zod";
import { DateTime } from "./common-dto.ts";
import { DatasetDto } from "./report-dto.ts";
import { ScoresDto } from "./scores-dto.ts";

export const WithdrawalDto = z.strictObject({ at: DateTime, reason: z.string() });

export const PublishedReportSummaryDto = z.strictObject({
  id: z.string(),
  unitName: z.string(),
  year: z.number().int(),
  publishedAt: DateTime.nullable(),
  /** Taken down after publication (撤回公开): when and why, said to the public. */
  withdrawn: WithdrawalDto.optional(),
});
export type PublishedReportSummaryDto = z.infer<typeof PublishedReportSummaryDto>;

export const PublishedReportListDto = z.strictObject({ reports: z.array(PublishedReportSummaryDto) });

/** One published report with its data; one taken down again has neither dataset nor scores. */
export const PublishedReportDto = z.strictObject({
  report: PublishedReportSummaryDto,
  dataset: DatasetDto.nullable(),
  scores: ScoresDto.nullable(),
});
export type PublishedReportDto = z.infer<typeof PublishedReportDto>;
