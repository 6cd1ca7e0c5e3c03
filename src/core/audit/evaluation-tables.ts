/**
 * Every self-evaluation table of a dataset with its scores and a Chinese label for messages
 * ("项目“州本级单位缴费”" or "部门整体自评表"), so scoring checks walk tables one way.
 * @module
 */
import type { EvaluationTable } from "../dataset/schema.ts";
import type { TableScore } from "../scoring/score-types.ts";
import type { AuditContext } from "./audit-check.ts";

export interface ScoredTable {
  table: EvaluationTable;
  score: TableScore;
  path: string;
  label: string;
}

/**
 * The scored tables of the run (listed once and shared by every scoring check, see RunContext), or of the context
 * when a check runs on its own. Read-only: checks walk it.
 */
export function listScoredTables(context: AuditContext): readonly ScoredTable[] {
  return context.scoredTables?.() ?? collectScoredTables(context);
}

/** The tables with their scores, labels and paths, listed afresh. */
export function collectScoredTables(context: AuditContext): ScoredTable[] {
  const tables: ScoredTable[] = [];
  const department = context.dataset.department?.evaluation;
  if (department && context.scores.department) {
    tables.push({
      table: department,
      score: context.scores.department,
      path: "department.evaluation",
      label: "部门整体自评表",
    });
  }
  context.dataset.projects.forEach((project, i) => {
    const score = context.scores.projects[i];
    if (project.evaluation && score) {
      tables.push({
        table: project.evaluation,
        score,
        path: `projects[${i}].evaluation`,
        label: `项目“${project.name}”`,
      });
    }
  });
  return tables;
}

/** An indicator name short enough for a message: some tables put a whole paragraph in the 三级指标 cell. */
export function shortName(name: string, max = 24): string {
  const flat = name.replace(/\s+/g, "");
  return flat.length <= max ? flat : `${flat.slice(0, max)}…`;
}
