/**
 * One workflow step (submit, withdraw, return, approve, publish, unpublish), by the rules of core's WORKFLOW_ACTIONS
 * — who may take it, from which statuses, whether a comment is required — judged on exactly the version the actor
 * names: a step based on another version is refused before anything is looked at (the submit gate audits that
 * version, and the conditional update in the repository refuses it if anything is written in between), so an edit
 * landing beside a submission can never be submitted unaudited, whatever process it comes from.
 * @module
 */
import { auditDataset } from "../../core/audit/run-audit.ts";
import {
  type ReportStatus,
  STATUS_NAMES,
  WORKFLOW_ACTIONS,
  type WorkflowAction,
  type WorkflowActionId,
} from "../../core/workflow/workflow.ts";
import { StaleVersionError } from "../../storage/reports-repository.ts";
import { AppError } from "../app-error.ts";
import { queuePublishedPdf } from "../public/queue-published-pdf.ts";
import { assertRole } from "../services/access.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { derivedFromAudit } from "./derived-columns.ts";
import { findReadableReport } from "./find-readable-report.ts";
import { profileOf } from "./profile-of.ts";

export interface TransitionReportOptions {
  actor: Actor;
  reportId: string;
  action: WorkflowActionId;
  /** The version the actor saw. */
  version: number;
  comment: string;
}

export async function transitionReport(
  services: Services,
  options: TransitionReportOptions,
): Promise<{ version: number; status: ReportStatus }> {
  const { actor, reportId: id, version: expectedVersion, comment } = options;
  const action: WorkflowAction = WORKFLOW_ACTIONS[options.action];
  const { report, dataset } = await findReadableReport(services, options);
  assertRole(actor, action.roles, action.name);
  if (report.version !== expectedVersion) throw new StaleVersionError(expectedVersion, report.version);
  if (!action.from.includes(report.status)) {
    throw new AppError("conflict", `报表当前为“${STATUS_NAMES[report.status]}”，不能${action.name}`);
  }
  if (action.commentRequired && comment.trim() === "")
    throw new AppError("invalid", `${action.name}须填写${options.action === "unpublish" ? "撤回原因" : "意见"}`, {
      location: "comment",
    });
  if (options.action === "submit") {
    // The submission is judged on an audit of exactly this version, made now, and that audit is kept.
    const profile = profileOf(report.profile_id);
    const result = auditDataset(dataset, profile);
    await services.reports.storeAudit(report.id, report.version, derivedFromAudit(result, profile));
    const errors = result.findings.filter((f) => f.severity === "error");
    if (errors.length > 0) {
      throw new AppError("invalid", `还有 ${errors.length} 个错误级校验问题，改正后才能提交`, {
        details: { findings: errors.map((f) => ({ code: f.code, location: f.location, message: f.message })) },
      });
    }
  }
  // A withdrawn submission is back where it was: a draft, or a returned report with its reviewers' comments.
  const to = action.restoresPrevious
    ? ((await services.reports.lastTransitionInto(id, report.status))?.from_status ?? action.to)
    : action.to;
  const version = await services.reports.transition({
    id,
    expectedVersion,
    from: report.status,
    to,
    action: options.action,
    actorId: actor.user.id,
    comment: comment.trim(),
  });
  if (to === "published") {
    // The publication stands even if its PDF could not be queued now; the runner queues missing ones at start.
    await queuePublishedPdf(services, { reportId: id, userId: actor.user.id }).catch((error: unknown) =>
      console.error(`[jixiao] 报表 ${id} 的公开 PDF 未能排队：${(error as Error).message}`),
    );
  }
  return { version, status: to };
}
