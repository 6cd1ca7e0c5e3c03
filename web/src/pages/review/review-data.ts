/**
 * What the review pages read from the server (GET /api/reports/:id/full, /diff, /history, /comments) and which
 * workflow actions a reviewer may take in which status — read from src/core/workflow, the table the server enforces.
 */
import {
  queueStatuses,
  type ReportStatus,
  reviewActions as reviewActionIds,
  WORKFLOW_ACTIONS,
  type WorkflowActionId,
} from "../../../../src/core/workflow/workflow.ts";
import type { Role } from "../../../../src/core/workflow/roles.ts";

export interface TableScores {
  total: string;
  totalShown: string;
  grade: string | null;
  execution: { rateShown: string; explanation?: string } | null;
}

export interface Finding {
  code: string;
  severity: "error" | "warning" | "info";
  message: string;
  location: string;
}

export interface ScoresAnswer {
  profile: { id: string; name: string };
  department: TableScores | null;
  projects: (TableScores | null)[];
  findings: Finding[];
  counts: { error: number; warning: number; info: number };
}

export interface FullReport {
  report: {
    id: string;
    unitName: string;
    year: number;
    status: ReportStatus;
    statusName: string;
    version: number;
    due_at: string | null;
    submitted_at: string | null;
    budget_fen: number | null;
    executed_fen: number | null;
  };
  dataset: { projects?: { name: string }[]; [key: string]: unknown };
  scores: ScoresAnswer;
}

export interface DiffAnswer {
  from: number;
  to: number;
  changes: { path: string; before?: unknown; after?: unknown }[];
}

export interface HistoryAnswer {
  versions: { version: number; reason: string; summary: string; changed_at: string; changed_by: string | null }[];
  transitions: {
    id: number;
    from_status: ReportStatus;
    to_status: ReportStatus;
    action: string;
    actor_name: string;
    comment: string;
    at: string;
  }[];
}

export interface ReviewComment {
  id: string;
  author_name: string;
  body: string;
  path: string;
  created_at: string;
}

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
