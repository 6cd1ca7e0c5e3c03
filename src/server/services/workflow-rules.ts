/**
 * The review workflow: 草稿 → 已提交 → 主管部门审核（退回/通过）→ 财政审核（退回/通过）→ 已公开. A returned report is
 * edited and submitted again. Each action names the statuses it starts from, the status it leads to, who may take
 * it, and whether a comment is required (a return must say why).
 * @module
 */
import type { ReportStatus, Role } from "../../storage/database-schema.ts";

export const STATUS_NAMES: Record<ReportStatus, string> = {
  draft: "草稿",
  submitted: "已提交（待主管部门审核）",
  returned: "已退回",
  departmentApproved: "主管部门已通过（待财政审核）",
  financeApproved: "财政已通过（待公开）",
  published: "已公开",
};

export interface WorkflowAction {
  name: string;
  from: readonly ReportStatus[];
  to: ReportStatus;
  roles: readonly Role[];
  commentRequired: boolean;
}

export const WORKFLOW_ACTIONS = {
  submit: { name: "提交", from: ["draft", "returned"], to: "submitted", roles: ["filler", "unitReviewer"], commentRequired: false },
  departmentReturn: { name: "主管部门退回", from: ["submitted"], to: "returned", roles: ["departmentReviewer"], commentRequired: true },
  departmentApprove: { name: "主管部门审核通过", from: ["submitted"], to: "departmentApproved", roles: ["departmentReviewer"], commentRequired: false },
  financeReturn: { name: "财政退回", from: ["departmentApproved"], to: "returned", roles: ["financeReviewer"], commentRequired: true },
  financeApprove: { name: "财政审核通过", from: ["departmentApproved"], to: "financeApproved", roles: ["financeReviewer"], commentRequired: false },
  publish: { name: "公开", from: ["financeApproved"], to: "published", roles: ["financeReviewer"], commentRequired: false },
} as const satisfies Record<string, WorkflowAction>;

export type WorkflowActionId = keyof typeof WORKFLOW_ACTIONS;
export const WORKFLOW_ACTION_IDS = Object.keys(WORKFLOW_ACTIONS) as WorkflowActionId[];

/** Statuses in which the unit may still change its dataset. */
export const EDITABLE_STATUSES: readonly ReportStatus[] = ["draft", "returned"];
