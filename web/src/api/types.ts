/**
 * The shapes the server's API answers with: the server's own DTO types (src/server/dto, zod schemas that import no
 * Node module), which its routes return and its OpenAPI document describes — never re-declared here.
 */

import type { Role } from "../../../src/core/workflow/roles.ts";
import type { ReportStatus } from "../../../src/core/workflow/workflow.ts";

export type { ReportStatus, Role };
export { EDITABLE_STATUSES, STATUS_NAMES } from "../../../src/core/workflow/workflow.ts";

export type { SessionDto as Session, SessionUserDto as SessionUser } from "../../../src/server/dto/session-dto.ts";
export type {
  CreatedReportDto as CreatedReport,
  FullReportDto as FullReport,
  ReportDto as Report,
  ReportSummaryDto as ReportSummary,
  WrittenDatasetDto as WrittenDataset,
} from "../../../src/server/dto/report-dto.ts";
export type {
  FindingDto as Finding,
  ScoresDto as Scores,
  TableScoreDto as TableScore,
} from "../../../src/server/dto/scores-dto.ts";
export type {
  CommentDto as Comment,
  CommentsDto as Comments,
  DiffDto as Diff,
  HistoryDto as History,
  TransitionDto as Transition,
} from "../../../src/server/dto/history-dto.ts";
export type {
  DocumentComparisonDto as DocumentComparison,
  ImportedDatasetDto as ImportedDataset,
  ImportNoteDto as ImportNote,
  ImportReportDto as ImportReport,
  NewReportImportDto as NewReportImport,
} from "../../../src/server/dto/import-dto.ts";
export type {
  PublishedReportDto as PublishedReport,
  PublishedReportSummaryDto as PublishedReportSummary,
} from "../../../src/server/dto/public-dto.ts";
export type {
  JobDto as Job,
  JobFileDto as JobFile,
  JobFilesDto as JobFiles,
  StartedJobDto as StartedJob,
} from "../../../src/server/dto/job-dto.ts";
export type {
  UnitDto as Unit,
  UnitsDto as Units,
  UserDto as ManagedUser,
  UsersDto as ManagedUsers,
} from "../../../src/server/dto/unit-dto.ts";
export type {
  EndedSessionsDto as EndedSessions,
  OwnSessionDto as OwnSession,
  OwnSessionsDto as OwnSessions,
} from "../../../src/server/dto/session-dto.ts";
export type {
  RegionSummaryDto as RegionSummary,
  ReviewQueueDto as ReviewQueue,
  SummaryRowDto as SummaryRow,
} from "../../../src/server/dto/summary-dto.ts";

/** The file as the body of an upload: the server takes the bytes as they are and the name from X-File-Name. */
export function uploadHeaders(file: File): Record<string, string> {
  return { "content-type": "application/octet-stream", "x-file-name": encodeURIComponent(file.name) };
}
