/**
 * Figures of the generated tables, kept exact until they are shown: money as integer 分, rates and scores as
 * Decimals. One place decides how each kind is rounded and printed, so the Word table and the Excel sheet of the same
 * form can never show different digits: Word gets `formatFigure`, Excel gets `figureCellValue` (the same rounded
 * Decimal, turned into a number only at the very end) with `figureNumFmt`.
 * @module
 */
import { type Fen, fenToWan } from "../../core/money/fen.ts";
import { DASH, Dec, formatTrimmed } from "../../core/numbers/decimal.ts";
import { showAmount, showPercent } from "../../core/display/show-number.ts";

export type Figure =
  /** An amount shown in 万元 with 2 decimals. */
  | { kind: "money"; fen: Fen }
  /** A percentage (98.25 means 98.25%); null is a rate on a zero base, shown as "—". */
  | { kind: "percent"; value: Dec | null; decimals: number }
  /** A score or weight, rounded to `decimals` and printed without trailing zeros (10, 9.8, 9.47); null is "—". */
  | { kind: "score"; value: Dec | null; decimals: number }
  /** A whole count (persons, findings). */
  | { kind: "count"; value: number };

const MONEY_DECIMALS = 2;

export const money = (fen: Fen): Figure => ({ kind: "money", fen });
export const percent = (value: Dec | null, decimals: number): Figure => ({ kind: "percent", value, decimals });
export const score = (value: Dec | null, decimals: number): Figure => ({ kind: "score", value, decimals });
export const count = (value: number): Figure => ({ kind: "count", value });

/** The figure as the printed form shows it: "86.50", "100.00%", "9.47", "10", or "—" for an undefined value. */
export function formatFigure(figure: Figure): string {
  switch (figure.kind) {
    case "money":
      return showAmount(figure.fen, { places: MONEY_DECIMALS });
    case "percent":
      return showPercent(figure.value, figure.decimals);
    case "score":
      return figure.value === null ? DASH : formatTrimmed(figure.value, figure.decimals);
    case "count":
      return String(figure.value);
  }
}

/**
 * The value for a spreadsheet cell: the Decimal rounded half-up exactly as `formatFigure` rounds it, converted to a
 * JS number only here (a rounded decimal with few digits survives the conversion unchanged). A percentage becomes a
 * fraction for Excel's "%" format; an undefined value becomes the text "—".
 */
export function figureCellValue(figure: Figure): number | string {
  switch (figure.kind) {
    case "money":
      return fenToWan(figure.fen).toDecimalPlaces(MONEY_DECIMALS, Dec.ROUND_HALF_UP).toNumber();
    case "percent":
      return figure.value === null
        ? DASH
        : figure.value.toDecimalPlaces(figure.decimals, Dec.ROUND_HALF_UP).div(100).toNumber();
    case "score":
      return figure.value === null ? DASH : figure.value.toDecimalPlaces(figure.decimals, Dec.ROUND_HALF_UP).toNumber();
    case "count":
      return figure.value;
  }
}

/** Excel number format of the figure: 0.00 for 万元, 0.00% for rates, General for scores (no "10." for a whole 10). */
export function figureNumFmt(figure: Figure): string {
  switch (figure.kind) {
    case "money":
      return "0.00";
    case "percent":
      return figure.decimals > 0 ? `0.${"0".repeat(figure.decimals)}%` : "0%";
    case "score":
      return "General";
    case "count":
      return "0";
  }
}
