/** Answers about document jobs: starting one, its progress, the files it made. */
import { z } from "zod";
import { DateTime } from "./common-dto.ts";

export const JobStatusDto = z.enum(["queued", "running", "done", "failed"]);

export const StartedJobDto = z.strictObject({ jobId: z.string(), status: JobStatusDto });
export type StartedJobDto = z.infer<typeof StartedJobDto>;

export const JobDto = z.strictObject({
  id: z.string(),
  status: JobStatusDto,
  /** 0–100. */
  progress: z.number(),
  message: z.string(),
  /** The ZIP's name once done. */
  resultName: z.string().nullable(),
  updatedAt: DateTime,
});
export type JobDto = z.infer<typeof JobDto>;

export const JobFileDto = z.strictObject({ index: z.number().int(), name: z.string(), bytes: z.number().int() });
export type JobFileDto = z.infer<typeof JobFileDto>;

export const JobFilesDto = z.strictObject({ files: z.array(JobFileDto) });
export type JobFilesDto = z.infer<typeof JobFilesDto>;

export const DeletedJobDto = z.strictObject({ deleted: z.string() });
export type DeletedJobDto = z.infer<typeof DeletedJobDto>;

/** GET /api/jobs/:id/files/:index/preview: the PDF shown for the file and how many of its pages are drawn. */
export const DocumentPreviewDto = z.strictObject({
  /** The job file shown: the file itself when a PDF, or the PDF of the same name beside it. */
  pdfIndex: z.number().int(),
  pdfName: z.string(),
  pages: z.number().int(),
  shownPages: z.number().int(),
});
export type DocumentPreviewDto = z.infer<typeof DocumentPreviewDto>;

/** POST /api/document-batches: the batch queued, how many reports it holds and what was asked for. */
export const StartedBatchDto = z.strictObject({
  batchId: z.string(),
  total: z.number().int(),
  description: z.string(),
});
export type StartedBatchDto = z.infer<typeof StartedBatchDto>;

/** One report's job in a batch. */
export const BatchJobDto = z.strictObject({
  jobId: z.string(),
  reportId: z.string(),
  unitName: z.string(),
  year: z.number().int(),
  status: JobStatusDto,
  /** 0–100. */
  progress: z.number(),
  message: z.string(),
  resultName: z.string().nullable(),
});

/** GET /api/document-batches/:id: the batch's counts by status, its overall progress and each report's job. */
export const BatchDto = z.strictObject({
  id: z.string(),
  /** "documents" (Word + Excel) or "documentsWithPdf". */
  kind: z.string(),
  description: z.string(),
  total: z.number().int(),
  createdAt: DateTime,
  counts: z.strictObject({
    queued: z.number().int(),
    running: z.number().int(),
    done: z.number().int(),
    failed: z.number().int(),
  }),
  /** 0–100. */
  progress: z.number(),
  jobs: z.array(BatchJobDto),
});
export type BatchDto = z.infer<typeof BatchDto>;

/** DELETE /api/document-batches/:id: jobs removed, and those still being made (the batch goes when they are done). */
export const RemovedBatchDto = z.strictObject({ removed: z.number().int(), running: z.number().int() });
export type RemovedBatchDto = z.infer<typeof RemovedBatchDto>;
