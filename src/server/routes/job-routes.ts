/**
 * Document generation as a background job: start it, follow its progress, download the ZIP. A job is seen only by
 * those who may read its report; it lives in the database, so any server process answers for it. A reviewer asks
 * for the documents of many reports at once as a batch (a unit's subtree, or a list of reports): one job per
 * report, which the runners of every worker process share, counted once against the per-user limit.
 * @module
 */
import { unzipSync } from "fflate";
import { z } from "zod";
import { DOCUMENT_BATCH_ROLES } from "../../core/workflow/roles.ts";
import { type ReportStatus, STATUS_NAMES } from "../../core/workflow/workflow.ts";
import { defineRoute } from "../api-route.ts";
import {
  BatchDto,
  DeletedJobDto,
  JobDto,
  JobFilesDto,
  RemovedBatchDto,
  StartedBatchDto,
  StartedJobDto,
} from "../dto/job-dto.ts";
import { HttpError, notFound } from "../http-error.ts";
import { JOB_LIMITS, JobLimitError } from "../../storage/jobs-repository.ts";
import { assertCanRead, assertRole, inSubtree } from "../services/access.ts";
import { findReadableHead } from "../reports/find-readable-report.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

const MEDIA_TYPES: Record<string, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
  json: "application/json; charset=utf-8",
};

const REPORT_STATUSES = Object.keys(STATUS_NAMES) as [ReportStatus, ...ReportStatus[]];
/** The most reports a batch may name one by one (a larger batch is asked for by unit). */
const MAX_LISTED_REPORTS = 5000;
const BatchRequest = z
  .object({
    pdf: z.boolean().default(false),
    /** These reports… */
    reportIds: z.array(z.string().min(1).max(100)).min(1).max(MAX_LISTED_REPORTS).optional(),
    /** …or those of this unit and below (the requester's own unit when absent), of one year, in some statuses. */
    unitId: z.string().min(1).max(100).optional(),
    year: z.number().int().min(2000).max(2100).optional(),
    statuses: z.array(z.enum(REPORT_STATUSES)).min(1).max(REPORT_STATUSES.length).optional(),
  })
  .strict()
  .refine(
    (body) => !body.reportIds || (body.unitId === undefined && body.year === undefined && !body.statuses),
    "reportIds 与 unitId、year、statuses 不能同时给出",
  );

function mediaTypeOf(name: string): string {
  return MEDIA_TYPES[name.split(".").pop()?.toLowerCase() ?? ""] ?? "application/octet-stream";
}

export function jobRoutes(services: Services) {
  const readableJob = async (actor: Actor, id: string) => {
    const job = await services.jobs.find(id);
    if (!job) throw notFound("任务");
    await findReadableHead(services, { actor, reportId: job.report_id, what: "任务" });
    return job;
  };
  /** The documents in a finished job's ZIP, in its order, without the manifest. */
  const finishedFiles = async (actor: Actor, id: string) => {
    const job = await readableJob(actor, id);
    const result = job.status === "done" ? await services.jobs.result(job.id) : undefined;
    if (!result) throw new HttpError(409, `任务尚未完成（${job.message}）`);
    const entries = unzipSync(new Uint8Array(result.data));
    return Object.entries(entries)
      .filter(([name, data]) => !name.endsWith("/") && name !== "manifest.json" && data.byteLength > 0)
      .map(([name, data]) => ({ name, data }));
  };
  /** The batch if the actor may follow it: its unit in the actor's subtree; "not found" otherwise. */
  const readableBatch = async (actor: Actor, id: string) => {
    const batch = await services.jobs.findBatch(id);
    const unit = batch ? await services.units.find(batch.unit_id) : undefined;
    if (!batch || !unit || !inSubtree(actor, unit)) throw notFound("批量任务");
    return batch;
  };
  /** The reports a batch request names, each checked against the actor's subtree before anything is queued. */
  const batchReports = async (actor: Actor, body: z.infer<typeof BatchRequest>) => {
    if (body.reportIds) {
      const ids = [...new Set(body.reportIds)];
      const heads = await services.reports.listHeads(ids);
      const readable = new Set(heads.filter((head) => inSubtree(actor, { path: head.unit_path })).map((h) => h.id));
      const missing = ids.find((id) => !readable.has(id));
      if (missing !== undefined) throw notFound(`报表 ${missing.slice(0, 100)}`);
      return { unitId: actor.unit.id, ids, description: `选定的 ${ids.length} 份报表` };
    }
    const unit = body.unitId === undefined ? actor.unit : await services.units.find(body.unitId);
    assertCanRead(actor, unit, "单位");
    const listed = await services.reports.listInSubtree(unit.path, {
      ...(body.year === undefined ? {} : { year: body.year }),
      ...(body.statuses ? { statuses: body.statuses } : {}),
    });
    const which = [
      body.year === undefined ? "" : `${body.year} 年度`,
      body.statuses ? `${body.statuses.map((status) => STATUS_NAMES[status]).join("、")}的` : "",
    ].join("");
    return {
      unitId: unit.id,
      ids: listed.map((report) => report.id),
      description: `${unit.name}及下级单位${which}报表（${listed.length} 份）`,
    };
  };
  return [
    defineRoute({
      method: "post",
      path: "/api/document-batches",
      summary:
        `批量生成文档（主管部门审核人、财政审核人、管理员）：给出 reportIds（至多 ${MAX_LISTED_REPORTS} 份），或某单位及下级单位（unitId，缺省为本单位）的报表，可按年度、状态筛选（至多 ${JOB_LIMITS.reportsPerBatch} 份）；` +
        `每份报表一个后台任务，由各进程分担；一个批量任务只占每人 ${JOB_LIMITS.activePerUser} 个排队名额中的一个（超过为 429）`,
      tag: "文档",
      access: "signedIn",
      body: BatchRequest,
      response: StartedBatchDto,
      responses: { "403": "角色无权批量生成", "422": "没有符合条件的报表，或超过批量上限", "429": "排队任务已达上限" },
      async handle({ actor, body }) {
        assertRole(actor, DOCUMENT_BATCH_ROLES, "批量生成文档");
        const { unitId, ids, description } = await batchReports(actor, body);
        if (ids.length === 0) throw new HttpError(422, `没有符合条件的报表：${description}`);
        if (ids.length > JOB_LIMITS.reportsPerBatch)
          throw new HttpError(
            422,
            `一次至多为 ${JOB_LIMITS.reportsPerBatch} 份报表生成文档，所选为 ${ids.length} 份，请按下级单位或年度分批`,
          );
        let batch;
        try {
          batch = await services.jobs.enqueueBatch({
            kind: body.pdf ? "documentsWithPdf" : "documents",
            reportIds: ids,
            requestedBy: actor.user.id,
            unitId,
            description,
            maxActive: JOB_LIMITS.activePerUser,
          });
        } catch (error) {
          if (error instanceof JobLimitError) throw new HttpError(429, error.message);
          throw error;
        }
        services.jobRunner.wake();
        return { batchId: batch.id, total: batch.total, description: batch.description };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/document-batches/:id",
      summary: "批量任务的进度：各状态的任务数、总进度（0–100），及每份报表的任务（可逐个下载）",
      tag: "文档",
      access: "signedIn",
      response: BatchDto,
      async handle({ actor, params }) {
        const batch = await readableBatch(actor, params.id as string);
        const [counts, jobs] = await Promise.all([
          services.jobs.batchCounts(batch.id, batch.total),
          services.jobs.batchJobs(batch.id),
        ]);
        return {
          id: batch.id,
          kind: batch.kind,
          description: batch.description,
          total: batch.total,
          createdAt: batch.created_at,
          counts: { queued: counts.queued, running: counts.running, done: counts.done, failed: counts.failed },
          progress: counts.progress,
          jobs: jobs.map((job) => ({
            jobId: job.id,
            reportId: job.report_id,
            unitName: job.unit_name,
            year: job.year,
            status: job.status,
            progress: job.progress,
            message: job.message,
            resultName: job.result_name,
          })),
        };
      },
    }),
    defineRoute({
      method: "delete",
      path: "/api/document-batches/:id",
      summary: "取消批量任务：删除其中未在生成的任务及已生成的文件（本人发起的，或管理员）；生成中的任务做完为止",
      tag: "文档",
      access: "signedIn",
      response: RemovedBatchDto,
      responses: { "403": "不是本人发起的批量任务" },
      async handle({ actor, params }) {
        const batch = await readableBatch(actor, params.id as string);
        if (batch.requested_by !== actor.user.id && actor.user.role !== "admin")
          throw new HttpError(403, "只能取消本人发起的批量任务（管理员可取消任何批量任务）");
        return services.jobs.removeBatch(batch.id);
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/reports/:id/documents",
      summary: `生成文档（Word、Excel，可选 PDF）为后台任务；返回任务编号。每人同时至多 ${JOB_LIMITS.activePerUser} 个排队或生成中的任务（超过为 429），完成的任务保留 ${JOB_LIMITS.retentionMs / 86_400_000} 天`,
      tag: "文档",
      access: "signedIn",
      response: StartedJobDto,
      body: z.object({ pdf: z.boolean().default(false) }).strict(),
      async handle({ actor, params, body }) {
        const report = await findReadableHead(services, { actor, reportId: params.id as string });
        let job;
        try {
          job = await services.jobs.enqueue({
            kind: body.pdf ? "documentsWithPdf" : "documents",
            reportId: report.id,
            requestedBy: actor.user.id,
            maxActive: JOB_LIMITS.activePerUser,
          });
        } catch (error) {
          if (error instanceof JobLimitError) throw new HttpError(429, error.message);
          throw error;
        }
        services.jobRunner.wake();
        return { jobId: job.id, status: job.status };
      },
    }),
    defineRoute({
      method: "delete",
      path: "/api/jobs/:id",
      summary: "删除任务及其生成的文件（本人发起的，或管理员；生成中的任务不能删除）",
      tag: "文档",
      access: "signedIn",
      response: DeletedJobDto,
      responses: { "403": "不是本人发起的任务", "409": "任务正在生成" },
      async handle({ actor, params }) {
        const job = await readableJob(actor, params.id as string);
        if (job.kind === "publishedPdf") throw notFound("任务");
        if (job.requested_by !== actor.user.id && actor.user.role !== "admin")
          throw new HttpError(403, "只能删除本人发起的任务（管理员可删除任何任务）");
        if (job.status === "running" || !(await services.jobs.remove(job.id)))
          throw new HttpError(409, "任务正在生成，完成后才能删除");
        return { deleted: job.id };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/jobs/:id",
      summary: "任务状态与进度（0–100）",
      tag: "文档",
      access: "signedIn",
      response: JobDto,
      async handle({ actor, params }) {
        const job = await readableJob(actor, params.id as string);
        return {
          id: job.id,
          status: job.status,
          progress: job.progress,
          message: job.message,
          resultName: job.result_name,
          updatedAt: job.updated_at,
        };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/jobs/:id/files",
      summary: "任务生成的各个文件（名称与大小），可逐个下载",
      tag: "文档",
      access: "signedIn",
      response: JobFilesDto,
      responses: { "409": "任务尚未完成" },
      async handle({ actor, params }) {
        const files = await finishedFiles(actor, params.id as string);
        return { files: files.map((file, index) => ({ index, name: file.name, bytes: file.data.byteLength })) };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/jobs/:id/files/:index",
      summary: "下载任务生成的一个文件（如自评报告 Word 文档）",
      tag: "文档",
      access: "signedIn",
      response: {
        file: [...Object.values(MEDIA_TYPES).map((type) => type.split(";")[0] as string), "application/octet-stream"],
        description: "生成的一个文件",
      },
      responses: { "409": "任务尚未完成" },
      async handle({ c, actor, params }) {
        const files = await finishedFiles(actor, params.id as string);
        const index = params.index as string;
        const file = /^\d{1,4}$/.test(index) ? files[Number(index)] : undefined;
        if (!file) throw notFound("文件");
        return c.body(file.data.slice().buffer as ArrayBuffer, 200, {
          "content-type": mediaTypeOf(file.name),
          "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.name.split("/").pop() ?? file.name)}`,
        });
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/jobs/:id/download",
      summary: "下载任务生成的 ZIP（文档 + manifest.json）",
      tag: "文档",
      access: "signedIn",
      response: { file: ["application/zip"], description: "文档与 manifest.json 的 ZIP" },
      responses: { "409": "任务尚未完成" },
      async handle({ c, actor, params }) {
        const job = await readableJob(actor, params.id as string);
        if (job.kind === "publishedPdf") throw notFound("任务");
        const result = job.status === "done" ? await services.jobs.result(job.id) : undefined;
        if (!result) throw new HttpError(409, `任务尚未完成（${job.message}）`);
        return c.body(
          result.data.buffer.slice(
            result.data.byteOffset,
            result.data.byteOffset + result.data.byteLength,
          ) as ArrayBuffer,
          200,
          {
            "content-type": "application/zip",
            "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(result.name)}`,
          },
        );
      },
    }),
  ];
}
