/**
 * Where in the workspace a finding's dataset path is: the section to open and, for an indicator, the grid cell to
 * focus. "projects[3].evaluation.indicators[2].actual" → the editor of project 3, row 2, 完成值.
 */
import type { Indicator } from "../../../src/core/dataset/schema.ts";

export type SectionId =
  | "basic"
  | "execution"
  | "final-accounts"
  | "indicators"
  | "projects"
  | `project-${number}`
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

const INDICATOR = /^(department|projects\[(\d+)\])\.evaluation\.indicators\[(\d+)\](?:\.(\w+))?/;

export function findingTarget(location: string): FindingTarget | null {
  const indicator = INDICATOR.exec(location);
  if (indicator) {
    const project = indicator[2];
    const field = (indicator[4] ?? "actual") as keyof Indicator;
    return {
      section: project === undefined ? "indicators" : `project-${Number(project)}`,
      cell: { row: Number(indicator[3]), field },
      path: location,
    };
  }
  const project = /^projects\[(\d+)\]/.exec(location);
  if (project) return { section: `project-${Number(project[1])}`, path: location };
  if (location.startsWith("department.evaluation.execution") || location.startsWith("budget"))
    return { section: "execution", path: location };
  if (location.startsWith("department")) return { section: "indicators", path: location };
  if (location.startsWith("finalAccounts")) return { section: "final-accounts", path: location };
  if (location.startsWith("unit") || location.startsWith("basicData")) return { section: "basic", path: location };
  if (location.startsWith("narrative")) return { section: "narrative", path: location };
  return null;
}
