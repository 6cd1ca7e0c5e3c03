/**
 * The review workflow: 草稿 → 已提交 → 主管部门审核（退回/通过）→ 财政审核（退回/通过）→ 已公开. A returned report is
 * edited and submitted again. The unit may withdraw (撤回) a submission the 主管部门 has not acted on yet, which puts
 * the report back as it was before (草稿 or 已退回); the 财政审核人 may take a published report down again (撤回公开,
 * with a reason the public pages show), which leaves it 财政已通过 until it is published anew. Each action names the statuses it starts from, the status it leads to, who may take
 * it, and whether a comment is required (a return must say why). The server enforces these; the web app shows the
 * same table, so a button is offered exactly when the server would accept it.
 * @module
 */
import { EDITING_ROLES, type Role } from "./roles.ts";

export type ReportStatus = "draft" | "submitted" | "returned" | "departmentApproved" | "financeApproved" | "published";

export const STATUS_NAMES: Record<ReportStatus, string> = {
  draft: "草稿",
  submitted: "已提交（待主管部门审核）",
  returned: "已退回",
  departmentApproved: "主管部门已通过（待财政审核）",
  financeApproved: "财政已通过（待公开）",
  published: "已公开",
};

/** The statuses in the order a report passes through them (for lists and filters). */
export const STATUS_ORDER: readonly ReportStatus[] = [
  "draft",
  "returned",
  "submitted",
  "departmentApproved",
  "financeApproved",
  "published",
];

export interface WorkflowAction {
  /** The action's name in a sentence: “不能提交”. */
  name: string;
  /** The label of its button. */
  label: string;
  from: readonly ReportStatus[];
  to: ReportStatus;
  roles: readonly Role[];
  commentRequired: boolean;
  /** A return sends the report back to the unit. */
  isReturn: boolean;
  /**
   * "unit": the unit's own step (submit, withdraw); "review": a reviewer's decision on a report that waits for it
   * (review queues list the statuses these start from); "correction": a reviewer undoing a decision (unpublish),
   * for which no report waits.
   */
  kind: "unit" | "review" | "correction";
  /** The report goes back to the status it had before it entered `from` (a withdrawn submission); `to` is the usual one. */
  restoresPrevious?: boolean;
}

export const WORKFLOW_ACTIONS = {
  submit: {
    name: "提交",
    label: "提交审核",
    from: ["draft", "returned"],
    to: "submitted",
    roles: ["filler", "unitReviewer"],
    commentRequired: false,
    isReturn: false,
    kind: "unit",
  },
  withdraw: {
    name: "撤回",
    label: "撤回提交",
    from: ["submitted"],
    to: "draft",
    roles: ["filler", "unitReviewer"],
    commentRequired: false,
    isReturn: false,
    kind: "unit",
    restoresPrevious: true,
  },
  departmentReturn: {
    name: "主管部门退回",
    label: "退回",
    from: ["submitted"],
    to: "returned",
    roles: ["departmentReviewer"],
    commentRequired: true,
    isReturn: true,
    kind: "review",
  },
  departmentApprove: {
    name: "主管部门审核通过",
    label: "审核通过",
    from: ["submitted"],
    to: "departmentApproved",
    roles: ["departmentReviewer"],
    commentRequired: false,
    isReturn: false,
    kind: "review",
  },
  financeReturn: {
    name: "财政退回",
    label: "退回",
    from: ["departmentApproved"],
    to: "returned",
    roles: ["financeReviewer"],
    commentRequired: true,
    isReturn: true,
    kind: "review",
  },
  financeApprove: {
    name: "财政审核通过",
    label: "审核通过",
    from: ["departmentApproved"],
    to: "financeApproved",
    roles: ["financeReviewer"],
    commentRequired: false,
    isReturn: false,
    kind: "review",
  },
  publish: {
    name: "公开",
    label: "公开",
    from: ["financeApproved"],
    to: "published",
    roles: ["financeReviewer"],
    commentRequired: false,
    isReturn: false,
    kind: "review",
  },
  unpublish: {
    name: "撤回公开",
    label: "撤回公开",
    from: ["published"],
    to: "financeApproved",
    roles: ["financeReviewer"],
    commentRequired: true,
    isReturn: false,
    kind: "correction",
  },
} as const satisfies Record<string, WorkflowAction>;

export type WorkflowActionId = keyof typeof WORKFLOW_ACTIONS;
export const WORKFLOW_ACTION_IDS = Object.keys(WORKFLOW_ACTIONS) as WorkflowActionId[];

/** Statuses in which the unit may still change its dataset. */
export const EDITABLE_STATUSES: readonly ReportStatus[] = ["draft", "returned"];

/** The actions `role` may take on a report in `status`, in the table's order. */
export function availableActions(role: Role, status: ReportStatus): WorkflowActionId[] {
  return WORKFLOW_ACTION_IDS.filter((id) => {
    const action: WorkflowAction = WORKFLOW_ACTIONS[id];
    return action.from.includes(status) && action.roles.includes(role);
  });
}

/** The review actions (everything but the unit's own submission and withdrawal) `role` may take on a report in `status`. */
export function reviewActions(role: Role, status: ReportStatus): WorkflowActionId[] {
  return availableActions(role, status).filter((id) => WORKFLOW_ACTIONS[id].kind !== "unit");
}

/** The statuses that wait for `role`: those from which it may take a review action (all of them for a 管理员). */
export function queueStatuses(role: Role): ReportStatus[] {
  const reviewing = WORKFLOW_ACTION_IDS.map((id): WorkflowAction => WORKFLOW_ACTIONS[id]).filter(
    (action) => action.kind === "review",
  );
  const waiting = (roles: readonly Role[]) =>
    STATUS_ORDER.filter((status) =>
      reviewing.some((action) => action.from.includes(status) && roles.some((r) => action.roles.includes(r))),
    );
  return role === "admin" ? waiting(["departmentReviewer", "financeReviewer"]) : waiting([role]);
}

/** May a user of `role` change the dataset of a report in `status`? */
export function mayEditReport(role: Role, status: ReportStatus): boolean {
  return EDITING_ROLES.includes(role) && EDITABLE_STATUSES.includes(status);
}
