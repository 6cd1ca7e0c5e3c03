/** What anybody may read without signing in: published reports only. Anything else is "not found". */
import { defineRoute, jsonText } from "../api-route.ts";
import type { Services } from "../services/services.ts";

export function publicRoutes(services: Services) {
  return [
    defineRoute({
      method: "get",
      path: "/api/public/reports",
      summary: "已公开的报表（按单位、年度）",
      tag: "公开",
      access: "public",
      async handle() {
        const published = await services.reports.listInSubtree("/", { statuses: ["published"] });
        return { reports: published.map((r) => ({ id: r.id, unitName: r.unit_name, year: r.year, publishedAt: r.published_at })) };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/public/reports/:id",
      summary: "一份已公开报表的数据与得分",
      tag: "公开",
      access: "public",
      async handle({ c, params }) {
        return jsonText(c, await services.reportService.publishedJson(params.id as string));
      },
    }),
  ];
}
