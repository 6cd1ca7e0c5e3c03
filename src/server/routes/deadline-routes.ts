/**
 * Report years and their deadlines (for those who set deadlines), and each signed-in user's notifications. Each
 * route is one use case in src/server/reports/ or src/server/notifications/.
 * @module
 */
import { z } from "zod";
import { AppError } from "../app-error.ts";
import { defineRoute } from "../api-route.ts";
import { NotificationsDto, NotificationsSeenDto, ReportYearsDto, YearDeadlineSetDto } from "../dto/deadline-dto.ts";
import { listNotifications } from "../notifications/list-notifications.ts";
import { markNotificationsSeen } from "../notifications/mark-notifications-seen.ts";
import { listReportYears } from "../reports/list-report-years.ts";
import { setYearDeadline } from "../reports/set-year-deadline.ts";
import type { Services } from "../services/services.ts";

/** The year of the path (/api/report-years/2025/deadline), or a Chinese refusal naming it. */
function yearOfPath(text: string | undefined): number {
  const year = Number(text);
  if (!/^\d{4}$/.test(text ?? "") || year < 2000 || year > 2100) {
    throw new AppError("malformed", `年度“${text ?? ""}”无效：应为 2000–2100 之间的四位年份`, { location: "year" });
  }
  return year;
}

export function deadlineRoutes(services: Services) {
  return [
    defineRoute({
      method: "get",
      path: "/api/report-years",
      summary: "报送年度：本辖区（或其中一个单位及下级）各年度的截止日期、报表数、已报送数、逾期数",
      tag: "审核流程",
      access: "signedIn",
      response: ReportYearsDto,
      query: z.object({ unitId: z.string().min(1).max(100).optional() }).strict(),
      async handle({ actor, query }) {
        return listReportYears(services, { actor, unitId: query.unitId });
      },
    }),
    defineRoute({
      method: "put",
      path: "/api/report-years/:year/deadline",
      summary:
        "设置或清除一个年度的截止日期（单位及其下级的该年度全部报表，以及以后新建的该年度报表；主管部门审核人、财政审核人、管理员）",
      tag: "审核流程",
      access: "signedIn",
      response: YearDeadlineSetDto,
      body: z.object({ unitId: z.string().min(1).max(100).optional(), dueAt: z.iso.datetime().nullable() }).strict(),
      async handle({ actor, params, body }) {
        return setYearDeadline(services, {
          actor,
          year: yearOfPath(params.year),
          unitId: body.unitId,
          dueAt: body.dueAt,
        });
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/notifications",
      summary: "本人的通知：本单位及下级单位报表的退回（附审核意见）、审核通过、公开、即将到期（7 天内）、逾期",
      tag: "账户",
      access: "signedIn",
      response: NotificationsDto,
      async handle({ actor }) {
        return listNotifications(services, { actor });
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/notifications/seen",
      summary: "把本人到此刻为止的通知标为已读",
      tag: "账户",
      access: "signedIn",
      response: NotificationsSeenDto,
      async handle({ actor }) {
        return { ok: true, ...(await markNotificationsSeen(services, { actor })) };
      },
    }),
  ];
}
