/** Scores every evaluation table of a dataset: the department table and each project's. */
import type { Dataset } from "../dataset/schema.ts";
import type { RuleProfile } from "../profiles/profile-schema.ts";
import { scoreTable } from "./score-table.ts";
import type { DatasetScores } from "./score-types.ts";

export function scoreDataset(dataset: Dataset, profile: RuleProfile): DatasetScores {
  const departmentTable = dataset.department?.evaluation;
  return {
    department: departmentTable ? scoreTable(departmentTable, "department.evaluation", profile) : null,
    projects: dataset.projects.map((project, i) =>
      project.evaluation ? scoreTable(project.evaluation, `projects[${i}].evaluation`, profile) : null,
    ),
  };
}
