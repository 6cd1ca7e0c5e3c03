/**
 * The regional summary for reviewers and the finance bureau: per unit of the subtree, the report's status, whether
 * it was submitted on time, total score and grade, execution rate and the audit's error and warning counts.
 * @module
 */
import { z } from "zod";
import { defineRoute } from "../api-route.ts";
import type { Services } from "../services/services.ts";

export function summaryRoutes(services: Services) {
  return [
    defineRoute({
      method: "get",
      path: "/api/summary",
      summary: "地区汇总：各单位状态、是否按时提交、总分、等级、执行率、校验错误/警告数",
      tag: "汇总",
      access: "signedIn",
      query: z.object({ year: z.coerce.number().int().min(2000).max(2100) }).strict(),
      async handle({ actor, query }) {
        return { year: query.year, units: await services.reportService.summary(actor, query.year) };
      },
    }),
  ];
}
