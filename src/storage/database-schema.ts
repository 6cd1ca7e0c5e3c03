/**
 * The tables of the Jixiao database, as kysely sees them. One schema for SQLite and PostgreSQL: ids are random
 * UUID texts (no dialect-specific identity columns, and no guessable ids), times are ISO-8601 UTC texts (sortable
 * in both), money is integer 分, a dataset is stored as the JSON text the unit entered (its amounts are exact
 * decimal strings) with its headline figures copied into 分 columns for the regional summary.
 * @module
 */
import type { Generated, Insertable, Selectable, Updateable } from "kysely";
import type { Role } from "../core/workflow/roles.ts";
import type { ReportStatus } from "../core/workflow/workflow.ts";

export type { ReportStatus, Role };

export type UnitKind = "finance" | "department" | "unit" | "subunit";

export interface UnitsTable {
  id: string;
  parent_id: string | null;
  /** "/<root id>/…/<own id>/": a unit's subtree is every unit whose path starts with its own. */
  path: string;
  name: string;
  kind: UnitKind;
  /** Budget unit code (单位编码), optional. */
  code: string | null;
  version: number;
  created_at: string;
  /**
   * On a region's root unit: 1 when the region requires the 单位负责人's sign-off of a submission (migration 0008);
   * read only on the root (the region's setting), 0 below it.
   */
  sign_off_required: Generated<number>;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  /** scrypt$N$r$p$salt$hash (base64). */
  password_hash: string;
  role: Role;
  unit_id: string;
  disabled: number;
  version: number;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie token: a leaked table does not yield usable sessions. */
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  /** Public id of the session (listing and ending one), never the token or its hash. */
  id: string;
  /** Client address and User-Agent at sign-in, so a user can tell their sessions apart. */
  address: string | null;
  user_agent: string | null;
}

export interface LoginAttemptsTable {
  /** "user:<name>" or "ip:<address>". */
  key: string;
  failures: number;
  window_started_at: string;
  locked_until: string | null;
  /** How many times the key was locked (each lock lasts twice as long as the one before, up to a cap). */
  lock_count: number;
}

export interface TrustedDevicesTable {
  /** SHA-256 of the device cookie of a browser where the user signed in before. */
  token_hash: string;
  user_id: string;
  created_at: string;
  last_used_at: string;
}

export interface ReportsTable {
  id: string;
  unit_id: string;
  year: number;
  status: ReportStatus;
  /** The rule profile the report is scored with ("national", "sichuan", "hunan"). */
  profile_id: string;
  /** The dataset JSON (src/core/dataset/schema.ts). */
  dataset: string;
  /** Bumped by every write; a write naming an older version is refused (409). */
  version: number;
  /** 全年预算 and 执行数 of the department table, in 分, for the summary; null when the dataset has none. */
  budget_fen: number | null;
  executed_fen: number | null;
  /**
   * Scores and findings (JSON) of version `audit_version`: made off the request path after each edit, so it may
   * briefly lag behind `version`; reads say so. Never re-made on a read.
   */
  audit: string;
  audit_version: number;
  /** Profile and check catalogue the audit was made with; a different key means it must be made again. */
  audit_key: string;
  /**
   * The summary columns (migration 0004): figures of the stored audit, written with it (so of `audit_version`), which
   * the regional summary, the dashboard and the review queue read instead of the audit or dataset texts. Total score
   * and execution rate exact ("99.825", "98.2533…") and as printed ("99.8", "98.25%", "—"); null without a
   * department table (or its execution rows).
   */
  total_score: string | null;
  total_shown: string | null;
  grade: string | null;
  execution_rate: string | null;
  execution_rate_shown: string | null;
  error_count: number;
  warning_count: number;
  info_count: number;
  /** The worker process re-auditing the report (a region-wide re-audit), and until when; free once expired. */
  audit_claimed_by: string | null;
  audit_claimed_until: string | null;
  /**
   * Bumped by every write of the row (migration 0005), whatever it changes, so that a summary kept by a server process
   * knows whether its subtree changed since (ReportsRepository.summaryStamp).
   */
  revision: Generated<number>;
  due_at: string | null;
  submitted_at: string | null;
  published_at: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

export interface ReportVersionsTable {
  id: Generated<number>;
  report_id: string;
  version: number;
  /** "create" | "edit" | "restore" | "import" | a workflow action ("submit", "return"…). */
  reason: string;
  /**
   * The whole dataset, kept at creation, import, restore and every workflow transition (what reviewers compare and
   * an administrator restores); null for an ordinary edit, which keeps only its `changes`.
   */
  dataset: string | null;
  /** JSON array of { path, before, after } for an edit; "[]" for a snapshot. */
  changes: string;
  changed_by: string | null;
  changed_at: string;
  /** Human summary of what changed, in Chinese ("修改 projects[2].evaluation.indicators[3].actual"). */
  summary: string;
}

export interface TransitionsTable {
  id: Generated<number>;
  report_id: string;
  from_status: ReportStatus;
  to_status: ReportStatus;
  action: string;
  actor_id: string;
  comment: string;
  at: string;
}

export interface CommentsTable {
  id: string;
  report_id: string;
  author_id: string;
  /** Dataset path the comment is about, or "" for the whole report. */
  path: string;
  body: string;
  created_at: string;
}

export interface AttachmentsTable {
  id: string;
  report_id: string;
  file_name: string;
  media_type: string;
  bytes: number;
  sha256: string;
  content: Uint8Array;
  uploaded_by: string;
  created_at: string;
}

export type JobStatus = "queued" | "running" | "done" | "failed";

export interface JobsTable {
  id: string;
  kind: string;
  report_id: string;
  requested_by: string;
  status: JobStatus;
  /** 0–100. */
  progress: number;
  message: string;
  /** Server process that holds the job, and until when; another process may take it over after. */
  locked_by: string | null;
  locked_until: string | null;
  result: Uint8Array | null;
  result_name: string | null;
  created_at: string;
  updated_at: string;
  /** The batch the job belongs to (migration 0006); null for a job asked for one report. */
  batch_id: Generated<string | null>;
}

/** One request for the documents of many reports: one document job per report, counted once against the limit. */
export interface JobBatchesTable {
  id: string;
  kind: string;
  requested_by: string;
  /** The unit whose reports were asked for (the requester's own for a list of reports). */
  unit_id: string;
  /** What was asked, in Chinese ("成都市财政局及下级单位 2023 年度已公开的报表"). */
  description: string;
  total: number;
  created_at: string;
}

/** The PDF of a published report, made once at publication (a document job) and kept with that version. */
export interface PublishedPdfsTable {
  report_id: string;
  version: number;
  name: string;
  data: Uint8Array;
  created_at: string;
}

/** A year's deadline set over a unit's subtree (migration 0007); reports of that year started later get it. */
export interface YearDeadlinesTable {
  unit_id: string;
  year: number;
  /** As reports.due_at: the first instant after the last allowed day (see core/workflow/deadline.ts). */
  due_at: string;
  set_by: string;
  set_at: string;
}

/** When a user last opened their notifications (migration 0007): anything later is unread. */
export interface NotificationReadsTable {
  user_id: string;
  seen_at: string;
}

export interface DatabaseSchema {
  units: UnitsTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  trusted_devices: TrustedDevicesTable;
  reports: ReportsTable;
  report_versions: ReportVersionsTable;
  transitions: TransitionsTable;
  comments: CommentsTable;
  attachments: AttachmentsTable;
  jobs: JobsTable;
  job_batches: JobBatchesTable;
  published_pdfs: PublishedPdfsTable;
  year_deadlines: YearDeadlinesTable;
  notification_reads: NotificationReadsTable;
}

export type UnitRow = Selectable<UnitsTable>;
export type UserRow = Selectable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type LoginAttemptRow = Selectable<LoginAttemptsTable>;
export type ReportRow = Selectable<ReportsTable>;
export type NewReport = Insertable<ReportsTable>;
export type ReportUpdate = Updateable<ReportsTable>;
export type ReportVersionRow = Selectable<ReportVersionsTable>;
export type TransitionRow = Selectable<TransitionsTable>;
export type CommentRow = Selectable<CommentsTable>;
export type AttachmentRow = Selectable<AttachmentsTable>;
export type JobRow = Selectable<JobsTable>;
export type JobBatchRow = Selectable<JobBatchesTable>;
