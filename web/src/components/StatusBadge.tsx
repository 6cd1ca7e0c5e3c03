import { type ReportStatus, STATUS_NAMES } from "../api/types.ts";

export function StatusBadge({ status }: { status: ReportStatus }) {
  return <span className={`status status-${status}`}>{STATUS_NAMES[status]}</span>;
}
