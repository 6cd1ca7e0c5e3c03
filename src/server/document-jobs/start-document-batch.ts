/**
 * Starts the documents of many reports at once, for a reviewer (DOCUMENT_BATCH_ROLES): the reports named one by one,
 * or those of a unit and below (the requester's own unit when none is named), of one year, in some statuses. Every
 * report is checked against the requester's subtree before anything is queued; one job per report, which the
 * runners of every process share, the batch counted once against the per-user limit.
 * @module
 */
import { DOCUMENT_BATCH_ROLES } from "../../core/workflow/roles.ts";
import { type ReportStatus, STATUS_NAMES } from "../../core/workflow/workflow.ts";
import { JOB_LIMITS } from "../../storage/jobs-repository.ts";
import { AppError, notFound } from "../app-error.ts";
import type { StartedBatchDto } from "../dto/job-dto.ts";
import { assertCanRead, assertRole, inSubtree } from "../services/access.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { queueWithinLimit } from "./queue-within-limit.ts";

export interface StartDocumentBatchOptions {
  actor: Actor;
  pdf: boolean;
  /** These reports… */
  reportIds?: readonly string[] | undefined;
  /** …or those of this unit and below (the requester's own unit when absent), of one year, in some statuses. */
  unitId?: string | undefined;
  year?: number | undefined;
  statuses?: readonly ReportStatus[] | undefined;
}

export async function startDocumentBatch(
  services: Services,
  options: StartDocumentBatchOptions,
): Promise<StartedBatchDto> {
  const { actor } = options;
  assertRole(actor, DOCUMENT_BATCH_ROLES, "批量生成文档");
  const { unitId, ids, description } = await batchReports(services, options);
  if (ids.length === 0) throw new AppError("invalid", `没有符合条件的报表：${description}`);
  if (ids.length > JOB_LIMITS.reportsPerBatch)
    throw new AppError(
      "invalid",
      `一次至多为 ${JOB_LIMITS.reportsPerBatch} 份报表生成文档，所选为 ${ids.length} 份，请按下级单位或年度分批`,
    );
  const batch = await queueWithinLimit(services, () =>
    services.jobs.enqueueBatch({
      kind: options.pdf ? "documentsWithPdf" : "documents",
      reportIds: ids,
      requestedBy: actor.user.id,
      unitId,
      description,
      maxActive: JOB_LIMITS.activePerUser,
    }),
  );
  return { batchId: batch.id, total: batch.total, description: batch.description };
}

/** The reports the batch names, each in the actor's subtree (the first that is not is "not found"), and their unit. */
async function batchReports(services: Services, options: StartDocumentBatchOptions) {
  const { actor } = options;
  if (options.reportIds) {
    const ids = [...new Set(options.reportIds)];
    const heads = await services.reports.listHeads(ids);
    const readable = new Set(heads.filter((head) => inSubtree(actor, { path: head.unit_path })).map((h) => h.id));
    const missing = ids.find((id) => !readable.has(id));
    if (missing !== undefined) throw notFound(`报表 ${missing.slice(0, 100)}`);
    return { unitId: actor.unit.id, ids, description: `选定的 ${ids.length} 份报表` };
  }
  const unit = options.unitId === undefined ? actor.unit : await services.units.find(options.unitId);
  assertCanRead(actor, unit, "单位");
  const { year, statuses } = options;
  const listed = await services.reports.listInSubtree(unit.path, {
    ...(year === undefined ? {} : { year }),
    ...(statuses ? { statuses: [...statuses] } : {}),
  });
  const which = [
    year === undefined ? "" : `${year} 年度`,
    statuses ? `${statuses.map((status) => STATUS_NAMES[status]).join("、")}的` : "",
  ].join("");
  return {
    unitId: unit.id,
    ids: listed.map((report) => report.id),
    description: `${unit.name}及下级单位${which}报表（${listed.length} 份）`,
  };
}
