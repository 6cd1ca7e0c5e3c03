/**
 * Which workflow actions the unit is told about in its notifications, and how each kind of notification is named.
 * Read from the workflow table (workflow.ts) rather than listed again: a return (isReturn), a reviewer's approval (a
 * review action into 主管部门已通过 or 财政已通过) and publication. Deadline notices come from core/workflow/deadline.ts.
 * @module
 */
import { WORKFLOW_ACTION_IDS, WORKFLOW_ACTIONS, type WorkflowAction, type WorkflowActionId } from "./workflow.ts";

export type NotificationKind = "returned" | "approved" | "published" | "dueSoon" | "overdue";

export const NOTIFICATION_KIND_NAMES: Record<NotificationKind, string> = {
  returned: "已退回",
  approved: "审核通过",
  published: "已公开",
  dueSoon: "即将到期",
  overdue: "已逾期",
};

/** The kind of notification a transition by `action` makes, or undefined for one the unit is not told about. */
export function notificationKindOfAction(action: string): NotificationKind | undefined {
  if (!(WORKFLOW_ACTION_IDS as string[]).includes(action)) return undefined;
  const entry: WorkflowAction = WORKFLOW_ACTIONS[action as WorkflowActionId];
  if (entry.isReturn) return "returned";
  if (entry.kind !== "review") return undefined;
  if (entry.to === "published") return "published";
  if (entry.to === "departmentApproved" || entry.to === "financeApproved") return "approved";
  return undefined;
}

/** The actions that make a notification (to select their transitions). */
export const NOTIFYING_ACTIONS: readonly string[] = WORKFLOW_ACTION_IDS.filter(
  (id) => notificationKindOfAction(id) !== undefined,
);
