/** The shapes the server's API answers with, as the pages use them (see /api/openapi.json for all of it). */

export type Role = "filler" | "unitReviewer" | "departmentReviewer" | "financeReviewer" | "admin";
export type ReportStatus = "draft" | "submitted" | "returned" | "departmentApproved" | "financeApproved" | "published";

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  roleName: string;
  unit: { id: string; name: string; kind: string };
}

export interface Session {
  user: SessionUser;
  csrfToken: string;
}

/** One row of GET /api/reports. */
export interface ReportSummary {
  id: string;
  unit_id: string;
  unit_name: string;
  budget_fen: number | null;
  executed_fen: number | null;
  year: number;
  status: ReportStatus;
  statusName: string;
  profile_id: string;
  version: number;
  due_at: string | null;
  submitted_at: string | null;
  published_at: string | null;
  updated_at: string;
  [more: string]: unknown;
}

export const STATUS_NAMES: Record<ReportStatus, string> = {
  draft: "草稿",
  submitted: "已提交（待主管部门审核）",
  returned: "已退回",
  departmentApproved: "主管部门已通过（待财政审核）",
  financeApproved: "财政已通过（待公开）",
  published: "已公开",
};

/** Statuses in which the unit may edit its dataset. */
export const EDITABLE_STATUSES: readonly ReportStatus[] = ["draft", "returned"];
