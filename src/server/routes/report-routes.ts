/**
 * Unit-year reports: list, create, read, edit (whole dataset or one indicator), score and audit, workflow, history.
 * Each route validates its input and hands it to its use case in src/server/reports/.
 * @module
 */
import { z } from "zod";
import { WORKFLOW_ACTION_IDS } from "../../core/workflow/workflow.ts";
import { defineRoute, jsonText } from "../api-route.ts";
import { ProfileIdDto } from "../dto/common-dto.ts";
import { CommentDto, CommentsDto, DiffDto, HistoryDto } from "../dto/history-dto.ts";
import {
  CreatedReportDto,
  DatasetDto,
  DueAtDto,
  FullReportDto,
  IndicatorAnswerDto,
  ProjectAnswerDto,
  ReportListDto,
  ReportWithDatasetDto,
  RestoredDto,
  TransitionedDto,
  WrittenDatasetDto,
} from "../dto/report-dto.ts";
import { ScoresDto } from "../dto/scores-dto.ts";
import { addReportComment } from "../reports/add-report-comment.ts";
import { createReport } from "../reports/create-report.ts";
import { diffReportVersions } from "../reports/diff-report-versions.ts";
import { exportReportDataset } from "../reports/export-report-dataset.ts";
import type { TableRef } from "../reports/indicator-table.ts";
import { listReportComments } from "../reports/list-report-comments.ts";
import { listReports } from "../reports/list-reports.ts";
import { readFullReport } from "../reports/read-full-report.ts";
import { readReport } from "../reports/read-report.ts";
import { readReportHistory } from "../reports/read-report-history.ts";
import { readReportIndicator } from "../reports/read-report-indicator.ts";
import { readReportProject } from "../reports/read-report-project.ts";
import { readReportScores } from "../reports/read-report-scores.ts";
import { replaceReportDataset } from "../reports/replace-report-dataset.ts";
import { restoreReportVersion } from "../reports/restore-report-version.ts";
import { setReportDueAt } from "../reports/set-report-due-at.ts";
import { transitionReport } from "../reports/transition-report.ts";
import { updateIndicator } from "../reports/update-indicator.ts";
import { placeIn } from "../services/access.ts";
import type { Services } from "../services/services.ts";

const Version = z.number().int().positive();
const YearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }).strict();
const IndicatorFields = z
  .partialRecord(
    z.enum([
      "level1",
      "level2",
      "level3",
      "operator",
      "operatorPrinted",
      "target",
      "unit",
      "actual",
      "weight",
      "qualitativeGrade",
      "override",
      "reason",
    ]),
    z.unknown(),
  )
  .refine((fields) => Object.keys(fields).length > 0, "至少修改一个字段");

export function reportRoutes(services: Services) {
  const indicatorRoute = (table: "department" | "project") =>
    defineRoute({
      method: "patch",
      path:
        table === "department"
          ? "/api/reports/:id/department/indicators/:indicator"
          : "/api/reports/:id/projects/:project/indicators/:indicator",
      summary: table === "department" ? "修改部门整体表的一个指标（带版本号）" : "修改某项目表的一个指标（带版本号）",
      tag: "报表",
      access: "signedIn",
      response: WrittenDatasetDto,
      body: z.object({ version: Version, fields: IndicatorFields }).strict(),
      async handle({ c, actor, params, body }) {
        const ref: TableRef =
          table === "department" ? { kind: "department" } : { kind: "project", index: placeIn(params.project, "项目") };
        return updateIndicator(services, {
          actor,
          reportId: params.id as string,
          table: ref,
          index: placeIn(params.indicator, "指标"),
          version: body.version,
          fields: body.fields,
          prefetched: c.get("reportHead"),
        });
      },
    });

  return [
    defineRoute({
      method: "get",
      path: "/api/reports",
      summary: "本人可见的报表（本单位及下级单位）",
      tag: "报表",
      access: "signedIn",
      response: ReportListDto,
      query: YearQuery,
      async handle({ actor, query }) {
        return { reports: await listReports(services, { actor, year: query.year }) };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/reports",
      summary: "新建单位年度报表（可附数据集 JSON）",
      tag: "报表",
      access: "signedIn",
      response: CreatedReportDto,
      responses: { "409": "该年度报表已存在" },
      body: z
        .object({
          unitId: z.string().min(1).max(100),
          year: z.number().int().min(2000).max(2100),
          profileId: ProfileIdDto.optional(),
          dueAt: z.iso.datetime().optional(),
          dataset: z.unknown().optional(),
        })
        .strict(),
      async handle({ actor, body }) {
        return createReport(services, { actor, ...body });
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/reports/:id",
      summary: "报表及其数据集",
      tag: "报表",
      access: "signedIn",
      response: ReportWithDatasetDto,
      async handle({ actor, params }) {
        return readReport(services, { actor, reportId: params.id as string });
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/reports/:id/full",
      summary: "报表、数据集与计分校验结果（一次取回，供工作台加载）",
      tag: "报表",
      access: "signedIn",
      response: FullReportDto,
      async handle({ c, actor, params }) {
        return readFullReport(services, { actor, reportId: params.id as string, prefetched: c.get("reportHead") });
      },
    }),
    defineRoute({
      method: "put",
      path: "/api/reports/:id/dataset",
      summary: "以新的数据集替换（导入 JSON 或整体保存；带版本号）",
      tag: "报表",
      access: "signedIn",
      response: WrittenDatasetDto,
      body: z
        .object({ version: Version, dataset: z.unknown(), reason: z.enum(["edit", "import"]).default("edit") })
        .strict(),
      async handle({ c, actor, params, body }) {
        return replaceReportDataset(services, {
          actor,
          reportId: params.id as string,
          version: body.version,
          dataset: body.dataset,
          reason: body.reason,
          prefetched: c.get("reportHead"),
        });
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/reports/:id/export",
      summary: "导出数据集 JSON 文件",
      tag: "报表",
      access: "signedIn",
      response: { file: ["application/json"], description: "数据集 JSON 文件", schema: DatasetDto },
      async handle({ c, actor, params }) {
        const file = await exportReportDataset(services, { actor, reportId: params.id as string });
        return jsonText(c, file.json, {
          "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        });
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/reports/:id/projects/:project",
      summary: "一个项目（含其绩效自评表）",
      tag: "报表",
      access: "signedIn",
      response: ProjectAnswerDto,
      async handle({ actor, params }) {
        return readReportProject(services, {
          actor,
          reportId: params.id as string,
          project: placeIn(params.project, "项目"),
        });
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/reports/:id/projects/:project/indicators/:indicator",
      summary: "项目表中的一个指标",
      tag: "报表",
      access: "signedIn",
      response: IndicatorAnswerDto,
      async handle({ actor, params }) {
        return readReportIndicator(services, {
          actor,
          reportId: params.id as string,
          project: placeIn(params.project, "项目"),
          indicator: placeIn(params.indicator, "指标"),
        });
      },
    }),
    indicatorRoute("department"),
    indicatorRoute("project"),
    defineRoute({
      method: "get",
      path: "/api/reports/:id/scores",
      summary: "计分与校验结果（得分为精确小数文本，另给按规则方案舍入的显示值）",
      tag: "计分与校验",
      access: "signedIn",
      response: ScoresDto,
      async handle({ actor, params }) {
        return readReportScores(services, { actor, reportId: params.id as string });
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/reports/:id/transitions",
      summary:
        "流转：提交、提交单位负责人签字、撤回提交、单位负责人签字或退回、退回、审核通过、公开、撤回公开（带版本号；退回须填意见，撤回公开须填原因）",
      tag: "审核流程",
      access: "signedIn",
      response: TransitionedDto,
      responses: { "409": "版本冲突，或报表当前状态不能做此流转" },
      body: z
        .object({
          action: z.enum(WORKFLOW_ACTION_IDS as [string, ...string[]]),
          version: Version,
          comment: z.string().max(4000).default(""),
        })
        .strict(),
      async handle({ actor, params, body }) {
        return transitionReport(services, {
          actor,
          reportId: params.id as string,
          action: body.action as (typeof WORKFLOW_ACTION_IDS)[number],
          version: body.version,
          comment: body.comment,
        });
      },
    }),
    defineRoute({
      method: "put",
      path: "/api/reports/:id/due-at",
      summary: "设置或清除报送截止时间（主管部门审核人、财政审核人、管理员；单位不能设置）",
      tag: "审核流程",
      access: "signedIn",
      response: DueAtDto,
      body: z.object({ dueAt: z.iso.datetime().nullable() }).strict(),
      async handle({ c, actor, params, body }) {
        return setReportDueAt(services, {
          actor,
          reportId: params.id as string,
          dueAt: body.dueAt,
          prefetched: c.get("reportHead"),
        });
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/reports/:id/history",
      summary:
        "修改历史与流转记录（谁、何时、改了什么）；版本按页返回，新的在前（limit 缺省 100、至多 500；before 为上一页的 nextBefore）",
      tag: "审核流程",
      access: "signedIn",
      response: HistoryDto,
      query: z
        .object({
          limit: z.coerce.number().int().min(1).max(500).optional(),
          before: z.coerce.number().int().positive().optional(),
        })
        .strict(),
      async handle({ c, actor, params, query }) {
        return readReportHistory(services, {
          actor,
          reportId: params.id as string,
          ...query,
          prefetched: c.get("reportHead"),
        });
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/reports/:id/diff",
      summary: "两个版本之间的差异（缺省为最近两次提交之间）",
      tag: "审核流程",
      access: "signedIn",
      response: DiffDto,
      query: z
        .object({
          from: z.coerce.number().int().positive().optional(),
          to: z.coerce.number().int().positive().optional(),
        })
        .strict(),
      async handle({ c, actor, params, query }) {
        return diffReportVersions(services, {
          actor,
          reportId: params.id as string,
          ...query,
          prefetched: c.get("reportHead"),
        });
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/reports/:id/restore",
      summary: "管理员恢复历史版本（作为新版本保存）",
      tag: "审核流程",
      access: "signedIn",
      response: RestoredDto,
      body: z.object({ toVersion: Version, version: Version }).strict(),
      async handle({ actor, params, body }) {
        return restoreReportVersion(services, { actor, reportId: params.id as string, ...body });
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/reports/:id/comments",
      summary: "审核意见与批注",
      tag: "审核流程",
      access: "signedIn",
      response: CommentsDto,
      async handle({ c, actor, params }) {
        return {
          comments: await listReportComments(services, {
            actor,
            reportId: params.id as string,
            prefetched: c.get("reportHead"),
          }),
        };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/reports/:id/comments",
      summary: "添加意见（可指向数据集中的某个字段）",
      tag: "审核流程",
      access: "signedIn",
      response: CommentDto,
      body: z.object({ body: z.string().min(1).max(4000), path: z.string().max(300).default("") }).strict(),
      async handle({ c, actor, params, body }) {
        return addReportComment(services, {
          actor,
          reportId: params.id as string,
          ...body,
          prefetched: c.get("reportHead"),
        });
      },
    }),
  ];
}
