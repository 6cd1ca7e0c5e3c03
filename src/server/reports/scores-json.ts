/**
 * Scores and findings as JSON: Decimals become strings (exact), rounded figures are given beside them as the
 * documents print them, so a client never does arithmetic on binary floats.
 * @module
 */
import type { AuditResult } from "../../core/audit/run-audit.ts";
import { countBySeverity } from "../../core/findings/finding.ts";
import type { RuleProfile } from "../../core/profiles/profile-schema.ts";
import type { TableScore } from "../../core/scoring/score-types.ts";
import { showPercent, showScore } from "../../core/display/show-number.ts";
import type { ScoresDto, TableScoreDto } from "../dto/scores-dto.ts";

function tableJson(table: TableScore, profile: RuleProfile): TableScoreDto {
  const places = profile.rounding.indicatorDecimals;
  return {
    path: table.path,
    total: table.total.toString(),
    totalShown: showScore(table.total, profile.rounding.totalDecimals),
    totalWeight: table.totalWeight.toString(),
    grade: table.grade,
    execution: table.execution && {
      rate: table.execution.rate?.toString() ?? null,
      rateShown: showPercent(table.execution.rate, profile.rounding.rateDecimals),
      score: table.execution.score?.toString() ?? null,
      weight: table.execution.weight.toString(),
      explanation: table.execution.explanation,
    },
    indicators: table.indicators.map((s) => ({
      path: s.path,
      weight: s.weight.toString(),
      suggested: s.suggested?.toString() ?? null,
      final: s.final?.toString() ?? null,
      finalShown: s.final ? showScore(s.final, places) : null,
      status: s.status,
      overridden: s.overridden,
      explanation: s.explanation,
    })),
    subtotals: table.subtotals.map((s) => ({
      level1: s.level1,
      level2: s.level2,
      weight: s.weight.toString(),
      score: s.score.toString(),
    })),
  };
}

/** The audit as stored beside the dataset and answered by the API (ScoresDto). */
export function auditResultJson(result: AuditResult, profile: RuleProfile): ScoresDto {
  return {
    profile: { id: profile.id, name: profile.name },
    department: result.scores.department && tableJson(result.scores.department, profile),
    projects: result.scores.projects.map((table) => table && tableJson(table, profile)),
    findings: result.findings,
    counts: countBySeverity(result.findings),
  };
}
