/**
 * The regional summary and the review queue: one row per report of the actor's subtree, with the figures of its
 * stored audit (src/server/summary/region-summary.ts makes the rows).
 * @module
 */
import { z } from "zod";
import { DateTime, Fen, ReportStatusDto } from "./common-dto.ts";

export const SummaryRowDto = z
  .strictObject({
    reportId: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    year: z.number().int(),
    status: ReportStatusDto,
    statusName: z.string(),
    dueAt: DateTime.nullable(),
    submittedAt: DateTime.nullable(),
    /** null while not submitted. */
    onTime: z.boolean().nullable(),
    totalScore: z.string().nullable(),
    /** The total as the documents print it ("99.8", "99.83"). */
    totalScoreShown: z.string().nullable(),
    grade: z.string().nullable(),
    executionRate: z.string().nullable(),
    /** The rate as printed ("98.25%", "—" for a zero budget); null without a department table. */
    executionRateShown: z.string().nullable(),
    errors: z.number().int(),
    warnings: z.number().int(),
    budgetFen: Fen,
    executedFen: Fen,
    /** The figures are those of an earlier version or profile: a fresh audit is on its way. */
    auditStale: z.boolean(),
  })
  .meta({ id: "SummaryRow" });
export type SummaryRowDto = z.infer<typeof SummaryRowDto>;

export const RegionSummaryDto = z.strictObject({
  /** The year asked for; null for every year. */
  year: z.number().int().nullable(),
  units: z.array(SummaryRowDto),
});
export type RegionSummaryDto = z.infer<typeof RegionSummaryDto>;

/** The queue, or one page of it (limit, offset): `total` is the length of the whole queue. */
export const ReviewQueueDto = z.strictObject({ units: z.array(SummaryRowDto), total: z.number().int() });
export type ReviewQueueDto = z.infer<typeof ReviewQueueDto>;
