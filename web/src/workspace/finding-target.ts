/**
 * Where in the workspace a finding's dataset path is: the section to open and, for an indicator, the grid cell to
 * focus. ["projects", 3, "evaluation", "indicators", 2, "actual"] → the editor of project 3, row 2, 完成值.
 */
import { type DatasetPath, formatPath, pathStartsWith } from "../../../src/core/dataset/dataset-path.ts";
import type { Indicator } from "../../../src/core/dataset/schema.ts";

export type SectionId =
  | "basic"
  | "execution"
  | "final-accounts"
  | "indicators"
  | "projects"
  | `project-${number}`
  | "published-scores"
  | "narrative"
  | "audit"
  | "documents";

export interface FindingTarget {
  section: SectionId;
  /** A grid cell to focus. */
  cell?: { row: number; field: keyof Indicator };
  /** The dataset path of the form field to focus (inputs carry it as data-path). */
  path: string;
}

/**
 * The place of a finding's path (`finding.path`, the segments the audit gives beside its location text); null for a
 * finding without one (a prose line).
 */
export function findingTarget(path: DatasetPath | undefined): FindingTarget | null {
  if (path === undefined || path.length === 0) return null;
  const text = formatPath(path);
  const [head, second] = path;
  const table = head === "department" ? 1 : head === "projects" && typeof second === "number" ? 2 : null;
  const projectSection: SectionId | null =
    head === "projects" && typeof second === "number" ? `project-${second}` : null;
  if (table !== null && path[table] === "evaluation" && path[table + 1] === "indicators") {
    const row = path[table + 2];
    if (typeof row === "number") {
      const next = path[table + 3];
      const field = (typeof next === "string" ? next : "actual") as keyof Indicator;
      return { section: projectSection ?? "indicators", cell: { row, field }, path: text };
    }
  }
  if (projectSection) return { section: projectSection, path: text };
  if (pathStartsWith(path, ["department", "evaluation", "execution"]) || head === "budget")
    return { section: "execution", path: text };
  if (head === "department") return { section: "indicators", path: text };
  if (head === "finalAccounts") return { section: "final-accounts", path: text };
  if (head === "unit" || head === "basicData") return { section: "basic", path: text };
  if (head === "narrative") return { section: "narrative", path: text };
  if (head === "publishedScores") return { section: "published-scores", path: text };
  return null;
}
