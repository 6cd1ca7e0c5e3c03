/**
 * Document generation as a background job: start it, follow its progress, download the ZIP. A job is seen only by
 * those who may read its report; it lives in the database, so any server process answers for it.
 * @module
 */
import { z } from "zod";
import { defineRoute } from "../api-route.ts";
import { HttpError, notFound } from "../http-error.ts";
import { inSubtree } from "../services/access.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";

/**
 * The report's head (no dataset: a progress poll or a file download need not load it) if the actor may read the
 * report — the same subtree rule as ReportService.read; "not found" as `what` otherwise.
 */
export async function readableReportHead(services: Services, actor: Actor, reportId: string, what = "报表") {
  const head = await services.reports.findHead(reportId);
  if (!head || !inSubtree(actor, { path: head.unit_path })) throw notFound(what);
  return head;
}

export function jobRoutes(services: Services) {
  const readableJob = async (actor: Actor, id: string) => {
    const job = await services.jobs.find(id);
    if (!job) throw notFound("任务");
    await readableReportHead(services, actor, job.report_id, "任务");
    return job;
  };
  return [
    defineRoute({
      method: "post",
      path: "/api/reports/:id/documents",
      summary: "生成文档（Word、Excel，可选 PDF）为后台任务；返回任务编号",
      tag: "文档",
      access: "signedIn",
      body: z.object({ pdf: z.boolean().default(false) }).strict(),
      async handle({ actor, params, body }) {
        const report = await readableReportHead(services, actor, params.id as string);
        const job = await services.jobs.enqueue({ kind: body.pdf ? "documentsWithPdf" : "documents", reportId: report.id, requestedBy: actor.user.id });
        services.jobRunner.wake();
        return { jobId: job.id, status: job.status };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/jobs/:id",
      summary: "任务状态与进度（0–100）",
      tag: "文档",
      access: "signedIn",
      async handle({ actor, params }) {
        const job = await readableJob(actor, params.id as string);
        return { id: job.id, status: job.status, progress: job.progress, message: job.message, resultName: job.result_name, updatedAt: job.updated_at };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/jobs/:id/download",
      summary: "下载任务生成的 ZIP（文档 + manifest.json）",
      tag: "文档",
      access: "signedIn",
      responses: { "409": "任务尚未完成" },
      async handle({ c, actor, params }) {
        const job = await readableJob(actor, params.id as string);
        const result = job.status === "done" ? await services.jobs.result(job.id) : undefined;
        if (!result) throw new HttpError(409, `任务尚未完成（${job.message}）`);
        return c.body(result.data.buffer.slice(result.data.byteOffset, result.data.byteOffset + result.data.byteLength) as ArrayBuffer, 200, {
          "content-type": "application/zip",
          "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(result.name)}`,
        });
      },
    }),
  ];
}
