/**
 * Deadlines (报送截止时间): when a report counts as overdue (逾期) or due soon, and how a deadline day of the calendar
 * becomes the instant stored. Decided here once; the server's lists and notifications and the web pages call these.
 *
 * A deadline is stored as the first instant after its last allowed day in Beijing (UTC+8, no daylight saving):
 * “截止 2025-04-30” is 2025-04-30T16:00:00.000Z, so a report submitted at 23:59 that evening is on time.
 * @module
 */
import { EDITABLE_STATUSES, type ReportStatus } from "./workflow.ts";

/** A deadline within this many days (and not yet passed) is “即将到期”. */
export const DUE_SOON_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The statuses in which a report whose deadline has passed is overdue: those in which the unit still has to send it
 * (草稿, 已退回). A report that was submitted — whatever came of it later in review — is no longer waited for.
 */
export const OVERDUE_STATUSES: readonly ReportStatus[] = EDITABLE_STATUSES;

export interface DeadlineState {
  status: ReportStatus;
  dueAt: string | null;
}

/** The deadline has passed and the unit has not sent the report (draft or returned). */
export function isOverdue(report: DeadlineState, now: Date): boolean {
  return report.dueAt !== null && OVERDUE_STATUSES.includes(report.status) && Date.parse(report.dueAt) <= now.getTime();
}

/** Not yet sent and the deadline falls within the next DUE_SOON_DAYS days (not yet passed). */
export function isDueSoon(report: DeadlineState, now: Date): boolean {
  if (report.dueAt === null || !OVERDUE_STATUSES.includes(report.status)) return false;
  const left = Date.parse(report.dueAt) - now.getTime();
  return left > 0 && left <= DUE_SOON_DAYS * DAY_MS;
}

/** When a report's deadline became “due soon” (DUE_SOON_DAYS before it), as an ISO time. */
export function dueSoonFrom(dueAt: string): string {
  return new Date(Date.parse(dueAt) - DUE_SOON_DAYS * DAY_MS).toISOString();
}

/** The stored deadline of a last allowed day “2025-04-30” (Beijing): 2025-04-30T16:00:00.000Z; undefined if no such day. */
export function deadlineOfDay(day: string): string | undefined {
  const match = DAY_PATTERN.exec(day);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const midnight = Date.UTC(year, month - 1, date);
  const check = new Date(midnight);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) {
    return undefined;
  }
  return new Date(midnight + DAY_MS - BEIJING_OFFSET_MS).toISOString();
}

/** The last allowed day (Beijing) of a stored deadline: 2025-04-30T16:00:00.000Z → "2025-04-30". */
export function lastDayOfDeadline(dueAt: string): string {
  return new Date(Date.parse(dueAt) - 1 + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}
