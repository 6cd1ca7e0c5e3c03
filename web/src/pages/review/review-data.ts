/**
 * What the review pages read from the server (GET /api/reports/:id/full, /diff, /history, /comments: the server's
 * DTO types) and which workflow actions a reviewer may take in which status — read from src/core/workflow, the table
 * the server enforces.
 */
import {
  queueStatuses,
  type ReportStatus,
  reviewActions as reviewActionIds,
  WORKFLOW_ACTIONS,
  type WorkflowActionId,
} from "../../../../src/core/workflow/workflow.ts";
import type { Role } from "../../../../src/core/workflow/roles.ts";

export type {
  Comment as ReviewComment,
  Diff as DiffAnswer,
  Finding,
  FullReport,
  History as HistoryAnswer,
  Scores as ScoresAnswer,
  TableScore as TableScores,
} from "../../api/types.ts";

export interface ReviewAction {
  id: WorkflowActionId;
  label: string;
  /** A return sends the report back to the unit and must say why. */
  isReturn: boolean;
}

/** The actions `role` may take on a report in `status` (none for the other roles and statuses), from core's table. */
export function reviewActions(role: Role, status: ReportStatus): ReviewAction[] {
  return reviewActionIds(role, status).map((id) => ({
    id,
    label: WORKFLOW_ACTIONS[id].label,
    isReturn: WORKFLOW_ACTIONS[id].isReturn,
  }));
}

export { queueStatuses };

export const VERSION_REASONS: Record<string, string> = {
  create: "新建",
  import: "导入",
  edit: "修改",
  submit: "提交",
  restore: "恢复",
  departmentReturn: "主管部门退回",
  departmentApprove: "主管部门审核通过",
  financeReturn: "财政退回",
  financeApprove: "财政审核通过",
  publish: "公开",
};
