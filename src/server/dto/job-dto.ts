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
