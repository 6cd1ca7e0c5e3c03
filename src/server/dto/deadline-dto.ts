/** Answers about report years and their deadlines (报送年度与截止日期), and a signed-in user's notifications. */
import { z } from "zod";
import type { NotificationKind } from "../../core/workflow/notification-kinds.ts";
import { DateTime, OkDto } from "./common-dto.ts";

/** One year of reports in a unit's subtree: its deadline and where the reports stand. */
export const ReportYearDto = z.strictObject({
  year: z.number().int(),
  /** The year's deadline for this subtree (set at the unit or above it), or null when none was set. */
  dueAt: DateTime.nullable(),
  /** The unit it was set at (this one or one above it). */
  dueAtUnitName: z.string().nullable(),
  reportCount: z.number().int(),
  /** Sent by the unit: submitted, in review, approved or published. */
  submittedCount: z.number().int(),
  /** Deadline passed and not sent (core/workflow/deadline.ts isOverdue). */
  overdueCount: z.number().int(),
  withoutDueAtCount: z.number().int(),
  /** The earliest and latest deadline among the year's reports (they differ where one was set per report). */
  earliestDueAt: DateTime.nullable(),
  latestDueAt: DateTime.nullable(),
});
export type ReportYearDto = z.infer<typeof ReportYearDto>;

export const ReportYearsDto = z.strictObject({
  unitId: z.string(),
  unitName: z.string(),
  years: z.array(ReportYearDto),
});
export type ReportYearsDto = z.infer<typeof ReportYearsDto>;

/** A year's deadline just set (or cleared) over a subtree, and how many existing reports took it. */
export const YearDeadlineSetDto = OkDto.extend({
  year: z.number().int(),
  unitId: z.string(),
  dueAt: DateTime.nullable(),
  updatedReports: z.number().int(),
});
export type YearDeadlineSetDto = z.infer<typeof YearDeadlineSetDto>;

export const NotificationKindDto = z.enum([
  "returned",
  "approved",
  "published",
  "dueSoon",
  "overdue",
  "awaitingAction",
] satisfies NotificationKind[]);

/** Something about a report of the user's units that they should know, made from the reports and their transitions. */
export const NotificationDto = z.strictObject({
  /** Stable over reads: the transition's, or the report's and its deadline's. */
  id: z.string(),
  kind: NotificationKindDto,
  /** “已退回”, “审核通过”, “已公开”, “即将到期”, “已逾期”, “待您处理”. */
  kindName: z.string(),
  reportId: z.string(),
  unitName: z.string(),
  year: z.number().int(),
  /** When it happened (a deadline notice: when the report became due soon, or overdue). */
  at: DateTime,
  /** The sentence shown. */
  text: z.string(),
  /** The reviewer's comment of a return (or of an approval that has one); "" otherwise. */
  comment: z.string(),
  /** Who acted (a transition), or null (a deadline). */
  actorName: z.string().nullable(),
  dueAt: DateTime.nullable(),
  unread: z.boolean(),
});
export type NotificationDto = z.infer<typeof NotificationDto>;

export const NotificationsDto = z.strictObject({
  notifications: z.array(NotificationDto),
  unreadCount: z.number().int(),
  /** When the user last marked them read, or null. */
  seenAt: DateTime.nullable(),
});
export type NotificationsDto = z.infer<typeof NotificationsDto>;

export const NotificationsSeenDto = OkDto.extend({ seenAt: DateTime });
