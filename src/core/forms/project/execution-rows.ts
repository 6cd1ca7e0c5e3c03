/**
 * The 预算执行情况 part of the 四川 project form: the five rows the form prints (总额, 其中：财政资金, 财政专户管理资金,
 * 单位资金, 其他资金), filled from the dataset's execution rows by their role, source or label. A dataset row that fits
 * none of them (a province's own split) is printed after them under its own label rather than dropped. 权重 and 得分
 * appear on 总额 only ("/" elsewhere); a rate on a zero budget is "—", a rate without figures is blank.
 * @module
 */
import type { EvaluationTable, ExecutionRow } from "../../dataset/schema.ts";
import { wanToFen } from "../../money/fen.ts";
import { Dec, percentOf } from "../../numbers/decimal.ts";
import type { RuleProfile } from "../../profiles/profile-schema.ts";
import type { ExecutionScore, TableScore } from "../../scoring/score-types.ts";
import { money, percent, score } from "../figure.ts";
import { figureCell, type FormCell, textCell } from "../form.ts";

interface FormRow {
  label: string;
  accepts(row: ExecutionRow): boolean;
}

const FORM_ROWS: readonly FormRow[] = [
  { label: "总额", accepts: (row) => row.role === "total" },
  {
    label: "其中：财政资金",
    accepts: (row) =>
      row.role === "part" &&
      (["fiscal", "generalBudget", "governmentFund", "stateCapital"].includes(row.source ?? "") ||
        /财政资金|财政拨款/.test(row.label)),
  },
  {
    label: "财政专户管理资金",
    accepts: (row) => row.role === "part" && (row.source === "specialAccount" || row.label.includes("财政专户")),
  },
  {
    label: "单位资金",
    accepts: (row) => row.role === "part" && (row.source === "unitFunds" || row.label.includes("单位资金")),
  },
  {
    label: "其他资金",
    accepts: (row) => row.role === "part" && (row.source === "other" || row.label.includes("其他资金")),
  },
];

const HEADERS = ["年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"];

export interface ExecutionFormRowsOptions {
  table: EvaluationTable | undefined;
  score: TableScore | null;
  profile: RuleProfile;
  /** The section label, e.g. "预算执行情况（10分）". */
  label: string;
}

/** Spans of 年度预算数 … 原因 on the form's grid (B–C, D, E, F–G, H–I, J, K, L). */
const SPANS = [2, 1, 1, 2, 2, 1, 1, 1] as const;

/** Rows of the 预算执行情况 part on the form's 12 columns. */
export function executionFormRows(options: ExecutionFormRowsOptions): FormCell[][] {
  const printed = assignRows(options.table?.execution ?? []);
  const header: FormCell[] = [
    textCell(options.label, { rowSpan: printed.length + 1, header: true }),
    ...HEADERS.map((text, i) => textCell(text, { header: true, colSpan: SPANS[i] ?? 1 })),
  ];
  return [header, ...printed.map(({ label, row }) => executionRow(label, row, options))];
}

/** The form's rows with the dataset row each one shows (if any), then the dataset rows no form row took. */
function assignRows(rows: readonly ExecutionRow[]): { label: string; row: ExecutionRow | undefined }[] {
  const taken = new Set<ExecutionRow>();
  const assigned = FORM_ROWS.map((form) => {
    const row = rows.find((candidate) => !taken.has(candidate) && form.accepts(candidate));
    if (row) taken.add(row);
    return { label: form.label, row };
  });
  const extra = rows.filter((row) => !taken.has(row)).map((row) => ({ label: row.label, row }));
  return [...assigned, ...extra];
}

function executionRow(label: string, row: ExecutionRow | undefined, options: ExecutionFormRowsOptions): FormCell[] {
  const { profile } = options;
  const execution = options.score?.execution ?? null;
  const isTotal = row?.role === "total" || (row === undefined && label === "总额");
  const amount = (text: string | undefined): FormCell =>
    text === undefined ? textCell("") : figureCell(money(wanToFen(text)));
  const cells = [
    textCell(label),
    amount(row?.initial),
    amount(row?.adjusted),
    amount(row?.executed),
    rateCell(row, isTotal ? execution : null, profile),
    isTotal ? totalWeightCell(execution, options) : textCell("/"),
    isTotal ? figureCell(score(execution?.score ?? null, profile.rounding.indicatorDecimals)) : textCell("/"),
    textCell(row?.reason ?? "", { align: "left" }),
  ];
  return cells.map((cell, i) => ({ ...cell, colSpan: SPANS[i] ?? 1 }));
}

/**
 * The rate of a row on the profile's base (调整后预算数 for 四川). The total row shows the scored rate itself; a part's
 * rate is computed the same way. Missing figures give a blank cell, a zero budget gives "—".
 */
function rateCell(row: ExecutionRow | undefined, execution: ExecutionScore | null, profile: RuleProfile): FormCell {
  const decimals = profile.rounding.rateDecimals;
  if (execution && execution.budgetFen !== null && execution.executedFen !== null) {
    return figureCell(percent(execution.rate, decimals));
  }
  const budget = profile.execution.base === "adjusted" ? row?.adjusted : row?.initial;
  if (budget === undefined || row?.executed === undefined) return textCell("");
  return figureCell(percent(percentOf(wanToFen(row.executed), wanToFen(budget)), decimals));
}

function totalWeightCell(execution: ExecutionScore | null, options: ExecutionFormRowsOptions): FormCell {
  const weight = new Dec(execution?.weight ?? options.table?.executionWeight ?? options.profile.execution.weight);
  return figureCell(score(weight, options.profile.rounding.indicatorDecimals));
}
