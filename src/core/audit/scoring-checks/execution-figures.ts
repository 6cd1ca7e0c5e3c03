/**
 * The printed execution figures of a table recomputed: rate = 执行数 ÷ 预算数 for every row (the profile's base,
 * else a single 预算数 column), and the score of the row that prints it. Shared by the EXECUTION-RATE, EXECUTION-SCORE and ROUNDING-TRUNCATED checks so they judge the
 * same numbers the same way.
 * @module
 */
import type { ExecutionRow } from "../../dataset/schema.ts";
import { wanToFen } from "../../money/fen.ts";
import { type Dec, percentOf } from "../../numbers/decimal.ts";
import type { RuleProfile } from "../../profiles/profile-schema.ts";
import { executionBaseOf } from "../../scoring/score-execution.ts";
import type { AuditContext } from "../audit-check.ts";
import { listScoredTables } from "../evaluation-tables.ts";
import { type PrintedNumber, readPrintedNumber } from "../printed-number.ts";

export interface ExecutionFigure {
  path: string;
  label: string;
  row: ExecutionRow;
  kind: "rate" | "score";
  printed: PrintedNumber;
  /** Exact value; null when the base is zero (the rate is undefined). */
  exact: Dec | null;
  /** Decimals the profile uses for this kind of figure. */
  profileDecimals: number;
  /** The rule behind the exact value, in Chinese (for messages that give the rule's figure). */
  explanation: string;
}

function baseOf(row: ExecutionRow, profile: RuleProfile): string | undefined {
  return executionBaseOf(row, profile.execution.base);
}

export function listExecutionFigures(context: AuditContext): ExecutionFigure[] {
  const figures: ExecutionFigure[] = [];
  const { profile } = context;
  for (const { table, score, path, label } of listScoredTables(context)) {
    table.execution.forEach((row, i) => {
      const rowPath = `${path}.execution[${i}]`;
      const rowLabel = `${label}“${row.label}”`;
      const printedRate = readPrintedNumber(row.printed?.rate);
      const base = baseOf(row, profile);
      if (printedRate && base !== undefined && row.executed !== undefined) {
        const exact = percentOf(wanToFen(row.executed), wanToFen(base));
        figures.push({
          path: `${rowPath}.printed.rate`,
          label: rowLabel,
          row,
          kind: "rate",
          printed: printedRate,
          exact,
          profileDecimals: profile.rounding.rateDecimals,
          explanation: `执行数 ${row.executed} ÷ 预算数 ${base}`,
        });
      }
      const printedScore = readPrintedNumber(row.printed?.score);
      // The budget score is checked on whichever row the form prints it (the total, or 其中：财政拨款).
      if (printedScore && score.execution?.path === rowPath) {
        figures.push({
          path: `${rowPath}.printed.score`,
          label: rowLabel,
          row,
          kind: "score",
          printed: printedScore,
          exact: score.execution.score,
          profileDecimals: profile.rounding.indicatorDecimals,
          explanation: score.execution.explanation,
        });
      }
    });
  }
  return figures;
}
