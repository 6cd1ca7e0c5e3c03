/** Unit-year reports: list, create, read, edit (whole dataset or one indicator), score and audit, workflow, history. */
import { z } from "zod";
import { defineRoute, jsonText } from "../api-route.ts";
import { HttpError } from "../http-error.ts";
import type { TableRef } from "../services/report-service.ts";
import type { Services } from "../services/services.ts";
import { STATUS_NAMES, WORKFLOW_ACTION_IDS } from "../../core/workflow/workflow.ts";

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

function index(text: string | undefined, what: string): number {
  if (!text || !/^\d{1,4}$/.test(text)) throw new HttpError(404, `${what}序号无效`);
  return Number(text);
}

function reportSummary(row: { status: keyof typeof STATUS_NAMES } & Record<string, unknown>) {
  return { ...row, statusName: STATUS_NAMES[row.status] };
}

export function reportRoutes(services: Services) {
  const reports = services.reportService;
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
      body: z.object({ version: Version, fields: IndicatorFields }).strict(),
      async handle({ c, actor, params, body }) {
        const ref: TableRef =
          table === "department" ? { kind: "department" } : { kind: "project", index: index(params.project, "项目") };
        return reports.updateIndicator(
          actor,
          params.id as string,
          ref,
          index(params.indicator, "指标"),
          body.version,
          body.fields,
          c.get("reportHead"),
        );
      },
    });

  return [
    defineRoute({
      method: "get",
      path: "/api/reports",
      summary: "本人可见的报表（本单位及下级单位）",
      tag: "报表",
      access: "signedIn",
      query: YearQuery,
      async handle({ actor, query }) {
        return { reports: (await reports.list(actor, query)).map(reportSummary) };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/reports",
      summary: "新建单位年度报表（可附数据集 JSON）",
      tag: "报表",
      access: "signedIn",
      body: z
        .object({
          unitId: z.string().min(1).max(100),
          year: z.number().int().min(2000).max(2100),
          profileId: z.enum(["national", "sichuan", "hunan"]).optional(),
          dueAt: z.iso.datetime().optional(),
          dataset: z.unknown().optional(),
        })
        .strict(),
      async handle({ actor, body }) {
        const row = await reports.create(actor, body);
        return { id: row.id, version: row.version, status: row.status };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/reports/:id",
      summary: "报表及其数据集",
      tag: "报表",
      access: "signedIn",
      async handle({ actor, params }) {
        const { report, unit, dataset } = await reports.read(actor, params.id as string);
        const { dataset: _text, audit: _audit, ...meta } = report;
        return { report: { ...reportSummary(meta), unitName: unit.name }, dataset };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/reports/:id/full",
      summary: "报表、数据集与计分校验结果（一次取回，供工作台加载）",
      tag: "报表",
      access: "signedIn",
      async handle({ c, actor, params }) {
        const body = await reports.fullJson(actor, params.id as string, c.get("reportHead"));
        // An encoder's output owns its whole buffer, so the buffer is the body.
        return c.body(body.buffer as ArrayBuffer, 200, { "content-type": "application/json; charset=utf-8" });
      },
    }),
    defineRoute({
      method: "put",
      path: "/api/reports/:id/dataset",
      summary: "以新的数据集替换（导入 JSON 或整体保存；带版本号）",
      tag: "报表",
      access: "signedIn",
      body: z
        .object({ version: Version, dataset: z.unknown(), reason: z.enum(["edit", "import"]).default("edit") })
        .strict(),
      async handle({ actor, params, body }) {
        return reports.replaceDataset(actor, params.id as string, body.version, body.dataset, body.reason);
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/reports/:id/export",
      summary: "导出数据集 JSON 文件",
      tag: "报表",
      access: "signedIn",
      async handle({ c, actor, params }) {
        const { report, unit, dataset } = await reports.read(actor, params.id as string);
        const name = encodeURIComponent(`${unit.name}-${report.year}-数据集.json`);
        return jsonText(c, JSON.stringify(dataset, null, 2), {
          "content-disposition": `attachment; filename*=UTF-8''${name}`,
        });
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/reports/:id/projects/:project",
      summary: "一个项目（含其绩效自评表）",
      tag: "报表",
      access: "signedIn",
      async handle({ actor, params }) {
        const { dataset } = await reports.read(actor, params.id as string);
        const project = dataset.projects[index(params.project, "项目")];
        if (!project) throw new HttpError(404, "项目不存在或无权查看");
        return { project };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/reports/:id/projects/:project/indicators/:indicator",
      summary: "项目表中的一个指标",
      tag: "报表",
      access: "signedIn",
      async handle({ actor, params }) {
        const { dataset } = await reports.read(actor, params.id as string);
        const indicator =
          dataset.projects[index(params.project, "项目")]?.evaluation?.indicators[index(params.indicator, "指标")];
        if (!indicator) throw new HttpError(404, "指标不存在或无权查看");
        return { indicator };
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
      async handle({ c, actor, params }) {
        return jsonText(c, await reports.scoresJson(actor, params.id as string));
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/reports/:id/transitions",
      summary: "流转：提交、撤回提交、退回、审核通过、公开、撤回公开（带版本号；退回须填意见，撤回公开须填原因）",
      tag: "审核流程",
      access: "signedIn",
      body: z
        .object({
          action: z.enum(WORKFLOW_ACTION_IDS as [string, ...string[]]),
          version: Version,
          comment: z.string().max(4000).default(""),
        })
        .strict(),
      async handle({ actor, params, body }) {
        return reports.transition(
          actor,
          params.id as string,
          body.action as (typeof WORKFLOW_ACTION_IDS)[number],
          body.version,
          body.comment,
        );
      },
    }),
    defineRoute({
      method: "put",
      path: "/api/reports/:id/due-at",
      summary: "设置或清除报送截止时间（主管部门审核人、财政审核人、管理员；单位不能设置）",
      tag: "审核流程",
      access: "signedIn",
      body: z.object({ dueAt: z.iso.datetime().nullable() }).strict(),
      async handle({ actor, params, body }) {
        return reports.setDueAt(actor, params.id as string, body.dueAt);
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/reports/:id/history",
      summary:
        "修改历史与流转记录（谁、何时、改了什么）；版本按页返回，新的在前（limit 缺省 100、至多 500；before 为上一页的 nextBefore）",
      tag: "审核流程",
      access: "signedIn",
      query: z
        .object({
          limit: z.coerce.number().int().min(1).max(500).optional(),
          before: z.coerce.number().int().positive().optional(),
        })
        .strict(),
      async handle({ actor, params, query }) {
        return reports.history(actor, params.id as string, query);
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/reports/:id/diff",
      summary: "两个版本之间的差异（缺省为最近两次提交之间）",
      tag: "审核流程",
      access: "signedIn",
      query: z
        .object({
          from: z.coerce.number().int().positive().optional(),
          to: z.coerce.number().int().positive().optional(),
        })
        .strict(),
      async handle({ actor, params, query }) {
        return reports.diff(actor, params.id as string, query.from, query.to);
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/reports/:id/restore",
      summary: "管理员恢复历史版本（作为新版本保存）",
      tag: "审核流程",
      access: "signedIn",
      body: z.object({ toVersion: Version, version: Version }).strict(),
      async handle({ actor, params, body }) {
        return { version: await reports.restore(actor, params.id as string, body.toVersion, body.version) };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/reports/:id/comments",
      summary: "审核意见与批注",
      tag: "审核流程",
      access: "signedIn",
      async handle({ actor, params }) {
        return { comments: await reports.comments(actor, params.id as string) };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/reports/:id/comments",
      summary: "添加意见（可指向数据集中的某个字段）",
      tag: "审核流程",
      access: "signedIn",
      body: z.object({ body: z.string().min(1).max(4000), path: z.string().max(300).default("") }).strict(),
      async handle({ actor, params, body }) {
        return reports.addComment(actor, params.id as string, body.body, body.path);
      },
    }),
  ];
}
