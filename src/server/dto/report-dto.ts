/** Answers about unit-year reports: the list, one report (with its dataset and scores), and what a write answers. */
import { z } from "zod";
import { Dataset, Indicator, Project } from "../../core/dataset/schema.ts";
import { DateTime, Fen, ProfileIdDto, ReportStatusDto } from "./common-dto.ts";
import { ScoresDto } from "./scores-dto.ts";

/** A stored dataset, as the core schema makes it (src/core/dataset/schema.ts; docs/dataset-format.md). */
export const DatasetDto = Dataset.meta({ id: "Dataset" });
export type DatasetDto = z.infer<typeof DatasetDto>;

/** One row of GET /api/reports: the report without its dataset. */
export const ReportSummaryDto = z
  .strictObject({
    id: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    year: z.number().int(),
    status: ReportStatusDto,
    statusName: z.string(),
    profileId: ProfileIdDto,
    version: z.number().int(),
    /** 全年预算 and 执行数 of the department table, as stored with its last audit. */
    budgetFen: Fen,
    executedFen: Fen,
    dueAt: DateTime.nullable(),
    submittedAt: DateTime.nullable(),
    publishedAt: DateTime.nullable(),
    updatedAt: DateTime,
  })
  .meta({ id: "ReportSummary" });
export type ReportSummaryDto = z.infer<typeof ReportSummaryDto>;

export const ReportListDto = z.strictObject({ reports: z.array(ReportSummaryDto) });

/** One report as its pages read it (without the dataset, which comes beside it). */
export const ReportDto = ReportSummaryDto.extend({
  createdAt: DateTime,
  /** The version the stored audit (scores and findings) was made of. */
  auditVersion: z.number().int(),
  /** The stored audit is of an earlier version or another profile: a fresh one is on its way. */
  auditStale: z.boolean(),
}).meta({ id: "Report" });
export type ReportDto = z.infer<typeof ReportDto>;

/** GET /api/reports/:id. */
export const ReportWithDatasetDto = z.strictObject({ report: ReportDto, dataset: DatasetDto });
export type ReportWithDatasetDto = z.infer<typeof ReportWithDatasetDto>;

/** GET /api/reports/:id/full: the workspace's load in one answer. */
export const FullReportDto = z.strictObject({ report: ReportDto, dataset: DatasetDto, scores: ScoresDto });
export type FullReportDto = z.infer<typeof FullReportDto>;

export const CreatedReportDto = z.strictObject({ id: z.string(), version: z.number().int(), status: ReportStatusDto });
export type CreatedReportDto = z.infer<typeof CreatedReportDto>;

export const ReportFromLastYearDto = CreatedReportDto.extend({
  from: z.strictObject({ id: z.string(), year: z.number().int() }),
});

/** What a change of the dataset answers: the new version, and how many fields changed. */
export const WrittenDatasetDto = z.strictObject({ version: z.number().int(), changes: z.number().int() });
export type WrittenDatasetDto = z.infer<typeof WrittenDatasetDto>;

export const ImportedIndicatorsDto = WrittenDatasetDto.extend({ indicators: z.number().int() });

export const TransitionedDto = z.strictObject({ version: z.number().int(), status: ReportStatusDto });
export type TransitionedDto = z.infer<typeof TransitionedDto>;

export const DueAtDto = z.strictObject({ dueAt: DateTime.nullable() });

export const RestoredDto = z.strictObject({ version: z.number().int() });

export const ProjectAnswerDto = z.strictObject({ project: Project });
export const IndicatorAnswerDto = z.strictObject({ indicator: Indicator });
