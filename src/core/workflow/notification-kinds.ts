/**
 * Which workflow actions the unit is told about in its notifications, and how each kind of notification is named.
 * Read from the workflow table (workflow.ts) rather than listed again: a return (isReturn), a reviewer's approval (a
 * review action into 主管部门已通过 or 财政已通过) and publication. Deadline notices come from core/workflow/deadline.ts.
 * @module
 */
import type { Role } from "./roles.ts";
import {
  availableActions,
  type ReportStatus,
  STATUS_ORDER,
  WORKFLOW_ACTION_IDS,
  WORKFLOW_ACTIONS,
  type WorkflowAction,
  type WorkflowActionId,
  type WorkflowSettings,
} from "./workflow.ts";

export type NotificationKind = "returned" | "approved" | "published" | "dueSoon" | "overdue" | "awaitingAction";

export const NOTIFICATION_KIND_NAMES: Record<NotificationKind, string> = {
  returned: "已退回",
  approved: "审核通过",
  published: "已公开",
  dueSoon: "即将到期",
  overdue: "已逾期",
  awaitingAction: "待您处理",
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

/**
 * The statuses in which a report waits for `role` to review it (a review action of the table is open to the role there
 * under the region's settings): 已提交 for a 主管部门审核人, 待单位负责人签字 for a 单位负责人, and so on. `ownUnitOnly`:
 * every such action may be taken on the role's own unit's reports only (a 负责人 signs their own unit's report).
 */
export function statusesAwaiting(
  role: Role,
  settings: WorkflowSettings,
): { statuses: ReportStatus[]; ownUnitOnly: boolean } {
  const open = STATUS_ORDER.map((status) => ({
    status,
    actions: availableActions(role, status, settings).filter((id) => WORKFLOW_ACTIONS[id].kind === "review"),
  })).filter((entry) => entry.actions.length > 0);
  return {
    statuses: open.map((entry) => entry.status),
    ownUnitOnly:
      open.length > 0 &&
      open.every((entry) => entry.actions.every((id) => (WORKFLOW_ACTIONS[id] as WorkflowAction).ownUnitOnly === true)),
  };
}
