/**
 * The shape of a consistency check. Each check lives in its own file under `checks/`, has a stable code, a default
 * severity and a Chinese title, and returns findings for one dataset. Checks read the dataset, the rule profile and
 * the scores; they never change anything.
 * @module
 */
import type { Dataset } from "../dataset/schema.ts";
import type { Finding, Severity } from "../findings/finding.ts";
import type { RuleProfile } from "../profiles/profile-schema.ts";
import type { DatasetScores } from "../scoring/score-types.ts";
import type { DatasetText, TextScreen } from "./dataset-texts.ts";
import type { ScoredTable } from "./evaluation-tables.ts";

export interface AuditContext {
  dataset: Dataset;
  profile: RuleProfile;
  scores: DatasetScores;
  /**
   * The dataset's free texts (`listDatasetTexts`), listed once for all the text checks of a run; a check run on its
   * own lists them itself (see `datasetTexts`).
   */
  texts?: readonly DatasetText[];
  /**
   * The texts that pass a text check's screen (`screenedTexts`), all screens tested in one walk for the run; a check
   * run on its own filters the dataset's texts itself.
   */
  screenedTexts?(screen: TextScreen): readonly DatasetText[];
  /** The scored tables (`listScoredTables`), listed once for all the scoring checks of a run. */
  scoredTables?(): readonly ScoredTable[];
}

export interface AuditCheck {
  /** Stable code, upper-case words joined by hyphens: `SUM-PARTS`, `SHARE`, `SCORE-OVER-WEIGHT`. */
  code: string;
  /** Default severity; a check may lower it for a finding (a rounding difference is info). */
  severity: Severity;
  /** Chinese name of the check for the catalogue. */
  title: string;
  run(context: AuditContext): Finding[];
}
