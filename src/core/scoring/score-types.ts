/**
 * What scoring returns: a suggested score for every indicator with the rule that produced it (in Chinese), the
 * execution-rate score, subtotals per 一级/二级, the total and the grade. All numbers are exact Decimals; rounding
 * to the profile's decimals happens only when shown.
 * @module
 */
import type { Indicator } from "../dataset/schema.ts";
import type { Fen } from "../money/fen.ts";
import type { Dec } from "../numbers/decimal.ts";
import type { IndicatorLevels } from "./indicator-hierarchy.ts";
import type { IndicatorValues } from "./read-indicator-values.ts";

export type IndicatorStatus =
  /** target met or exceeded */
  | "met"
  /** target missed: proportional score */
  | "notMet"
  /** met, but actual ≥ threshold × target: a reason is required */
  | "overAchieved"
  /** qualitative indicator scored by band */
  | "qualitative"
  /** no actual value, or target and actual cannot be compared: no suggestion */
  | "unscorable";

export interface IndicatorScore {
  /** Dataset path of the indicator, e.g. `projects[3].evaluation.indicators[2]`. */
  path: string;
  indicator: Indicator;
  weight: Dec;
  /** Suggested score, exact; null when the indicator cannot be scored from its values. */
  suggested: Dec | null;
  /** The score that counts: the override when there is one, else the suggestion. */
  final: Dec | null;
  overridden: boolean;
  status: IndicatorStatus;
  /** The rule applied, in Chinese: "完成值 90 / 指标值 95 × 权重 10 = 9.47". */
  explanation: string;
  /** Parsed comparison values, when numeric. */
  targetValue: Dec | null;
  actualValue: Dec | null;
  /** True when target and actual were in related units and the actual was converted (25000 人次 vs 2 万人次). */
  unitConverted: boolean;
  /** Everything read from the indicator's cells (operator, numbers, units), for the checks to use without reading again. */
  values: IndicatorValues;
  /**
   * Met or not, judged from target and actual whether or not the row has a weight (a table printed without its weight
   * column still says 7场 against 8场 is unmet); "unknown" when it cannot be told (nothing filled, a text to judge).
   */
  attainment: Attainment;
  /** An unused row: no weight (or 0) and target and actual blank, "0" or a dash. Left out of every weight check. */
  empty: boolean;
  /**
   * The path of the row this one is a 其中 sub-row of (indicator-sub-rows.ts); absent for a row of its own. A sub-row has
   * no weight of its own and is not a row missing one.
   */
  subRowOf?: string;
}

export type Attainment = "met" | "notMet" | "unknown";

export interface ExecutionScore {
  path: string;
  base: "adjusted" | "initial";
  budgetFen: Fen | null;
  executedFen: Fen | null;
  weight: Dec;
  /** Execution rate in percent; null when the budget is zero or missing. */
  rate: Dec | null;
  score: Dec | null;
  explanation: string;
}

export interface Subtotal {
  level1: string;
  level2: string | null;
  weight: Dec;
  score: Dec;
}

export interface TableScore {
  /** Dataset path of the evaluation table. */
  path: string;
  execution: ExecutionScore | null;
  indicators: IndicatorScore[];
  /** 一级/二级 of each indicator as scored (merged cells filled from above, aliases mapped), in indicator order. */
  levels: IndicatorLevels[];
  subtotals: Subtotal[];
  /** Σ weights of indicators plus the execution weight. */
  totalWeight: Dec;
  /** Σ final scores plus the execution score. */
  total: Dec;
  /** Grade of the total; null when the table cannot be scored as a whole (see `missing`). */
  grade: string | null;
  /**
   * What keeps the table from a total and a grade, in Chinese ("3项指标未填写权重", "预算执行得分无法计算"); empty when
   * it can be scored. A table with something missing has no grade: a part is not graded as the whole.
   */
  missing: string[];
}

export interface DatasetScores {
  department: TableScore | null;
  /** One entry per project, in dataset order; null where a project has no evaluation table. */
  projects: (TableScore | null)[];
}
