/** Scores every evaluation table of a dataset: the department table and each project's. */
import { datasetInWan } from "../dataset/amount-unit.ts";
import type { Dataset } from "../dataset/schema.ts";
import type { RuleProfile } from "../profiles/profile-schema.ts";
import { scoreTable } from "./score-table.ts";
import type { DatasetScores } from "./score-types.ts";

export function scoreDataset(input: Dataset, profile: RuleProfile): DatasetScores {
  // Amounts of a 元 document are read from its exact 万元 working copy (the same object for a 万元 one).
  const dataset = datasetInWan(input);
  const options = { reportYear: dataset.year };
  const departmentTable = dataset.department?.evaluation;
  return {
    department: departmentTable ? scoreTable(departmentTable, "department.evaluation", profile, options) : null,
    projects: dataset.projects.map((project, i) =>
      project.evaluation ? scoreTable(project.evaluation, `projects[${i}].evaluation`, profile, options) : null,
    ),
  };
}
