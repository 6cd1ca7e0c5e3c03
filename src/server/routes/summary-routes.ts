/**
 * The regional summary for reviewers and the finance bureau: per unit of the subtree, the report's status, whether
 * it was submitted on time, total score and grade, execution rate and the audit's error and warning counts — for
 * one year, or every year when none is asked for — as JSON and as an .xlsx download; and the review queue, whole or
 * a page at a time. Each route is one use case in src/server/summary/.
 * @module
 */
import { z } from "zod";
import { defineRoute } from "../api-route.ts";
import { RegionSummaryDto, ReviewQueueDto } from "../dto/summary-dto.ts";
import type { Services } from "../services/services.ts";
import { exportRegionSummary } from "../summary/export-region-summary.ts";
import { readRegionSummary } from "../summary/read-region-summary.ts";
import { readReviewQueue } from "../summary/read-review-queue.ts";
import { sendFile } from "./send-file.ts";

const SummaryQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }).strict();
/** The largest page of the review queue (a page the browser lists at once). */
const MAX_QUEUE_PAGE = 1000;
const QueueQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(MAX_QUEUE_PAGE).optional(),
    offset: z.coerce.number().int().min(0).max(10_000_000).optional(),
  })
  .strict();
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function summaryRoutes(services: Services) {
  return [
    defineRoute({
      method: "get",
      path: "/api/summary",
      summary: "地区汇总：各单位状态、是否按时提交、总分、等级、执行率、校验错误/警告数（缺省年度为全部年度）",
      tag: "汇总",
      access: "signedIn",
      response: RegionSummaryDto,
      query: SummaryQuery,
      async handle({ actor, query }) {
        return readRegionSummary(services, { actor, year: query.year });
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/review-queue",
      summary:
        "审核队列：本人下级单位中等待本角色处理的报表（主管部门审核人：已提交；财政审核人：主管部门已通过、财政已通过），按状态、提交时间排序；" +
        `可分页（limit 至多 ${MAX_QUEUE_PAGE}，offset 自 0 起），total 为队列总数`,
      tag: "汇总",
      access: "signedIn",
      response: ReviewQueueDto,
      query: QueueQuery,
      async handle({ actor, query }) {
        const page =
          query.limit === undefined && query.offset === undefined
            ? undefined
            : { offset: query.offset ?? 0, limit: query.limit ?? MAX_QUEUE_PAGE };
        return readReviewQueue(services, { actor, page });
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/summary.xlsx",
      summary: "地区汇总导出为 Excel（.xlsx；与 /api/summary 相同的权限和内容）",
      tag: "汇总",
      access: "signedIn",
      response: { file: [XLSX_TYPE], description: "Excel 工作簿（.xlsx）" },
      query: SummaryQuery,
      responses: { "200": "Excel 工作簿（.xlsx）" },
      async handle({ c, actor, query }) {
        const file = await exportRegionSummary(services, { actor, year: query.year });
        return sendFile(c, {
          ...file,
          mediaType: XLSX_TYPE,
          asciiName: "summary.xlsx",
          headers: { "cache-control": "no-store" },
        });
      },
    }),
  ];
}
