/** The checks that judge weights, scores, grades, reasons, operators and units of the evaluation tables. */
import type { AuditCheck } from "./audit-check.ts";
import { actualRestatesTarget } from "./scoring-checks/actual-restates-target.ts";
import { blankActualScored } from "./scoring-checks/blank-actual-scored.ts";
import { budgetAccuracy } from "./scoring-checks/budget-accuracy.ts";
import { costActual } from "./scoring-checks/cost-actual.ts";
import { executionRate } from "./scoring-checks/execution-rate.ts";
import { executionScore } from "./scoring-checks/execution-score.ts";
import { executionTotalZero } from "./scoring-checks/execution-total-zero.ts";
import { gradeMatchesScore } from "./scoring-checks/grade.ts";
import { indicatorNameTarget } from "./scoring-checks/indicator-name-target.ts";
import { operatorGlyph } from "./scoring-checks/operator-glyph.ts";
import { overAchievementReason } from "./scoring-checks/over-achievement-reason.ts";
import { publishedScore } from "./scoring-checks/published-score.ts";
import { qualitativeBand } from "./scoring-checks/qualitative-band.ts";
import { reasonMissing } from "./scoring-checks/reason-missing.ts";
import { roundingTruncated } from "./scoring-checks/rounding-truncated.ts";
import { scoreOverWeight } from "./scoring-checks/score-over-weight.ts";
import { scoreRule } from "./scoring-checks/score-rule.ts";
import { strictOperatorEqual } from "./scoring-checks/strict-operator-equal.ts";
import { totalScore } from "./scoring-checks/total-score.ts";
import { unitMismatch } from "./scoring-checks/unit-mismatch.ts";
import { weightSum } from "./scoring-checks/weight-sum.ts";

export const scoringChecks: AuditCheck[] = [
  weightSum,
  scoreOverWeight,
  totalScore,
  executionRate,
  executionScore,
  executionTotalZero,
  roundingTruncated,
  gradeMatchesScore,
  scoreRule,
  qualitativeBand,
  reasonMissing,
  overAchievementReason,
  strictOperatorEqual,
  blankActualScored,
  actualRestatesTarget,
  unitMismatch,
  operatorGlyph,
  indicatorNameTarget,
  costActual,
  budgetAccuracy,
  publishedScore,
];
