/** What anybody may read without signing in: published reports only. Anything else is "not found". */
import { auditDataset } from "../../core/audit/run-audit.ts";
import type { Dataset } from "../../core/dataset/schema.ts";
import { defineRoute } from "../api-route.ts";
import { notFound } from "../http-error.ts";
import { profileOf } from "../services/dataset-json.ts";
import { auditResultJson } from "../services/scores-json.ts";
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
      async handle({ params }) {
        const report = await services.reports.find(params.id as string);
        if (!report || report.status !== "published") throw notFound("公开报表");
        const unit = await services.units.find(report.unit_id);
        const dataset = JSON.parse(report.dataset) as Dataset;
        const profile = profileOf(report.profile_id);
        return { unitName: unit?.name, year: report.year, publishedAt: report.published_at, dataset, scores: auditResultJson(auditDataset(dataset, profile), profile) };
      },
    }),
  ];
}
