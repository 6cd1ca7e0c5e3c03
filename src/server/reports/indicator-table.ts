/** Where an indicator table sits in a dataset — the department's, or project n's — and a dataset with one changed. */
import type { Dataset, Indicator } from "../../core/dataset/schema.ts";

/** The department's indicator table, or project n's. */
export type TableRef = { kind: "department" } | { kind: "project"; index: number };

export function indicatorsOf(dataset: Dataset, table: TableRef): Indicator[] | undefined {
  if (table.kind === "department") return dataset.department?.evaluation?.indicators;
  return dataset.projects[table.index]?.evaluation?.indicators;
}

/** The dataset path of the table's owner: ["department"] or ["projects", n]. */
export function tablePath(table: TableRef): (string | number)[] {
  return table.kind === "department" ? ["department"] : ["projects", table.index];
}

/** "部门整体表" or "项目 n " (as in "指标 项目 2 第 3 行"). */
export function describeTable(table: TableRef): string {
  return table.kind === "department" ? "部门整体表" : `项目 ${table.index + 1} `;
}

/** A copy of `dataset` with one indicator replaced: new objects along the path to it, everything else shared. */
export function withIndicator(dataset: Dataset, table: TableRef, index: number, indicator: Indicator): Dataset {
  const replaceIn = <T extends { evaluation?: { indicators: Indicator[] } }>(owner: T): T => {
    const evaluation = owner.evaluation as NonNullable<T["evaluation"]>;
    const indicators = evaluation.indicators.slice();
    indicators[index] = indicator;
    return { ...owner, evaluation: { ...evaluation, indicators } };
  };
  if (table.kind === "department")
    return { ...dataset, department: replaceIn(dataset.department as NonNullable<Dataset["department"]>) };
  const projects = dataset.projects.slice();
  projects[table.index] = replaceIn(projects[table.index] as Dataset["projects"][number]);
  return { ...dataset, projects };
}
