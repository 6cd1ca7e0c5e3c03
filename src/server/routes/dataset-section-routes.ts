/** Saving one section of a report's dataset (the page's autosave): PATCH with the version it was edited from. */
import { z } from "zod";
import { defineRoute } from "../api-route.ts";
import { AppError } from "../app-error.ts";
import { WrittenDatasetDto } from "../dto/report-dto.ts";
import { DATASET_SECTIONS, parseSectionRef, saveDatasetSection } from "../reports/save-dataset-section.ts";
import type { Services } from "../services/services.ts";

export function datasetSectionRoutes(services: Services) {
  return [
    defineRoute({
      method: "patch",
      path: "/api/reports/:id/dataset/sections/:section",
      summary: `保存数据集的一个部分（带版本号）：${Object.keys(DATASET_SECTIONS).join("、")}，或一个项目 projects.N`,
      tag: "报表",
      access: "signedIn",
      response: WrittenDatasetDto,
      body: z
        .object({ version: z.number().int().positive(), value: z.unknown() })
        .strict()
        .refine((body) => body.value !== undefined, {
          message: "缺少 value（要删除该部分请传 null）",
          path: ["value"],
        }),
      responses: {
        "409": "报表已被他人修改（版本号不是当前版本）",
        "422": "该部分不合规，未保存（details.issues 列出每处问题及其位置）",
      },
      async handle({ c, actor, params, body }) {
        const ref = parseSectionRef(params.section ?? "");
        if (!ref) throw new AppError("not-found", `数据集没有“${params.section ?? ""}”这一部分`);
        return saveDatasetSection(services, {
          actor,
          reportId: params.id as string,
          ref,
          version: body.version,
          value: body.value,
          prefetched: c.get("reportHead"),
        });
      },
    }),
  ];
}
