/**
 * Saves one section of a report's dataset (单位信息, 决算, one project, …) against the version it was edited from: the
 * page sends what changed, not the whole dataset. Only that section is validated, with the core schema itself (the
 * section set into an otherwise empty dataset of the report's year, so that the schema's own cross-checks — two
 * projects with the same code and name — still apply to it); a refused section changes nothing and answers 422 with
 * every problem located by its dataset path. The write goes through editReportDataset, the same edit path as an
 * indicator's PATCH (version rule, editing rights, history).
 * @module
 */
import type { Dataset } from "../../core/dataset/schema.ts";
import { validateDataset } from "../../core/dataset/validate-dataset.ts";
import type { ReportHead } from "../../storage/reports-repository.ts";
import { AppError, invalidInput, notFound } from "../app-error.ts";
import type { Actor } from "../services/auth-service.ts";
import type { Services } from "../services/services.ts";
import { editReportDataset } from "./edit-report-dataset.ts";
import type { WrittenDataset } from "./report-writes.ts";

/** The sections a page may save on their own, with the name a user knows them by. */
export const DATASET_SECTIONS = {
  source: "数据来源",
  amountUnit: "金额单位",
  unit: "单位信息",
  basicData: "基础数据表",
  budget: "预算",
  department: "部门整体支出绩效自评表",
  finalAccounts: "决算",
  projects: "项目",
  narrative: "叙述",
  publishedScores: "公布的得分",
  filing: "报送信息（封面、主送、落款、日期）",
} as const satisfies Record<Exclude<keyof Dataset, "formatVersion" | "year">, string>;

export type DatasetSectionName = keyof typeof DATASET_SECTIONS;

/** A section as the route names it: a top-level part, or one project ("projects.3"). */
export type SectionRef = { section: DatasetSectionName } | { section: "projects"; project: number };

/** "unit" → { section: "unit" }; "projects.3" → one project; anything else → null. */
export function parseSectionRef(text: string): SectionRef | null {
  const project = /^projects\.(\d{1,3})$/.exec(text);
  if (project) return { section: "projects", project: Number(project[1]) };
  return Object.hasOwn(DATASET_SECTIONS, text) ? { section: text as DatasetSectionName } : null;
}

export interface SaveDatasetSectionOptions {
  actor: Actor;
  reportId: string;
  ref: SectionRef;
  /** The version the page edited. */
  version: number;
  /** The section's new value; null removes an optional section (not allowed for one project). */
  value: unknown;
  prefetched?: ReportHead | undefined;
}

export async function saveDatasetSection(
  services: Services,
  options: SaveDatasetSectionOptions,
): Promise<WrittenDataset> {
  const { ref, value } = options;
  if ("project" in ref && value === null)
    throw new AppError("invalid", "删除项目请保存整个 projects 部分", {
      location: `projects[${ref.project}]`,
      details: { issues: [{ location: `projects[${ref.project}]`, message: "不能为空" }] },
    });
  return editReportDataset(services, {
    ...options,
    change: (before, head) => {
      if ("project" in ref) {
        if (ref.project >= before.projects.length) throw notFound(`项目 projects[${ref.project}]`);
        const projects = before.projects.slice();
        projects[ref.project] = value as Dataset["projects"][number];
        const valid = requireValidSection(
          before,
          head,
          "projects",
          projects,
          `${DATASET_SECTIONS.projects}“${projectName(before, ref.project)}”`,
        );
        // Only this project changed: the others keep their identity, so the diff skips them.
        const saved = before.projects.slice();
        saved[ref.project] = (valid as Dataset["projects"])[ref.project] as Dataset["projects"][number];
        return { ...before, projects: saved };
      }
      const next: Record<string, unknown> = { ...before };
      if (value === null) {
        if (ref.section === "projects" || ref.section === "narrative" || ref.section === "publishedScores")
          next[ref.section] = [];
        else delete next[ref.section];
        return next as Dataset;
      }
      next[ref.section] = requireValidSection(before, head, ref.section, value, DATASET_SECTIONS[ref.section]);
      if (ref.section === "unit" && (next.unit as Dataset["unit"])?.name !== head.unit_name) {
        // The report's unit names the dataset's unit (withReportUnit); a rename here would be undone.
        throw new AppError(
          "invalid",
          `“单位信息”未保存：unit.name 单位名称由报表所属单位决定（${head.unit_name}），不能在此修改`,
          {
            location: "unit.name",
            details: { issues: [{ location: "unit.name", message: `单位名称应为“${head.unit_name}”` }] },
          },
        );
      }
      return next as Dataset;
    },
  });
}

/** The section validated by the core schema in its place; "invalid" naming the section and each problem's path otherwise. */
function requireValidSection(
  before: Dataset,
  head: ReportHead,
  section: DatasetSectionName,
  value: unknown,
  label: string,
): unknown {
  const result = validateDataset({ formatVersion: before.formatVersion, year: head.year, [section]: value });
  if (!result.ok) throw invalidInput(`“${label}”未保存：`, result.issues);
  return result.dataset[section];
}

function projectName(dataset: Dataset, index: number): string {
  return dataset.projects[index]?.name || `第 ${index + 1} 个`;
}
