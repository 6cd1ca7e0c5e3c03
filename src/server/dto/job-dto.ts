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

export const DeletedJobDto = z.strictObject({ deleted: z.string() });

/** GET /api/jobs/:id/files/:index/preview: the PDF shown for the file and how many of its pages are drawn. */
export const DocumentPreviewDto = z.strictObject({
  /** The job file shown: the file itself when a PDF, or the PDF of the same name beside it. */
  pdfIndex: z.number().int(),
  pdfName: z.string(),
  pages: z.number().int(),
  shownPages: z.number().int(),
});
export type DocumentPreviewDto = z.infer<typeof DocumentPreviewDto>;
