/**
 * The total and grade the workspace header shows: the department's 部门整体支出绩效自评表 as core scores it, or — for a
 * department whose report is scored by its evaluation framework (凉山's 2023年凉山州部门预算绩效评价指标体系, five
 * dimensions adding to 97) and that has no such table — the framework as core's scoreFramework scores it, the figures
 * its 部门整体绩效自评得分表 and 评价结论 print. Nothing is computed here.
 */
import type { Dataset } from "../../../src/core/dataset/schema.ts";
import { scoreFramework } from "../../../src/core/narrative/self-evaluation/framework-score.ts";
import type { Dec } from "../../../src/core/numbers/decimal.ts";
import type { RuleProfile } from "../../../src/core/profiles/profile-schema.ts";
import type { TableScore } from "../../../src/core/scoring/score-types.ts";

export interface HeaderScore {
  /** What was scored: the self-evaluation table, or the framework by dimension. */
  source: "table" | "framework";
  total: Dec;
  totalWeight: Dec;
  /** Null while something is unscored (a framework dimension without its score). */
  grade: string | null;
}

export function headerScore(department: TableScore | null, dataset: Dataset, profile: RuleProfile): HeaderScore | null {
  const framework = dataset.department?.framework;
  // A table with weights is the report's score; an empty table beside a framework is not (a new table not yet filled).
  if (department && (department.totalWeight.gt(0) || !framework)) {
    return { source: "table", total: department.total, totalWeight: department.totalWeight, grade: department.grade };
  }
  if (!framework) return null;
  const scored = scoreFramework(framework, profile);
  return { source: "framework", total: scored.total, totalWeight: scored.weight, grade: scored.grade };
}
