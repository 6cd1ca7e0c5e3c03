/**
 * The regional summary for reviewers and the finance bureau: per unit of the subtree, the report's status, whether
 * it was submitted on time, total score and grade, execution rate and the audit's error and warning counts.
 */
import { z } from "zod";
import { auditDataset } from "../../core/audit/run-audit.ts";
import type { Dataset } from "../../core/dataset/schema.ts";
import { countBySeverity } from "../../core/findings/finding.ts";
import { formatFixed } from "../../core/numbers/decimal.ts";
import { defineRoute } from "../api-route.ts";
import { assertRole } from "../services/access.ts";
import { profileOf } from "../services/dataset-json.ts";
import type { Services } from "../services/services.ts";
import { STATUS_NAMES } from "../services/workflow-rules.ts";

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
        assertRole(actor, ["unitReviewer", "departmentReviewer", "financeReviewer", "admin"], "查看地区汇总");
        const listed = await services.reports.listInSubtree(actor.unit.path, { year: query.year });
        const rows = await services.reports.listWithDatasets(listed.map((r) => r.id));
        const byId = new Map(rows.map((r) => [r.id, r]));
        return {
          year: query.year,
          units: listed.map((item) => {
            const row = byId.get(item.id);
            const profile = profileOf(item.profile_id);
            const { scores, findings } = auditDataset(JSON.parse(row?.dataset ?? "{}") as Dataset, profile);
            const department = scores.department;
            const counts = countBySeverity(findings);
            const rate = department?.execution?.rate ?? null;
            return {
              reportId: item.id,
              unitId: item.unit_id,
              unitName: item.unit_name,
              status: item.status,
              statusName: STATUS_NAMES[item.status],
              dueAt: item.due_at,
              submittedAt: item.submitted_at,
              onTime: item.submitted_at === null ? null : item.due_at === null || item.submitted_at <= item.due_at,
              totalScore: department ? formatFixed(department.total, profile.rounding.totalDecimals) : null,
              grade: department?.grade ?? null,
              executionRate: rate === null ? null : formatFixed(rate, profile.rounding.rateDecimals),
              errors: counts.error,
              warnings: counts.warning,
            };
          }),
        };
      },
    }),
  ];
}
