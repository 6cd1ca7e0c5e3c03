/**
 * The review workflow: 草稿 → 已提交 → 主管部门审核（退回/通过）→ 财政审核（退回/通过）→ 已公开. A returned report is
 * edited and submitted again. The unit may withdraw (撤回) a submission the 主管部门 has not acted on yet, which puts
 * the report back as it was before (草稿 or 已退回); the 财政审核人 may take a published report down again (撤回公开,
 * with a reason the public pages show), which leaves it 财政已通过 until it is published anew. Each action names the statuses it starts from, the status it leads to, who may take
 * it, and whether a comment is required (a return must say why). The server enforces these; the web app shows the
 * same table, so a button is offered exactly when the server would accept it.
 *
 * Where the region's settings ask for it (`signOffRequired`), the unit's submission first goes to its 单位负责人
 * (待单位负责人签字), who signs it off (签字同意, on to the 主管部门's queue) or returns it to the 填报人 with a
 * comment; the plain 提交 is then not offered, so no report can skip the step. Which of the two submissions applies
 * is the `signOff` condition of each, read by `availableActions` and `inapplicableReason`.
 * @module
 */
import { EDITING_ROLES, type Role } from "./roles.ts";

export type ReportStatus =
  "draft" | "signOffPending" | "submitted" | "returned" | "departmentApproved" | "financeApproved" | "published";

export const STATUS_NAMES: Record<ReportStatus, string> = {
  draft: "草稿",
  signOffPending: "待单位负责人签字",
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
  "signOffPending",
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
  /**
   * The report goes back to the editable status (草稿 or 已退回) it had before the unit submitted it (a withdrawn
   * submission, signed off or not); `to` is the usual one.
   */
  restoresPrevious?: boolean;
  /** Only the report's own unit may take it (a 单位负责人 signs their own unit's report, not a 二级单位's). */
  ownUnitOnly?: boolean;
  /** The unit's submission itself: judged on a fresh audit of the version submitted, refused with error findings. */
  auditsFirst?: boolean;
  /**
   * Publication: judged on a fresh audit of the approved version, refused while it has error findings (a profile
   * changed since the approval, or a placeholder), so nothing internal reaches the public whatever client asks.
   */
  auditsBeforePublishing?: boolean;
  /** The action exists only where the region requires the 单位负责人's sign-off ("required") or does not. */
  signOff?: "required" | "notRequired";
}

/** The region's settings the workflow depends on (read from the region's root unit by the server). */
export interface WorkflowSettings {
  /** A submission must be signed off by the unit's 单位负责人 before it reaches the 主管部门. */
  signOffRequired: boolean;
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
    auditsFirst: true,
    signOff: "notRequired",
  },
  submitForSignOff: {
    name: "提交单位负责人签字",
    label: "提交单位负责人签字",
    from: ["draft", "returned"],
    to: "signOffPending",
    roles: ["filler", "unitReviewer"],
    commentRequired: false,
    isReturn: false,
    kind: "unit",
    auditsFirst: true,
    signOff: "required",
  },
  withdraw: {
    name: "撤回",
    label: "撤回提交",
    from: ["signOffPending", "submitted"],
    to: "draft",
    roles: ["filler", "unitReviewer"],
    commentRequired: false,
    isReturn: false,
    kind: "unit",
    restoresPrevious: true,
  },
  signOff: {
    name: "单位负责人签字",
    label: "签字同意",
    from: ["signOffPending"],
    to: "submitted",
    roles: ["unitLeader"],
    commentRequired: false,
    isReturn: false,
    kind: "review",
    ownUnitOnly: true,
  },
  signOffReturn: {
    name: "单位负责人退回",
    label: "退回填报人",
    from: ["signOffPending"],
    to: "returned",
    roles: ["unitLeader"],
    commentRequired: true,
    isReturn: true,
    kind: "review",
    ownUnitOnly: true,
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
    auditsBeforePublishing: true,
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

/** The unit's submissions (提交审核, 提交单位负责人签字): the versions a reviewer compares by default. */
export const SUBMISSION_ACTION_IDS: readonly WorkflowActionId[] = WORKFLOW_ACTION_IDS.filter(
  (id) => (WORKFLOW_ACTIONS[id] as WorkflowAction).auditsFirst,
);

/** Statuses in which the unit may still change its dataset. */
export const EDITABLE_STATUSES: readonly ReportStatus[] = ["draft", "returned"];

/** Does the action exist under the region's settings (a submission for sign-off only where it is required)? */
export function appliesUnder(id: WorkflowActionId, settings: WorkflowSettings): boolean {
  const condition = (WORKFLOW_ACTIONS[id] as WorkflowAction).signOff;
  return condition === undefined || (condition === "required") === settings.signOffRequired;
}

/** Why the action does not exist under the region's settings, in a sentence for the user; null when it does. */
export function inapplicableReason(id: WorkflowActionId, settings: WorkflowSettings): string | null {
  if (appliesUnder(id, settings)) return null;
  return settings.signOffRequired
    ? "本地区要求报表先经单位负责人签字，请“提交单位负责人签字”，不能直接提交审核"
    : "本地区不要求单位负责人签字，请直接“提交审核”";
}

/** The actions `role` may take on a report in `status` under the region's settings, in the table's order. */
export function availableActions(role: Role, status: ReportStatus, settings: WorkflowSettings): WorkflowActionId[] {
  return WORKFLOW_ACTION_IDS.filter((id) => {
    const action: WorkflowAction = WORKFLOW_ACTIONS[id];
    return action.from.includes(status) && action.roles.includes(role) && appliesUnder(id, settings);
  });
}

/**
 * The review actions (everything but the unit's own submission and withdrawal) `role` may take on a report in
 * `status`. None of them depends on the region's settings: a report waiting for sign-off is signed off or returned
 * even if the region has stopped asking for it since.
 */
export function reviewActions(role: Role, status: ReportStatus): WorkflowActionId[] {
  return WORKFLOW_ACTION_IDS.filter((id) => {
    const action: WorkflowAction = WORKFLOW_ACTIONS[id];
    return action.kind !== "unit" && action.from.includes(status) && action.roles.includes(role);
  });
}

/** The unit's submission under the region's settings: 提交审核, or 提交单位负责人签字 where sign-off is required. */
export function submissionAction(settings: WorkflowSettings): "submit" | "submitForSignOff" {
  return settings.signOffRequired ? "submitForSignOff" : "submit";
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
