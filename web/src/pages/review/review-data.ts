/**
 * What the review pages read from the server (GET /api/reports/:id/full, /diff, /history, /comments) and which
 * workflow actions a reviewer may take in which status — the same table as src/server/services/workflow-rules.ts,
 * which has the last word (the server refuses anything else with a message that is shown as it comes).
 */
import type { ReportStatus, Role } from "../../api/types.ts";

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
  transitions: { id: number; from_status: ReportStatus; to_status: ReportStatus; action: string; actor_name: string; comment: string; at: string }[];
}

export interface ReviewComment {
  id: string;
  author_name: string;
  body: string;
  path: string;
  created_at: string;
}

export interface ReviewAction {
  id: "departmentReturn" | "departmentApprove" | "financeReturn" | "financeApprove" | "publish";
  label: string;
  /** A return sends the report back to the unit and must say why. */
  isReturn: boolean;
}

const RETURN_LABEL = "退回";

/** The actions `role` may take on a report in `status` (none for the other roles and statuses). */
export function reviewActions(role: Role, status: ReportStatus): ReviewAction[] {
  if (role === "departmentReviewer" && status === "submitted") {
    return [
      { id: "departmentReturn", label: RETURN_LABEL, isReturn: true },
      { id: "departmentApprove", label: "审核通过", isReturn: false },
    ];
  }
  if (role === "financeReviewer" && status === "departmentApproved") {
    return [
      { id: "financeReturn", label: RETURN_LABEL, isReturn: true },
      { id: "financeApprove", label: "审核通过", isReturn: false },
    ];
  }
  if (role === "financeReviewer" && status === "financeApproved") return [{ id: "publish", label: "公开", isReturn: false }];
  return [];
}

/** The statuses each reviewer's queue holds: what waits for them. */
export function queueStatuses(role: Role): ReportStatus[] {
  if (role === "departmentReviewer") return ["submitted"];
  if (role === "financeReviewer") return ["departmentApproved", "financeApproved"];
  if (role === "admin") return ["submitted", "departmentApproved", "financeApproved"];
  return [];
}

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
