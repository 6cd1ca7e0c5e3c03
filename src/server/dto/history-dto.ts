/** Answers about what happened to a report: its versions, its workflow steps, the differences, the comments. */
import { z } from "zod";
import { DateTime, ReportStatusDto } from "./common-dto.ts";

/** One field that changed: its dataset path (and segments), and the value before and after (absent: no field). */
export const DatasetChangeDto = z
  .strictObject({
    path: z.string().describe("数据集路径，如 projects[2].evaluation.indicators[3].actual"),
    segments: z.array(z.union([z.string(), z.number().int()])),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
  })
  .meta({ id: "DatasetChange" });
export type DatasetChangeDto = z.infer<typeof DatasetChangeDto>;

export const VersionDto = z.strictObject({
  version: z.number().int(),
  /** "create", "edit", "import", "restore", or the workflow action that made it ("submit", …). */
  reason: z.string(),
  summary: z.string(),
  /** For an edit, what it changed; empty for a version kept whole (a snapshot). */
  changes: z.array(DatasetChangeDto),
  changedBy: z.string().nullable().describe("用户 id；系统写入时为 null"),
  changedAt: DateTime,
  /** The whole dataset is kept with this version (creation, import, restore, every workflow step). */
  hasSnapshot: z.boolean(),
});
export type VersionDto = z.infer<typeof VersionDto>;

export const TransitionDto = z.strictObject({
  id: z.number().int(),
  fromStatus: ReportStatusDto,
  toStatus: ReportStatusDto,
  action: z.string(),
  actorName: z.string(),
  comment: z.string(),
  at: DateTime,
});
export type TransitionDto = z.infer<typeof TransitionDto>;

export const HistoryDto = z.strictObject({
  /** One page of versions, oldest first within the page. */
  versions: z.array(VersionDto),
  page: z.strictObject({
    limit: z.number().int(),
    total: z.number().int(),
    /** Where the next (older) page starts; null on the last. */
    nextBefore: z.number().int().nullable(),
  }),
  transitions: z.array(TransitionDto),
});
export type HistoryDto = z.infer<typeof HistoryDto>;

export const DiffDto = z.strictObject({
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(DatasetChangeDto),
});
export type DiffDto = z.infer<typeof DiffDto>;

export const CommentDto = z.strictObject({
  id: z.string(),
  /** The dataset path the comment is about, or "" for the whole report. */
  path: z.string(),
  body: z.string(),
  authorName: z.string(),
  createdAt: DateTime,
});
export type CommentDto = z.infer<typeof CommentDto>;

export const CommentsDto = z.strictObject({ comments: z.array(CommentDto) });
export type CommentsDto = z.infer<typeof CommentsDto>;
