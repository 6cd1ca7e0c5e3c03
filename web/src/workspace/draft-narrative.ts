/**
 * 生成草稿: the formulaic sentences of a self-evaluation report, written from the figures by the same functions the
 * Word report uses (src/core/narrative), as narrative sections the user then edits. A section that already has
 * text of the user's is left as it is; only missing or empty ones are filled.
 */
import type { Dataset, NarrativeSection } from "../../../src/core/dataset/schema.ts";
import { describeBudgetAdjustment } from "../../../src/core/narrative/self-evaluation/describe-budget-adjustment.ts";
import { describeExecution } from "../../../src/core/narrative/self-evaluation/describe-execution.ts";
import { describeShortfalls } from "../../../src/core/narrative/self-evaluation/describe-shortfalls.ts";
import { describeSpendingScale } from "../../../src/core/narrative/self-evaluation/describe-spending-scale.ts";
import { describeStaff } from "../../../src/core/narrative/self-evaluation/describe-staff.ts";
import { describeTotalScore } from "../../../src/core/narrative/self-evaluation/describe-total-score.ts";
import type { RuleProfile } from "../../../src/core/profiles/profile-schema.ts";
import type { DatasetScores } from "../../../src/core/scoring/score-types.ts";

/** The sections a draft fills, by title (the titles of the report outline). */
export function draftSections(dataset: Dataset, scores: DatasetScores, profile: RuleProfile): NarrativeSection[] {
  const sections: NarrativeSection[] = [];
  const add = (title: string, paragraphs: string[]) => {
    const text = paragraphs.filter((paragraph) => paragraph.trim() !== "").join("\n");
    if (text !== "") sections.push({ title, text });
  };
  add("部门基本情况", dataset.unit ? [describeStaff(dataset.unit, dataset.year)] : []);
  add("部门整体收支情况", dataset.finalAccounts ? describeSpendingScale(dataset.finalAccounts, dataset.year) : []);
  const table = scores.department;
  const executionRow = dataset.department?.evaluation?.execution.find((row) => row.role === "total");
  add("预算执行情况", [
    table?.execution ? describeExecution(table.execution, executionRow, profile) : "",
    describeBudgetAdjustment(
      executionRow,
      dataset.budget?.adjustmentStatement ? { statement: dataset.budget.adjustmentStatement } : {},
    ),
  ]);
  add("自评结论", table ? [describeTotalScore(table, profile, "部门整体支出")] : []);
  add("存在的问题及原因分析", table ? [describeShortfalls(table, profile, { year: dataset.year })] : []);
  return sections;
}

/** The dataset's narrative with the draft's sections added where the title is missing or its text is empty. */
export function mergeDraft(
  narrative: readonly NarrativeSection[],
  draft: readonly NarrativeSection[],
): { narrative: NarrativeSection[]; filled: number } {
  const merged = narrative.slice();
  let filled = 0;
  for (const section of draft) {
    const at = merged.findIndex((existing) => existing.title === section.title);
    if (at === -1) {
      merged.push(section);
      filled++;
    } else if ((merged[at] as NarrativeSection).text.trim() === "") {
      merged[at] = { ...(merged[at] as NarrativeSection), text: section.text };
      filled++;
    }
  }
  return { narrative: merged, filled };
}
