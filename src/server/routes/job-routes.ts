/**
 * Document generation as a background job: start it, follow its progress, download the ZIP. A job is seen only by
 * those who may read its report; it lives in the database, so any server process answers for it.
 * @module
 */
import { unzipSync } from "fflate";
import { z } from "zod";
import { defineRoute } from "../api-route.ts";
import { DeletedJobDto, JobDto, JobFilesDto, StartedJobDto } from "../dto/job-dto.ts";
import { HttpError, notFound } from "../http-error.ts";
import { JOB_LIMITS, JobLimitError } from "../../storage/jobs-repository.ts";
import { findReadableHead } from "../reports/find-readable-report.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

const MEDIA_TYPES: Record<string, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
  json: "application/json; charset=utf-8",
};

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
  return [
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
