/** The shapes the server's API answers with, as the pages use them (see /api/openapi.json for all of it). */

import type { Role } from "../../../src/core/workflow/roles.ts";
import type { ReportStatus } from "../../../src/core/workflow/workflow.ts";

export type { ReportStatus, Role };
export { EDITABLE_STATUSES, STATUS_NAMES } from "../../../src/core/workflow/workflow.ts";

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
