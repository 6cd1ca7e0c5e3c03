/**
 * Document generation as a background job: start it, follow its progress, download the ZIP or one of its files. A
 * reviewer asks for the documents of many reports at once as a batch (a unit's subtree, or a list of reports). Each
 * route validates its input and hands it to its use case in src/server/document-jobs/.
 * @module
 */
import { z } from "zod";
import { type ReportStatus, STATUS_NAMES } from "../../core/workflow/workflow.ts";
import { JOB_LIMITS } from "../../storage/jobs-repository.ts";
import { defineRoute } from "../api-route.ts";
import { cancelDocumentBatch } from "../document-jobs/cancel-document-batch.ts";
import { deleteJob } from "../document-jobs/delete-job.ts";
import { downloadJobFile, JOB_FILE_TYPES } from "../document-jobs/download-job-file.ts";
import { downloadJobPackage } from "../document-jobs/download-job-package.ts";
import { listJobFiles } from "../document-jobs/list-job-files.ts";
import { readDocumentBatch } from "../document-jobs/read-document-batch.ts";
import { readJob } from "../document-jobs/read-job.ts";
import { startDocumentBatch } from "../document-jobs/start-document-batch.ts";
import { startDocumentJob } from "../document-jobs/start-document-job.ts";
import {
  BatchDto,
  DeletedJobDto,
  JobDto,
  JobFilesDto,
  RemovedBatchDto,
  StartedBatchDto,
  StartedJobDto,
} from "../dto/job-dto.ts";
import type { Services } from "../services/services.ts";
import { sendFile } from "./send-file.ts";

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

export function jobRoutes(services: Services) {
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
        return startDocumentBatch(services, { actor, ...body });
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
        return readDocumentBatch(services, { actor, batchId: params.id as string });
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
        return cancelDocumentBatch(services, { actor, batchId: params.id as string });
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
      async handle({ c, actor, params, body }) {
        return startDocumentJob(services, {
          actor,
          reportId: params.id as string,
          pdf: body.pdf,
          prefetched: c.get("reportHead"),
        });
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
        return deleteJob(services, { actor, jobId: params.id as string });
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
        return readJob(services, { actor, jobId: params.id as string });
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
        return listJobFiles(services, { actor, jobId: params.id as string });
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/jobs/:id/files/:index",
      summary: "下载任务生成的一个文件（如自评报告 Word 文档）",
      tag: "文档",
      access: "signedIn",
      response: { file: JOB_FILE_TYPES, description: "生成的一个文件" },
      responses: { "409": "任务尚未完成" },
      async handle({ c, actor, params }) {
        return sendFile(
          c,
          await downloadJobFile(services, { actor, jobId: params.id as string, index: params.index as string }),
        );
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
        const zip = await downloadJobPackage(services, { actor, jobId: params.id as string });
        return sendFile(c, { ...zip, mediaType: "application/zip" });
      },
    }),
  ];
}
