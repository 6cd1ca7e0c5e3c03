/**
 * One workflow step (submit, submit for sign-off, withdraw, sign off, return, approve, publish, unpublish), by the rules
 * of core's WORKFLOW_ACTIONS — who may take it, from which statuses, whether a comment is required, whether it exists
 * under the region's settings (the 单位负责人's sign-off) — judged on exactly the version the actor
 * names: a step based on another version is refused before anything is looked at (the submit gate audits that
 * version, and the conditional update in the repository refuses it if anything is written in between), so an edit
 * landing beside a submission can never be submitted unaudited, whatever process it comes from.
 * @module
 */
import { auditDataset } from "../../core/audit/run-audit.ts";
import {
  EDITABLE_STATUSES,
  inapplicableReason,
  type ReportStatus,
  STATUS_NAMES,
  WORKFLOW_ACTIONS,
  type WorkflowAction,
  type WorkflowActionId,
} from "../../core/workflow/workflow.ts";
import { StaleVersionError } from "../../storage/reports-repository.ts";
import { AppError, forbidden } from "../app-error.ts";
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
  const readable = await findReadableReport(services, options);
  const { report } = readable;
  assertRole(actor, action.roles, action.name);
  if (action.ownUnitOnly && actor.user.unit_id !== report.unit_id)
    throw forbidden(`只有本单位的用户才能${action.name}`);
  if (report.version !== expectedVersion) throw new StaleVersionError(expectedVersion, report.version);
  if (!action.from.includes(report.status)) {
    throw new AppError("conflict", `报表当前为“${STATUS_NAMES[report.status]}”，不能${action.name}`);
  }
  const inapplicable = inapplicableReason(options.action, await services.units.regionSettings(readable.unit.path));
  if (inapplicable) throw new AppError("conflict", inapplicable);
  if (action.commentRequired && comment.trim() === "")
    throw new AppError("invalid", `${action.name}须填写${options.action === "unpublish" ? "撤回原因" : "意见"}`, {
      location: "comment",
    });
  if (action.auditsFirst || action.auditsBeforePublishing) {
    // The submission (or publication) is judged on an audit of exactly this version, made now, and that audit is kept.
    const profile = profileOf(report.profile_id);
    const result = auditDataset(readable.dataset, profile);
    await services.reports.storeAudit(report.id, report.version, derivedFromAudit(result, profile));
    const errors = result.findings.filter((f) => f.severity === "error");
    if (errors.length > 0) {
      const what = action.auditsFirst ? "改正后才能提交" : "不能公开：请退回单位改正";
      throw new AppError("invalid", `还有 ${errors.length} 个错误级校验问题，${what}`, {
        details: { findings: errors.map((f) => ({ code: f.code, location: f.location, message: f.message })) },
      });
    }
  }
  const to = action.restoresPrevious ? await statusBeforeSubmission(services, id, report.status, action.to) : action.to;
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

/**
 * Where a withdrawn submission goes back to: the editable status it had before the unit submitted it (a draft, or a
 * returned report with its reviewers' comments), found by walking the transitions back past a sign-off (已提交 ←
 * 待单位负责人签字 ← 草稿). `fallback` when the history does not say (a report made before transitions were kept).
 */
async function statusBeforeSubmission(
  services: Services,
  id: string,
  status: ReportStatus,
  fallback: ReportStatus,
): Promise<ReportStatus> {
  let current = status;
  // A submission passes through at most the sign-off before it is in a withdrawable status; the bound stops a loop
  // in a history that is not what the workflow writes.
  for (let step = 0; step < 4; step++) {
    const previous = (await services.reports.lastTransitionInto(id, current))?.from_status;
    if (previous === undefined) return fallback;
    if (EDITABLE_STATUSES.includes(previous)) return previous;
    current = previous;
  }
  return fallback;
}
