/**
 * The grid's columns and what a cell's text means for its indicator: the text shown, and the fields a committed text
 * sets. Pure, so that the rules (numbers, an override needing both its score and its reason) are tested without a
 * browser.
 *
 * An override is two cells (调整得分, 调整理由) but one field: the schema wants both or neither. Whichever half is
 * typed first is kept as a draft in the grid, shown in its cell, until the other half arrives; only then does the
 * indicator change.
 */
import type { Indicator } from "../../../../src/core/dataset/schema.ts";
import { Dec } from "../../../../src/core/numbers/decimal.ts";
import { DASH_CELL, normalizeWidth, parsePlainNumber } from "../../../../src/core/parse/normalize-text.ts";
import { readIndicatorValues } from "../../../../src/core/scoring/read-indicator-values.ts";

export type ColumnField = keyof Indicator | "score" | "overrideScore" | "overrideReason";

export interface Column {
  field: ColumnField;
  label: string;
  width: number;
  numeric?: boolean;
}

export const COLUMNS: readonly Column[] = [
  { field: "level1", label: "一级指标", width: 80 },
  { field: "level2", label: "二级指标", width: 96 },
  { field: "level3", label: "三级指标", width: 150 },
  { field: "operator", label: "指标性质", width: 56 },
  { field: "target", label: "指标值", width: 80, numeric: true },
  { field: "unit", label: "度量单位", width: 56 },
  { field: "actual", label: "完成值", width: 80, numeric: true },
  { field: "weight", label: "权重", width: 48, numeric: true },
  { field: "score", label: "建议得分", width: 64, numeric: true },
  { field: "reason", label: "偏差原因", width: 150 },
  { field: "overrideScore", label: "调整得分", width: 56, numeric: true },
  { field: "overrideReason", label: "调整理由", width: 110 },
];

export const OPERATORS = ["", "≥", "≤", "=", ">", "<", "定性"] as const;

/** Cells the user cannot type into: the computed score. */
export const READ_ONLY: ReadonlySet<ColumnField> = new Set(["score"]);

/** The column index of ACTUAL: where a finding without a field lands. */
const ACTUAL_COLUMN = COLUMNS.findIndex((column) => column.field === "actual");

/** The column to focus for a finding's field (an override's finding lands on its score, a printed glyph on 指标性质). */
export function columnOfField(field: string): number {
  const mapped =
    field === "override"
      ? "overrideScore"
      : field === "operatorPrinted"
        ? "operator"
        : field === "printed"
          ? "score"
          : field;
  const index = COLUMNS.findIndex((column) => column.field === mapped);
  return index === -1 ? ACTUAL_COLUMN : index;
}

/** Half an override, typed before the other half. */
export interface OverrideDraft {
  score: string;
  reason: string;
}

export function cellText(indicator: Indicator, field: ColumnField, draft?: OverrideDraft): string {
  if (field === "overrideScore") return draft ? draft.score : (indicator.override?.score ?? "");
  if (field === "overrideReason") return draft ? draft.reason : (indicator.override?.reason ?? "");
  if (field === "score") return "";
  const value = indicator[field];
  return typeof value === "string" ? value : "";
}

/** What committing a cell's text does: fields for the indicator (maybe none), and the override draft left behind. */
export type CellCommit = { fields: Partial<Indicator>; draft: OverrideDraft | null } | { error: string };

/**
 * A number as typed (full-width digits, "1,234.5") in the dataset's decimal text, or null. The core parser decides
 * what a number is; the schema's limit of 6 decimals is kept here so that a longer one is refused on its cell.
 */
function decimalText(text: string): string | null {
  const number = parsePlainNumber(text);
  return number !== null && /^-?\d{1,9}(\.\d{1,6})?$/.test(number) ? number.replace(/^-0$/, "0") : null;
}

export function commitCell(indicator: Indicator, field: ColumnField, text: string, draft?: OverrideDraft): CellCommit {
  const value = text.trim();
  if (field === "overrideScore" || field === "overrideReason") {
    const typedScore = field === "overrideScore" ? value : cellText(indicator, "overrideScore", draft).trim();
    const reason = field === "overrideReason" ? value : cellText(indicator, "overrideReason", draft).trim();
    const score = typedScore === "" ? "" : decimalText(typedScore);
    if (score === null) return { error: `调整得分“${typedScore}”不是数字` };
    if (score !== "" && new Dec(score).isNegative()) return { error: `调整得分“${typedScore}”不能为负数` };
    if (score !== "" && indicator.weight !== undefined && new Dec(score).gt(indicator.weight))
      return { error: `调整得分 ${score} 超过该指标的权重 ${indicator.weight}` };
    if (score !== "" && reason !== "") return { fields: { override: { score, reason } }, draft: null };
    // Neither half, or only one: no override on the indicator (yet); a half is kept as the draft.
    return { fields: { override: undefined }, draft: score === "" && reason === "" ? null : { score, reason } };
  }
  if (field === "weight" && value !== "") {
    const weight = decimalText(value);
    if (weight === null || weight.startsWith("-")) return { error: `权重“${value}”应为不小于 0 的数字` };
    if (indicator.override && new Dec(indicator.override.score).gt(weight))
      return { error: `权重 ${weight} 低于已填写的调整得分 ${indicator.override.score}，请先修改调整得分` };
    return { fields: { weight }, draft: draft ?? null };
  }
  if (field === "score") return { error: "建议得分由规则计算，不能填写" };
  if (field === "actual" && value !== "" && !DASH_CELL.test(normalizeWidth(value))) {
    // A quantitative row (a number to reach) needs a number: letters would score 0 as if nothing were filled in.
    const before = readIndicatorValues(indicator);
    const after = readIndicatorValues({ ...indicator, actual: value });
    if (before.operator !== "定性" && before.target !== null && after.actual === null)
      return { error: `完成值“${value}”不是数字（该指标为定量指标，指标值 ${indicator.target ?? ""}）` };
  }
  return { fields: { [field]: value === "" ? undefined : value } as Partial<Indicator>, draft: draft ?? null };
}

/** True when the fields would change the indicator (an override compared by value). */
export function changesIndicator(indicator: Indicator, fields: Partial<Indicator>): boolean {
  return Object.entries(fields).some(
    ([key, value]) => JSON.stringify(indicator[key as keyof Indicator] ?? null) !== JSON.stringify(value ?? null),
  );
}

/** The message for a draft left after a commit: which half is still missing. */
export function draftMessage(row: number, draft: OverrideDraft): string {
  return draft.reason === ""
    ? `第 ${row + 1} 行：已填写调整得分 ${draft.score}，填写调整理由后生效`
    : `第 ${row + 1} 行：已填写调整理由，填写调整得分后生效`;
}
